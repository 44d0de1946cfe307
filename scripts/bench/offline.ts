// Caching and offline reading: what a first visit sends with the service worker and without it,
// what the worker then fetches to keep the language offline (and how much that is once stored),
// and what a repeat visit sends, the browser's cache alone and with the worker. Measured one
// visit at a time, each in a fresh context, counting the bytes the server sent (compressed).
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { benchLanguages, type BenchLang, offlineBudgets, searchRuns } from './budgets.ts';
import { distDir, KB } from './paths.ts';
import { kb, table, type Budget } from './report.ts';
import type { ServedEntry } from './server.ts';

const articleViews: Record<BenchLang, string> = { fr: '/fr/texte/', en: '/en/text/', uk: '/uk/tekst/' };

export interface Sent {
  bytes: number;
  requests: number;
  /** What was sent with a body (a 304 has none), by path. */
  bodies: string[];
}

export interface OfflineFigures {
  lang: BenchLang;
  path: string;
  /** `baseline`: the same visit to another build (--baseline=DIR, e.g. main before the worker), when given. */
  firstVisit: { withWorker: Sent; withoutWorker: Sent; baseline?: Sent };
  /** What the worker fetched to keep the language: its own file and every file it lists. */
  offlineCopy: Sent & { files: number; storedBytes: number };
  repeatVisit: { browserCache: Sent; withWorker: Sent };
  search: { path: string; query: string; first: Sent; repeat: Sent };
}

function sentSince(served: readonly ServedEntry[], from: number): Sent {
  const entries = served.slice(from);
  return {
    bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
    requests: entries.length,
    bodies: entries.filter((entry) => entry.bytes > 0).map((entry) => entry.path),
  };
}

/**
 * What the pages of a context fetch themselves (not their service worker, nor the worker's own file),
 * body bytes as sent: the first visit, apart from the offline copy, which the worker starts fetching
 * once the browser is idle and which may overlap the visit's last moments. `take` returns what was
 * fetched since the last take.
 */
function pageRequests(context: BrowserContext): { take: () => Promise<Sent> } {
  let finished: Array<Promise<{ path: string; bytes: number }>> = [];
  context.on('requestfinished', (request) => {
    if (request.serviceWorker() || request.headers()['service-worker'] === 'script') return;
    finished.push(request.sizes().then((sizes) => ({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize })));
  });
  return {
    take: async () => {
      const taken = await Promise.all(finished);
      finished = [];
      return {
        bytes: taken.reduce((sum, entry) => sum + entry.bytes, 0),
        requests: taken.length,
        bodies: taken.filter((entry) => entry.bytes > 0).map((entry) => entry.path),
      };
    },
  };
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForLoadState('networkidle');
}

/** The files a language's worker lists (dist/<lang>/sw.js) and their size on disk: what the browser stores. */
export function storedOfflineCopy(lang: BenchLang): { files: number; bytes: number } {
  const worker = readFileSync(join(distDir, lang, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1]!);
  const bytes = urls.reduce((sum, url) => sum + statSync(join(distDir, url.endsWith('/') ? `${url}index.html` : url)).size, 0);
  return { files: urls.length, bytes };
}

