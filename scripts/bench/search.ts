// Search as a reader meets it: time from the last key to results (the key's own timestamp, so
// input delay is included), first with a cold cache, then warm; the bytes that crossed the wire
// (compressed) for a first query; how many passages' texts were fetched; and layout shift.
import type { Browser, Page } from '@playwright/test';
import { isOtherOrigin } from './pages.ts';
import type { ServedEntry } from './server.ts';

export type InputMode = 'typed' | 'pasted';

/** Milliseconds between two keys when typing: a quick typist. */
export const keyDelay = { cold: 120, warm: 60 };

/** Installed before the page loads: the last key's timestamp, and every layout shift. */
export async function watchSearchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const bench = { lastKey: 0, shifts: [] as Array<{ value: number; recent: boolean }> };
    (window as unknown as { __bench: typeof bench }).__bench = bench;
    addEventListener('keydown', (event) => (bench.lastKey = event.timeStamp), true);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        bench.shifts.push({ value: entry.value, recent: entry.hadRecentInput });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Types `text` as a keyboard does, one key press (keydown, input, keyup) per character, `delay` ms
 * a key. Playwright's `keyboard.type` has keys for the US layout only and inserts any other
 * character (Cyrillic) as text, without a keydown: the last key's time would then be that of
 * the last Latin key or space, and a Ukrainian query would count the time spent typing it.
 */
async function typeKeys(page: Page, text: string, delay: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (const key of text) {
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key });
      await page.waitForTimeout(delay);
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key });
    }
  } finally {
    await cdp.detach();
  }
}

/** Runs one query and returns the time from its last key (typed) or its input event (pasted) to results. */
export async function runQuery(page: Page, query: string, mode: InputMode, delay = keyDelay.warm): Promise<{ ms: number; results: number }> {
  await page.evaluate((query) => {
    // Results of `query` are on screen: `data-query` on the page (ours), or the status naming it (earlier versions).
    const settled = () => {
      const searchPage = document.querySelector<HTMLElement>('.search-page');
      if (searchPage?.dataset.query !== undefined) return searchPage.dataset.query === query && !document.querySelector('#search-results[aria-busy]');
      return (document.querySelector('#search-status')?.textContent ?? '').includes(query);
    };
    (window as unknown as { __settled: Promise<number> }).__settled = new Promise((done, fail) => {
      const observer = new MutationObserver(() => {
        if (!settled()) return;
        observer.disconnect();
        clearTimeout(timer);
        done(performance.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => {
        observer.disconnect();
        fail(new Error(`no results for "${query}" after 20 s`));
      }, 20_000);
    });
  }, query);
  let start: number;
  if (mode === 'pasted') {
    start = await page.evaluate((query) => {
      const input = document.querySelector<HTMLInputElement>('#search-query')!;
      const now = performance.now();
      // A paste: the box takes focus and the whole query arrives at once.
      input.focus();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return now;
    }, query);
  } else {
    await page.locator('#search-query').click();
    await page.keyboard.press('ControlOrMeta+a');
    await typeKeys(page, query, delay);
    start = await page.evaluate(() => (window as unknown as { __bench: { lastKey: number } }).__bench.lastKey);
  }
  const end = await page.evaluate(() => (window as unknown as { __settled: Promise<number> }).__settled);
  const results = await page.locator('.search-result').count();
  return { ms: end - start, results };
}

export interface QueryTiming {
  query: string;
  mode: InputMode;
  ms: number;
  results: number;
  /** Compressed bytes of /pagefind/ (index, engine, passages) sent while this query ran. */
  bytes: number;
  files: Array<{ path: string; bytes: number; encoding: string }>;
  fragments: number;
}

export interface SearchSession {
  label: string;
  lang: string;
  path: string;
  /** The median of the cold runs (each in a fresh browser context), with every run's time. */
  cold: { typed: QueryTiming; pasted: QueryTiming; typedRuns: number[]; pastedRuns: number[] };
  warm: QueryTiming[];
  warmMedianMs: number;
  warmMaxMs: number;
  /** Layout shift: loading the page with a query in its URL, and during a session of typing. */
  cls: { load: number; typing: number };
  /** A shared link (?q=) opened in a fresh browser: milliseconds from navigation to results on screen (median, and each run). */
  linked: { ms: number; runs: number[] };
  otherOrigins: string[];
  errors: string[];
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/*
 * Layout shift as browsers define CLS: a shift within 500 ms of the reader's own input (a key,
 * a click) is the page answering them and does not count; every other shift does (fonts arriving,
 * results pushing text down late).
 */
const shiftTotal = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __bench: { shifts: Array<{ value: number; recent: boolean }> } }).__bench.shifts
      .filter((shift) => !shift.recent)
      .reduce((sum, shift) => sum + shift.value, 0),
  );

/** What /pagefind/ sent from the served entry `from` on: its files, their compressed bytes, the passages among them. */
export function searchFilesSince(served: readonly ServedEntry[], from: number): Pick<QueryTiming, 'bytes' | 'files' | 'fragments'> {
  const files = served
    .slice(from)
    .filter((entry) => entry.path.startsWith('/pagefind/'))
    .map((entry) => ({ path: entry.path, bytes: entry.bytes, encoding: entry.encoding }));
  return {
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    files,
    fragments: files.filter((file) => file.path.startsWith('/pagefind/fragment/')).length,
  };
}

