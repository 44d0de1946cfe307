// The relevance set (tests/search/queries.yml) run on the search page: precision@1 and mean
// reciprocal rank per language; and, since each query runs as the first one on a fresh page, the
// bytes every query of the set fetches when it is a reader's first.
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from './paths.ts';
import { runQuery, searchFilesSince, watchSearchPage } from './search.ts';
import type { ServedEntry } from './server.ts';

export interface RelevanceQuery {
  q: string;
  expect: string;
  case: string;
  e2e?: boolean;
}

export function relevanceSet(): Record<string, RelevanceQuery[]> {
  return parse(readFileSync(join(root, 'tests', 'search', 'queries.yml'), 'utf8')) as Record<string, RelevanceQuery[]>;
}

export interface RelevanceResult {
  lang: string;
  queries: number;
  precisionAt1: number;
  mrr: number;
  misses: Array<{ q: string; expect: string; rank: number; first: string }>;
  /** Compressed bytes /pagefind/ sent for each query run first on a fresh page (engine included), largest first. */
  firstQueryBytes: Array<{ q: string; bytes: number }>;
}

/** path#anchor of a result link, without its query string. */
const target = (href: string) => {
  const url = new URL(href, 'http://x');
  return url.pathname + url.hash;
};

export async function measureRelevance(browser: Browser, origin: string, searchPaths: Record<string, string>, served: ServedEntry[]): Promise<RelevanceResult[]> {
  const results: RelevanceResult[] = [];
  for (const [lang, queries] of Object.entries(relevanceSet())) {
    const path = searchPaths[lang];
    if (!path) continue;
    let hits = 0;
    let reciprocal = 0;
    const misses: RelevanceResult['misses'] = [];
    const firstQueryBytes: RelevanceResult['firstQueryBytes'] = [];
    for (const query of queries) {
      // A fresh context per query: an empty cache, so the query fetches what a reader's first would.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      try {
        const page = await context.newPage();
        await watchSearchPage(page);
        const from = served.length;
        await page.goto(origin + path, { waitUntil: 'load' });
        const answered = await runQuery(page, query.q, 'pasted').then(
          () => true,
          // A query that never shows results counts as a miss, said so, and the bench goes on to the others.
          () => false,
        );
        if (!answered) {
          misses.push({ q: query.q, expect: query.expect, rank: 0, first: 'no results on screen after 20 s' });
          continue;
        }
        firstQueryBytes.push({ q: query.q, bytes: searchFilesSince(served, from).bytes });
        const hrefs = (await page.locator('.search-result__title').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(target);
        const rank = hrefs.indexOf(query.expect) + 1;
        if (rank === 1) hits += 1;
        if (rank > 0) reciprocal += 1 / rank;
        if (rank !== 1) misses.push({ q: query.q, expect: query.expect, rank, first: hrefs[0] ?? '—' });
      } finally {
        await context.close().catch(() => undefined);
      }
    }
    firstQueryBytes.sort((a, b) => b.bytes - a.bytes);
    results.push({ lang, queries: queries.length, precisionAt1: hits / queries.length, mrr: reciprocal / queries.length, misses, firstQueryBytes });
  }
  return results;
}
