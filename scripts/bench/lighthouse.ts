// Lighthouse's performance score (npm `lighthouse`) for each page type, mobile and desktop,
// against the bench's own Chromium and server: no network needed. Runs one page at a time (scores
// depend on the CPU), with only the performance category and no screenshots. The mobile runs
// emulate Lighthouse's reference phone on this machine at its speed of the moment (see
// recalibrateBeyond).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { chromiumArgs, findChromium } from '../../tests/browser.ts';
import type { PageSpec } from './budgets.ts';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseResult {
  /** Which build: 'this build', or the baseline's directory (--baseline). */
  site: string;
  kind: PageSpec['kind'];
  lang: string;
  path: string;
  formFactor: FormFactor;
  /** 0–100, or null when Lighthouse could not score the page. */
  score: number | null;
  metrics: Record<string, string>;
  benchmarkIndex: number | null;
  cpuSlowdown: number;
  /** A mobile run made again because its own benchmark index called for another slowdown: the first run's figures. */
  rerunFrom?: { cpuSlowdown: number; benchmarkIndex: number | null; score: number | null };
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

/**
 * How far (a fraction) the slowdown a run's own benchmark index calls for may be from the one it ran
 * with before it is run again with its own. The machine is shared: its speed changes from one minute
 * to the next, and a slowdown set on a quiet machine, applied to a run on a busy one (its tasks
 * already stretched by the load), emulates a far slower phone than Lighthouse's reference one, as
 * one set on a busy machine and applied on a quiet one emulates a faster phone.
 */
const recalibrateBeyond = 0.2;

const slowdownFor = (benchmarkIndex: number) => Math.round(cpuSlowdownFor(benchmarkIndex) * 10) / 10;

/**
 * `sites`: this build, and another one to score side by side (--baseline): each page is scored on
 * each site in turn, so that both share the machine's load of the moment.
 */
export async function runLighthouse(sites: ReadonlyArray<{ label: string; origin: string }>, specs: readonly PageSpec[], formFactors: readonly FormFactor[]): Promise<LighthouseResult[]> {
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
    const runOnce = async (site: { label: string; origin: string }, spec: PageSpec, formFactor: FormFactor, cpuSlowdown: number): Promise<LighthouseResult> => {
      const started = performance.now();
      // What every result says of its run, measured or failed.
      const run = { site: site.label, kind: spec.kind, lang: spec.lang, path: spec.path, formFactor, cpuSlowdown };
      try {
        const config =
          formFactor === 'desktop'
            ? desktopConfig
            : { extends: 'lighthouse:default', settings: { throttling: { rttMs: 150, throughputKbps: 1.6 * 1024, cpuSlowdownMultiplier: cpuSlowdown } } };
        const lhr = (await lighthouse(site.origin + spec.path, flags, config))?.lhr;
        const score = lhr?.categories.performance?.score;
        return {
          ...run,
          score: typeof score === 'number' ? Math.round(score * 100) : null,
          metrics: Object.fromEntries(metricIds.map((id) => [id, lhr?.audits[id]?.displayValue ?? '—'])),
          benchmarkIndex: lhr?.environment.benchmarkIndex ?? null,
          ms: performance.now() - started,
          ...(lhr?.runtimeError ? { error: lhr.runtimeError.message } : {}),
        };
      } catch (error) {
        return {
          ...run,
          score: null,
          metrics: {},
          benchmarkIndex: null,
          ms: performance.now() - started,
          error: error instanceof Error ? error.message : String(error),
        };
      }
    };
    // Calibrate on the first page: its benchmark index sets the mobile CPU slowdown of the first run;
    // each run's own index (Lighthouse measures it as the run starts) then sets the next one's.
    let mobileSlowdown = 4;
    if (formFactors.includes('mobile') && specs[0]) {
      const probe = await lighthouse(sites[0]!.origin + specs[0].path, flags);
      const index = probe?.lhr.environment.benchmarkIndex;
      if (index) mobileSlowdown = slowdownFor(index);
    }
    for (const formFactor of formFactors) {
      for (const spec of specs) {
        for (const site of sites) {
          if (formFactor === 'desktop') {
            results.push(await runOnce(site, spec, formFactor, 1));
            continue;
          }
          let result = await runOnce(site, spec, formFactor, mobileSlowdown);
          const measured = result.benchmarkIndex ? slowdownFor(result.benchmarkIndex) : mobileSlowdown;
          if (Math.abs(measured - mobileSlowdown) > recalibrateBeyond * mobileSlowdown) {
            // The machine's speed changed since the last calibration: run again, emulating the reference phone at its present speed.
            const first = result;
            result = { ...(await runOnce(site, spec, formFactor, measured)), rerunFrom: { cpuSlowdown: first.cpuSlowdown, benchmarkIndex: first.benchmarkIndex, score: first.score } };
          }
          mobileSlowdown = result.benchmarkIndex ? slowdownFor(result.benchmarkIndex) : measured;
          results.push(result);
        }
      }
    }
  } finally {
    await chrome.kill();
  }
  return results;
}
