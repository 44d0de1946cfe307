import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm test on a machine without a browser', () => {
  it('stops at once with one line saying what to install', () => {
    const started = Date.now();
    const run = spawnSync(process.execPath, ['tests/browser.ts'], { env: { ...process.env, CHROMIUM: '/nonexistent/chromium' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').filter((line) => line.includes('Chromium'))).toEqual([
      "npm test needs Chromium (CHROMIUM=/nonexistent/chromium does not exist): install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium), then run npm test again.",
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('goes on where a browser is found', () => {
    const run = spawnSync(process.execPath, ['tests/browser.ts'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