export interface SearchRun {
  lang: string;
  path: string;
  first: string;
  next: string[];
}

/** One site's search page, measured in fresh browser contexts. */
export class SearchProbe {
  readonly errors: string[] = [];
  readonly requested: string[] = [];

  private readonly browser: Browser;
  readonly origin: string;
  private readonly served: ServedEntry[];

  constructor(browser: Browser, origin: string, served: ServedEntry[]) {
    this.browser = browser;
    this.origin = origin;
    this.served = served;
  }

  private async session<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const context = await this.browser.newContext({ serviceWorkers: 'block' });
    context.on('request', (request) => this.requested.push(request.url()));
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => this.errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') this.errors.push(`console: ${message.text()}`);
      });
      await watchSearchPage(page);
      return await work(page);
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private async open(page: Page, path: string): Promise<void> {
    await page.goto(this.origin + path, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
  }

  /** `from`: the first served entry to count (by default, what the query itself fetched). */
  private async timed(page: Page, query: string, mode: InputMode, delay?: number, from = this.served.length): Promise<QueryTiming> {
    const { ms, results } = await runQuery(page, query, mode, delay);
    return { query, mode, ms, results, ...searchFilesSince(this.served, from) };
  }

  /**
   * A first query on a fresh page: typed (the box clicked, then keys at `keyDelay.cold`), or pasted.
   * Its bytes count everything search fetched since the page opened (the search page loads its
   * engine when idle, before any query).
   */
  cold(run: SearchRun, mode: InputMode): Promise<QueryTiming> {
    return this.session(async (page) => {
      const from = this.served.length;
      await this.open(page, run.path);
      return this.timed(page, run.first, mode, keyDelay.cold, from);
    });
  }

  /** After a first query, the next ones typed at `keyDelay.warm`; and the layout shift of the whole session. */
  warm(run: SearchRun): Promise<{ warm: QueryTiming[]; typing: number }> {
    return this.session(async (page) => {
      await this.open(page, run.path);
      await this.timed(page, run.first, 'typed', keyDelay.warm);
      const warm: QueryTiming[] = [];
      for (const query of run.next) warm.push(await this.timed(page, query, 'typed', keyDelay.warm));
      return { warm, typing: await shiftTotal(page) };
    });
  }

  /**
   * A shared link: the page opened with a query in its URL, in a fresh context (nothing cached);
   * its layout shift, and the time from navigation to results on screen.
   */
  load(run: SearchRun): Promise<{ cls: number; ms: number }> {
    return this.session(async (page) => {
      await page.goto(`${this.origin}${run.path}?q=${encodeURIComponent(run.first)}`, { waitUntil: 'commit' });
      const ms = await page.evaluate(
        (query) =>
          new Promise<number>((done) => {
            const settled = () => {
              const element = document.querySelector<HTMLElement>('.search-page');
              return element?.dataset.query === query && !document.querySelector('#search-results[aria-busy]');
            };
            const check = () => (settled() ? done(performance.now()) : requestAnimationFrame(check));
            check();
          }),
        run.first,
      );
      await page.waitForTimeout(300);
      return { cls: await shiftTotal(page), ms };
    });
  }
}

const medianTiming = (timings: readonly QueryTiming[]): QueryTiming => [...timings].sort((a, b) => a.ms - b.ms)[Math.floor((timings.length - 1) / 2)]!;

/**
 * Cold first queries are measured `rounds` times, the sites taking turns (the machine's load
 * changes from one second to the next: figures side by side must share it); medians are kept.
 */
export async function measureSearchSites(
  probes: ReadonlyArray<{ label: string; probe: SearchProbe }>,
  run: SearchRun,
  rounds: number,
): Promise<SearchSession[]> {
  const typed = probes.map((): QueryTiming[] => []);
  const pasted = probes.map((): QueryTiming[] => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, { probe }] of probes.entries()) {
      typed[index]!.push(await probe.cold(run, 'typed'));
      pasted[index]!.push(await probe.cold(run, 'pasted'));
    }
  }
  // Shared links, the sites taking turns too.
  const linked = probes.map((): Array<{ cls: number; ms: number }> => []);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, { probe }] of probes.entries()) linked[index]!.push(await probe.load(run));
  }
  const sessions: SearchSession[] = [];
  for (const [index, { label, probe }] of probes.entries()) {
    const { warm, typing } = await probe.warm(run);
    const loads = linked[index]!;
    const load = Math.max(...loads.map((entry) => entry.cls));
    const times = warm.map((timing) => timing.ms);
    sessions.push({
      label,
      lang: run.lang,
      path: run.path,
      cold: { typed: medianTiming(typed[index]!), pasted: medianTiming(pasted[index]!), typedRuns: typed[index]!.map((t) => t.ms), pastedRuns: pasted[index]!.map((t) => t.ms) },
      warm,
      warmMedianMs: median(times),
      warmMaxMs: Math.max(...times),
      cls: { load, typing },
      linked: { ms: median(loads.map((entry) => entry.ms)), runs: loads.map((entry) => entry.ms) },
      otherOrigins: probe.requested.filter((url) => isOtherOrigin(url, probe.origin)),
      errors: [...new Set(probe.errors)],
    });
  }
  return sessions;
}