/** A first visit to a page, with no service worker: what the page fetched until loaded and idle. */
export async function firstVisit(browser: Browser, origin: string, path: string): Promise<Sent> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const fetched = pageRequests(context);
  try {
    const page = await context.newPage();
    await page.goto(origin + path);
    await settle(page);
    return await fetched.take();
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** One language, visit by visit. The server's log must see no other traffic meanwhile. */
export async function measureOffline(browser: Browser, origin: string, served: ServedEntry[], lang: BenchLang, baselineOrigin?: string): Promise<OfflineFigures> {
  const path = articleViews[lang];
  const run = searchRuns.find((candidate) => candidate.lang === lang)!;
  const searchUrl = `${origin}${run.path}?q=${encodeURIComponent(run.first)}`;

  // Without the worker (the browser's cache alone): first visit, then the same page again.
  const plain = await browser.newContext({ serviceWorkers: 'block' });
  const fetchedByPage = pageRequests(plain);
  let withoutWorker: Sent, browserCache: Sent, searchFirst: Sent, searchRepeat: Sent;
  try {
    const page = await plain.newPage();
    await page.goto(origin + path);
    await settle(page);
    // Counted the same way as with the worker: body bytes as the browser received them.
    withoutWorker = await fetchedByPage.take();
    let from = served.length;
    await page.goto(origin + path);
    await settle(page);
    browserCache = sentSince(served, from);
    // A search, then the same search again (a shared link opened twice).
    const showsResults = () => page.locator('.search-result__title').first().waitFor({ timeout: 30_000 });
    from = served.length;
    await page.goto(searchUrl);
    await showsResults();
    await settle(page);
    searchFirst = sentSince(served, from);
    from = served.length;
    await page.goto(searchUrl);
    await showsResults();
    await settle(page);
    searchRepeat = sentSince(served, from);
  } finally {
    await plain.close().catch(() => undefined);
  }

  // With the worker: the first visit, then what it fetches once the page is idle, then a repeat visit.
  const offline = await browser.newContext({ serviceWorkers: 'allow' });
  const fetchedByPages = pageRequests(offline);
  let withWorker: Sent, copy: Sent, repeat: Sent;
  try {
    const page = await offline.newPage();
    let from = served.length;
    await page.goto(origin + path);
    await settle(page);
    await page.locator('.offline-status').waitFor({ state: 'visible', timeout: 120_000 });
    withWorker = await fetchedByPages.take();
    // Everything else the server sent meanwhile: the worker's file and the files it keeps.
    const all = sentSince(served, from);
    copy = { bytes: all.bytes - withWorker.bytes, requests: all.requests - withWorker.requests, bodies: [] };
    from = served.length;
    await page.goto(origin + path);
    await settle(page);
    repeat = sentSince(served, from);
  } finally {
    await offline.close().catch(() => undefined);
  }
  const stored = storedOfflineCopy(lang);
  const baseline = baselineOrigin ? await firstVisit(browser, baselineOrigin, path) : undefined;
  return {
    lang,
    path,
    firstVisit: { withWorker, withoutWorker, ...(baseline ? { baseline } : {}) },
    offlineCopy: { ...copy, files: stored.files, storedBytes: stored.bytes },
    repeatVisit: { browserCache, withWorker: repeat },
    search: { path: run.path, query: run.first, first: searchFirst, repeat: searchRepeat },
  };
}

export async function measureOfflineAll(browser: Browser, origin: string, served: ServedEntry[], baselineOrigin?: string): Promise<OfflineFigures[]> {
  const figures: OfflineFigures[] = [];
  for (const lang of benchLanguages) figures.push(await measureOffline(browser, origin, served, lang, baselineOrigin));
  return figures;
}

const sent = (value: Sent) => `${kb(value.bytes)} KB (${value.requests} req.)`;
const refetched = (value: Sent) => (value.bodies.length === 0 ? 'nothing' : value.bodies.map((path) => path.replace(/^\/_astro\//, '')).join(', '));

export function printOfflineFigures(figures: readonly OfflineFigures[]): void {
  console.log('');
  console.log('Caching and offline reading (KB sent by the server, compressed; each visit in a fresh browser context)');
  console.log(
    table(
      ['page', 'first visit, worker / none (/ baseline)', 'offline copy: sent (files) / stored', 'repeat: browser cache / worker', 'search, first / repeat'],
      figures.map((figure) => [
        figure.path,
        `${kb(figure.firstVisit.withWorker.bytes)} / ${kb(figure.firstVisit.withoutWorker.bytes)}${figure.firstVisit.baseline ? ` / ${kb(figure.firstVisit.baseline.bytes)}` : ''}`,
        `${kb(figure.offlineCopy.bytes)} KB (${figure.offlineCopy.files}) / ${kb(figure.offlineCopy.storedBytes)} KB`,
        `${sent(figure.repeatVisit.browserCache)} / ${sent(figure.repeatVisit.withWorker)}`,
        `${sent(figure.search.first)} / ${sent(figure.search.repeat)}`,
      ]),
      [false, true, true, true, true],
    ),
  );
  for (const figure of figures) {
    console.log(
      `repeat visits, ${figure.lang}: ${figure.path} sends again ${refetched(figure.repeatVisit.browserCache)} (browser cache), ${refetched(figure.repeatVisit.withWorker)} (worker); ` +
        `${figure.search.path}?q=${figure.search.query}: ${refetched(figure.search.repeat)}`,
    );
  }
}

export function offlineBudgetLines(figures: readonly OfflineFigures[]): Budget[] {
  return figures.flatMap((figure) => [
    {
      name: `offline copy of the ${figure.lang} pages and search <= ${offlineBudgets.copyBytes / KB / KB} MB sent`,
      pass: figure.offlineCopy.bytes <= offlineBudgets.copyBytes,
      detail: `${kb(figure.offlineCopy.bytes)} KB sent for ${figure.offlineCopy.files} files (${kb(figure.offlineCopy.storedBytes)} KB once stored, uncompressed)`,
    },
    {
      // Before the worker: the baseline build where one is given (e.g. main before it), else this build with the worker blocked.
      name: `first visit with the service worker <= ${figure.firstVisit.baseline ? 'the baseline build' : 'without it'} + ${offlineBudgets.firstVisitSlack / KB} KB: ${figure.path}`,
      pass: figure.firstVisit.withWorker.bytes <= (figure.firstVisit.baseline ?? figure.firstVisit.withoutWorker).bytes + offlineBudgets.firstVisitSlack,
      detail:
        `${figure.firstVisit.withWorker.bytes} B with the worker, ${figure.firstVisit.withoutWorker.bytes} B with it blocked` +
        (figure.firstVisit.baseline ? `, ${figure.firstVisit.baseline.bytes} B on the baseline` : '') +
        '; the offline copy is fetched after, when the browser is idle',
    },
  ]);
}
