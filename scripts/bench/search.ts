// Time from the last key to results on the search page, and the index bytes a first query fetches.
import type { Browser, BrowserContext, Page, Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyLength, isOtherOrigin } from './pages.ts';
import { root } from './paths.ts';
import type { searchRuns } from './budgets.ts';
import type { ServedEntry } from './server.ts';

/** The search script's debounce, read from its source (150 ms when it cannot be found). */
export function searchDebounce(): { ms: number; fromSource: boolean } {
  try {
    const source = readFileSync(join(root, 'src', 'scripts', 'search.ts'), 'utf8');
    const match = /debounce\s*=\s*setTimeout\([\s\S]*?,\s*(\d+)\s*\)/.exec(source);
    if (match?.[1]) return { ms: Number(match[1]), fromSource: true };
  } catch {
    // fall through
  }
  return { ms: 150, fromSource: false };
}

export interface QueryTiming {
  query: string;
  ms: number;
  results: number;
  listChanged: boolean;
  pagefindBytes: number;
  pagefindFiles: number;
}

/** In the page: set the query, fire `input`, resolve when the status names the query (the list is replaced just before). */
export async function timeQuery(page: Page, query: string): Promise<{ ms: number; results: number; listChanged: boolean }> {
  return page.evaluate(
    ({ query, timeout }) =>
      new Promise<{ ms: number; results: number; listChanged: boolean }>((done, fail) => {
        const input = document.querySelector<HTMLInputElement>('#search-query');
        const status = document.querySelector<HTMLElement>('#search-status');
        const list = document.querySelector<HTMLElement>('#search-results');
        if (!input || !status || !list) return fail(new Error('#search-query, #search-status or #search-results missing'));
        const before = list.innerHTML;
        let start = 0;
        const observer = new MutationObserver(() => {
          if (!(status.textContent ?? '').includes(query)) return;
          const ms = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          done({ ms, results: list.querySelectorAll('.search-result').length, listChanged: list.innerHTML !== before });
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        observer.observe(list, { childList: true, subtree: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          fail(new Error(`no results for "${query}" after ${timeout} ms (status: "${status.textContent ?? ''}")`));
        }, timeout);
        start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query, timeout: 15_000 },
  );
}

export interface SearchResult {
  lang: string;
  path: string;
  debounceMs: number;
  first: QueryTiming & { files: Array<{ path: string; bytes: number }>; serverBytes: number };
  next: QueryTiming[];
  nextMedianMs: number;
  nextMaxMs: number;
  nextMedianMinusDebounceMs: number;
  nextMaxMinusDebounceMs: number;
  otherOrigins: string[];
  errors: string[];
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export async function measureSearch(
  browser: Browser,
  origin: string,
  run: (typeof searchRuns)[number],
  debounceMs: number,
  served: ServedEntry[],
): Promise<SearchResult> {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  const all: Request[] = [];
  let recording: Request[] | undefined;
  // Context-wide: Pagefind fetches its index from a web worker.
  context.on('request', (request) => {
    all.push(request);
    recording?.push(request);
  });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(origin + run.path, { waitUntil: 'load', timeout: 20_000 });
    await page.waitForLoadState('networkidle', { timeout: 15_000 });

    const timed = async (query: string) => {
      recording = [];
      const serverFrom = served.length;
      const timing = await timeQuery(page, query);
      const requests = recording;
      recording = undefined;
      const files: Array<{ path: string; bytes: number }> = [];
      for (const request of requests) {
        const path = new URL(request.url()).pathname;
        if (!path.startsWith('/pagefind/')) continue;
        const { body } = await bodyLength(request);
        files.push({ path, bytes: body?.length ?? 0 });
      }
      const serverBytes = served
        .slice(serverFrom)
        .filter((entry) => entry.path.startsWith('/pagefind/'))
        .reduce((sum, entry) => sum + entry.bytes, 0);
      const timingResult: QueryTiming = {
        query,
        ...timing,
        pagefindBytes: files.reduce((sum, file) => sum + file.bytes, 0),
        pagefindFiles: files.length,
      };
      return { ...timingResult, files, serverBytes };
    };

    const first = await timed(run.first);
    const next: QueryTiming[] = [];
    for (const query of run.next) {
      const timing = await timed(query);
      next.push({
        query: timing.query,
        ms: timing.ms,
        results: timing.results,
        listChanged: timing.listChanged,
        pagefindBytes: timing.pagefindBytes,
        pagefindFiles: timing.pagefindFiles,
      });
    }
    const times = next.map((timing) => timing.ms);
    return {
      lang: run.lang,
      path: run.path,
      debounceMs,
      first,
      next,
      nextMedianMs: median(times),
      nextMaxMs: Math.max(...times),
      nextMedianMinusDebounceMs: median(times) - debounceMs,
      nextMaxMinusDebounceMs: Math.max(...times) - debounceMs,
      otherOrigins: all.map((request) => request.url()).filter((u) => isOtherOrigin(u, origin)),
      errors,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}
