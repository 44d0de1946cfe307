// Which Chromium the browser tests and the bench drive, and what else `npm test` needs from the machine.
// Runs on Node 24 by type stripping (erasable TypeScript only), so `npm test` can call it first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Debian's Chromium (`apt-get install chromium`). */
export const systemChromium = '/usr/bin/chromium';

/** Flags that keep Chromium from calling home during tests and measurements. */
export const chromiumArgs = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/**
 * The Chromium named by CHROMIUM (a path) if set; else Debian's where it is installed; else
 * Playwright's own if it was downloaded (`npx playwright install chromium`).
 */
export function findChromium(): string | undefined {
  const chosen = process.env.CHROMIUM;
  if (chosen) return existsSync(chosen) ? chosen : undefined;
  if (existsSync(systemChromium)) return systemChromium;
  // Loaded only here: Playwright takes seconds to load, and the check runs first in every `npm test`.
  const { chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test');
  const playwrights = chromium.executablePath();
  return existsSync(playwrights) ? playwrights : undefined;
}

/** Whether `java` runs (the Nu HTML Checker, vnu-jar, needs it). */
export function hasJava(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The one line that says how to provide Chromium, for `what` ("npm test", "The browser tests"). */
export function chromiumMissing(what = 'npm test'): string {
  const named = process.env.CHROMIUM ? ` (CHROMIUM=${process.env.CHROMIUM} does not exist)` : '';
  return `${what} needs Chromium${named}: install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium), or name one with CHROMIUM=/path/to/chrome, then run it again.`;
}

/** The one line that says how to provide Java. */
export function javaMissing(what = 'npm test'): string {
  return `${what} needs Java for the Nu HTML Checker: install it (apt-get install -y default-jre-headless), then run it again.`;
}

/** What the machine lacks for `npm test`, as one line each (none when it can run). */
export function missingForTests(): string[] {
  return [...(findChromium() ? [] : [chromiumMissing()]), ...(hasJava() ? [] : [javaMissing()])];
}

if (import.meta.main) {
  const missing = missingForTests();
  for (const line of missing) console.error(line);
  process.exit(missing.length > 0 ? 1 : 0);
}
