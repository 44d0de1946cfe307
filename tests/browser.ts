// Which Chromium the browser tests and the bench drive, and what else `npm test` needs from the machine.
// Runs on Node 24 by type stripping (erasable TypeScript only), so `npm test` can call it first.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

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
  const playwrights = chromium.executablePath();
  return existsSync(playwrights) ? playwrights : undefined;
}

function hasJava(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** What the machine lacks for `npm test`, as one line each (none when it can run). */
export function missingForTests(): string[] {
  const missing: string[] = [];
  if (!findChromium()) {
    const named = process.env.CHROMIUM ? ` (CHROMIUM=${process.env.CHROMIUM} does not exist)` : '';
    missing.push(`npm test needs Chromium${named}: install Debian's (apt-get install -y chromium) or Playwright's (npx playwright install chromium), then run npm test again.`);
  }
  if (!hasJava()) {
    missing.push('npm test needs Java for the HTML checker: install it (apt-get install -y default-jre-headless), then run npm test again.');
  }
  return missing;
}

if (import.meta.main) {
  const missing = missingForTests();
  for (const line of missing) console.error(line);
  process.exit(missing.length > 0 ? 1 : 0);
}
