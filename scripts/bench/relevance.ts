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
  /** The passage, or passages, that answer it: the first of them found counts. */
  expect: string | string[];
  /** What it exercises: question, number, synonym, name, typo, and the earlier cases. */
  kind: string;
  /** Written from a reader's question by someone who had not seen the edition. */
  blind?: boolean;
  e2e?: boolean;
}

export const expectedOf = (query: RelevanceQuery): string[] => (Array.isArray(query.expect) ? query.expect : [query.expect]);

/** P@1 and MRR over some of the queries. */
export interface Scores {
  queries: number;
  precisionAt1: number;
  mrr: number;
}

export function relevanceSet(): Record<string, RelevanceQuery[]> {
  return parse(readFileSync(join(root, 'tests', 'search', 'queries.yml'), 'utf8')) as Record<string, RelevanceQuery[]>;
}

export interface RelevanceResult {
  lang: string;
  queries: number;
  precisionAt1: number;
  mrr: number;
  /** The blind queries only, the others (written from the text), and each kind. */
  blind: Scores;
  written: Scores;
  /** Queries of each part that found nothing at all. */
  emptyBlind: string[];
  emptyWritten: string[];
  kinds: Record<string, Scores>;
  /** Queries that found nothing at all (each has an answer in the edition). */
  empty: string[];
  /** `blind`: the part of the set the query was asked in (the same words may be asked in both). */
  misses: Array<{ q: string; expect: string; rank: number; first: string; blind: boolean }>;
  /** Compressed bytes /pagefind/ sent for each query run first on a fresh page (engine included), largest first. */
  firstQueryBytes: Array<{ q: string; bytes: number; blind: boolean }>;
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
    const ranks: Array<{ query: RelevanceQuery; rank: number }> = [];
    const empty: RelevanceQuery[] = [];
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
          misses.push({ q: query.q, expect: expectedOf(query).join(' | '), rank: 0, first: 'no results on screen after 20 s', blind: query.blind ?? false });
          ranks.push({ query, rank: 0 });
          continue;
        }
        firstQueryBytes.push({ q: query.q, bytes: searchFilesSince(served, from).bytes, blind: query.blind ?? false });
        const hrefs = (await page.locator('.search-result__title').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))).map(target);
        const expected = expectedOf(query);
        const rank = hrefs.findIndex((href) => expected.includes(href)) + 1;
        ranks.push({ query, rank });
        if (hrefs.length === 0) empty.push(query);
        if (rank !== 1) misses.push({ q: query.q, expect: expected.join(' | '), rank, first: hrefs[0] ?? '—', blind: query.blind ?? false });
      } finally {
        await context.close().catch(() => undefined);
      }
    }
    firstQueryBytes.sort((a, b) => b.bytes - a.bytes);
    const all = scores(ranks);
    const kinds = Object.fromEntries([...new Set(queries.map((query) => query.kind))].sort().map((kind) => [kind, scores(ranks.filter((r) => r.query.kind === kind))]));
    results.push({
      lang,
      ...all,
      blind: scores(ranks.filter((r) => r.query.blind)),
      written: scores(ranks.filter((r) => !r.query.blind)),
      emptyBlind: empty.filter((query) => query.blind).map((query) => query.q),
      emptyWritten: empty.filter((query) => !query.blind).map((query) => query.q),
      kinds,
      empty: empty.map((query) => query.q),
      misses,
      firstQueryBytes,
    });
  }
  return results;
}

function scores(ranks: ReadonlyArray<{ rank: number }>): Scores {
  const queries = ranks.length;
  if (queries === 0) return { queries, precisionAt1: 0, mrr: 0 };
  return {
    queries,
    precisionAt1: ranks.filter((r) => r.rank === 1).length / queries,
    mrr: ranks.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / queries,
  };
}
