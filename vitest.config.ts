import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Modules evaluated once per worker, not once per file: the content pipeline's imports (unified, remark,
    // typograf …) were two thirds of the run (44 s -> 14 s, the same results). No test mocks a module or
    // changes one's state: the edition each builds is its own.
    isolate: false,
    exclude: ['node_modules', '.git', 'tests/e2e', 'dist'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    // Tests slower than this are printed with their time.
    slowTestThreshold: 1000,
    // A test that builds an edition takes a second on a quiet machine, several on a busy one: time is the bench's concern, not a failure here.
    testTimeout: 30_000,
  },
});
