import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * `npm test` first runs tests/browser.ts, which says in one line what the machine lacks. Each case
 * here makes its own machine (a Chromium that exists or not, a `java` on the PATH or none), so the
 * test passes whatever this machine has installed.
 */

const bin = mkdtempSync(join(tmpdir(), 'fake-java-'));
writeFileSync(join(bin, 'java'), '#!/bin/sh\nexit 0\n');
chmodSync(join(bin, 'java'), 0o755);
const empty = mkdtempSync(join(tmpdir(), 'no-java-'));
afterAll(() => [bin, empty].forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Runs tests/browser.ts with this Chromium and this PATH (where `java` is looked for). */
function check(chromium: string, path: string) {
  return spawnSync(process.execPath, ['tests/browser.ts'], { env: { ...process.env, CHROMIUM: chromium, PATH: path }, encoding: 'utf8' });
}

// Each case starts Node once (a second or more on a busy machine).
describe('npm test on a machine without what it needs', { timeout: 30_000 }, () => {
  it('stops at once with one line saying how to provide Chromium', () => {
    const started = Date.now();
    const run = check('/nonexistent/chromium', bin);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      "npm test needs Chromium (CHROMIUM=/nonexistent/chromium does not exist): install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium), or name one with CHROMIUM=/path/to/chrome, then run it again.",
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('stops with one line saying how to provide Java', () => {
    const run = check(process.execPath, empty);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual(['npm test needs Java for the Nu HTML Checker: install it (apt-get install -y default-jre-headless), then run it again.']);
  });

  it('goes on where both are found', () => {
    // Any existing file stands for the browser here: the check looks for it, it does not start it.
    const run = check(process.execPath, bin);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
