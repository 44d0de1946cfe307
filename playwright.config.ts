import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumMissing, findChromium } from './tests/browser.ts';

/* Debian's Chromium where it is installed (this machine cannot download Playwright's own); otherwise Playwright's. */
const executablePath = findChromium();
// Every test here drives Chromium: without one, say so in one line rather than fail each test.
if (!executablePath) {
  console.error(chromiumMissing('Playwright (tests/e2e)'));
  process.exit(1);
}
/* E2E_PORT lets two checkouts run their suites side by side. */
const port = Number(process.env.E2E_PORT ?? 4322);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ['./tests/reporters/slowest.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A trace records every action of every test (a third of the suite's time on 2 cores, for
    // traces kept only on failure): E2E_TRACE=1 turns it on to debug a failing test.
    trace: process.env.E2E_TRACE === '1' ? 'retain-on-failure' : 'off',
    // Instant scrolling: the site scrolls smoothly only for readers who have not asked for reduced motion.
    reducedMotion: 'reduce',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: chromiumArgs,
        },
      },
    },
  ],
  webServer: {
    // Serves the already built dist/ (npm test builds first).
    command: `astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
  },
});
