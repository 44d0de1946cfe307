// The search index of a built site: its passages (see src/lib/search/records.ts) written with
// Pagefind's Node API, and the lexicon beside it. Used by the build and by the bench's 100× set.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { buildLexicon, buildVocabulary } from '../lib/search/lexicon.ts';
import { passageRecords, type IndexRecord } from '../lib/search/records.ts';
import { routes } from '../lib/site/routes.ts';

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
 * Writes the Pagefind index of `records` into `site`/pagefind, and beside it, per language, the
 * lexicon (compounds, aliases) and the vocabulary the search page needs. Pagefind's Node API
 * reports problems in `errors` instead of throwing: any of them fails the build.
 */
export async function writeSearchIndex(site: string, records: readonly IndexRecord[], aliases: readonly string[][]): Promise<void> {
  if (records.length === 0) throw new Error('No passage to index: is data-pagefind-body (or data-pagefind-title on passages) missing?');
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
    write(routes.searchLexicon(lang), buildLexicon(texts, aliases));
    write(routes.searchVocabulary(lang), buildVocabulary(texts));
  }
}
