// Lighthouse's performance score (npm `lighthouse`) for each page type, mobile and desktop,
// against the bench's own Chromium and server: no network needed. Runs one page at a time (scores
// depend on the CPU), with only the performance category and no screenshots.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { chromiumArgs, findChromium } from '../../tests/browser.ts';
import type { PageSpec } from './budgets.ts';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseResult {
  kind: PageSpec['kind'];
  lang: string;
  path: string;
  formFactor: FormFactor;
  /** 0–100, or null when Lighthouse could not score the page. */
  score: number | null;
  metrics: Record<string, string>;
  benchmarkIndex: number | null;
  cpuSlowdown: number;
  ms: number;
  error?: string;
}

/**
 * The CPU slowdown that makes this machine emulate Lighthouse's reference phone, from its benchmark
 * index (the Lighthouse team's calibration, lighthouse-cpu-throttling-calculator): 4× assumes a fast
 * desktop; a busy 2-core machine scores pages as if on a far slower phone unless it is calibrated.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1300) return 3 + (benchmarkIndex - 1300) / 233;
  if (benchmarkIndex >= 800) return 2 + (benchmarkIndex - 800) / 500;
  if (benchmarkIndex >= 150) return 1 + (benchmarkIndex - 150) / 650;
  return 1;
}

const metricIds = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

export async function runLighthouse(origin: string, specs: readonly PageSpec[], formFactors: readonly FormFactor[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', '--disable-gpu', '--no-sandbox', ...chromiumArgs],
    logLevel: 'silent',
  });
  const results: LighthouseResult[] = [];
  try {
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableFullPageScreenshot: true,
      skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
    };
    // Calibrate once, on the first page: its benchmark index sets the mobile CPU slowdown for all.
    let mobileSlowdown = 4;
    if (formFactors.includes('mobile') && specs[0]) {
      const probe = await lighthouse(origin + specs[0].path, flags);
      const index = probe?.lhr.environment.benchmarkIndex;
      if (index) mobileSlowdown = Math.round(cpuSlowdownFor(index) * 10) / 10;
    }
    for (const formFactor of formFactors) {
      for (const spec of specs) {
        const started = performance.now();
        const cpuSlowdown = formFactor === 'mobile' ? mobileSlowdown : 1;
        try {
          const config =
            formFactor === 'desktop'
              ? desktopConfig
              : { extends: 'lighthouse:default', settings: { throttling: { rttMs: 150, throughputKbps: 1.6 * 1024, cpuSlowdownMultiplier: cpuSlowdown } } };
          const run = await lighthouse(origin + spec.path, flags, config);
          const lhr = run?.lhr;
          const score = lhr?.categories.performance?.score;
          results.push({
            kind: spec.kind,
            lang: spec.lang,
            path: spec.path,
            formFactor,
            score: typeof score === 'number' ? Math.round(score * 100) : null,
            metrics: Object.fromEntries(metricIds.map((id) => [id, lhr?.audits[id]?.displayValue ?? '—'])),
            benchmarkIndex: lhr?.environment.benchmarkIndex ?? null,
            cpuSlowdown,
            ms: performance.now() - started,
            ...(lhr?.runtimeError ? { error: lhr.runtimeError.message } : {}),
          });
        } catch (error) {
          results.push({
            kind: spec.kind,
            lang: spec.lang,
            path: spec.path,
            formFactor,
            score: null,
            metrics: {},
            benchmarkIndex: null,
            cpuSlowdown,
            ms: performance.now() - started,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
