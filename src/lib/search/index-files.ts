// The search index of a built site: its passages (see records.ts) written with Pagefind's Node
// API, and the lexicon beside it. Used by the build (src/integrations/pagefind-index.ts) and by
// the bench's 100× set (scripts/bench/scale.ts).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { buildLexicon, buildVocabulary, foldStopWords } from './lexicon.ts';
import { stopWordsOf } from './stop-words.ts';
import { passageRecords, type IndexRecord } from './records.ts';
import { routes } from '../site/routes.ts';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The passages of every page of `site` that has indexed content (`data-pagefind-body`). */
export function siteRecords(site: string): IndexRecord[] {
  return htmlFiles(site).flatMap((file) => {
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) return [];
    const path = `/${relative(site, dirname(file)).split(sep).join('/')}/`.replace(/\/+/g, '/');
    return passageRecords(html, path);
  });
}

/**
 * How much of the index one chunk file holds, in Pagefind's unit (for each word, the passages that
 * hold it plus its positions in them). A query fetches the chunks whose word ranges hold its
 * words (and, as it is typed, the beginnings of them). With Pagefind's default (20,000), a
 * language's ~10,000 indexed words made two chunks of 10 and 26 KB (gzip), and any query fetched
 * at least one: 104–113 KB for a first query, engine included. At 1,000, chunks weigh 0.5–2.5 KB,
 * the index 5 % more in all, and every first query of the relevance set stays under 100 KB
 * (78–92 KB in 2026-11; 2,000 and 4,000 gave up to 95 and 105 KB). Pagefind calls this setting
 * unstable: `npm run bench` would show it gone.
 */
export const indexChunkSize = 1000;

/**
 * Writes the Pagefind index of `records` into `site`/pagefind, and beside it, per language, the
 * lexicon (compounds, aliases) and the vocabulary the search page needs. Pagefind's Node API
 * reports problems in `errors` instead of throwing: any of them fails the build.
 */
export async function writeSearchIndex(site: string, records: readonly IndexRecord[], aliases: readonly string[][]): Promise<void> {
  if (records.length === 0) throw new Error('No passage to index: is data-pagefind-body (or data-pagefind-title on passages) missing?');
  // Read by the Pagefind process that createIndex starts, which inherits this process's environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkSize);
  try {
    const { index, errors } = await pagefind.createIndex({});
    failOn('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    for (const record of records) {
      const added = await index.addHTMLFile({ url: record.url, content: record.html });
      failOn(`indexing ${record.url}`, added.errors);
    }
    const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
    failOn('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  for (const lang of new Set(records.map((record) => record.lang))) {
    const texts = records.filter((record) => record.lang === lang).map((record) => record.text);
    const write = (path: string, data: unknown) => {
      const file = join(site, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(data));
    };
    const stopWords = stopWordsOf(lang);
    write(routes.searchLexicon(lang), buildLexicon(texts, aliases));
    write(routes.searchVocabulary(lang), buildVocabulary(texts, stopWords));
    write(routes.searchStopWords(lang), foldStopWords(stopWords));
  }
}
