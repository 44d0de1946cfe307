import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['node_modules', '.git', 'tests/e2e', 'dist'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    // Tests slower than this are printed with their time.
    slowTestThreshold: 1000,
  },
});
