import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { languages } from '../../src/lib/model.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { inSitemap, lastModified } from '../../src/lib/site/sitemap.ts';
import { decodeAttribute, fileFor, htmlFiles, urlPathOf } from './dist.ts';

/* The sitemap and the pages must tell search engines the same thing: the same alternates, x-default
   included, and only pages worth indexing. */

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const entries = [...sitemap.matchAll(/<url>(.*?)<\/url>/gs)].map(([, body]) => ({
  loc: /<loc>([^<]+)<\/loc>/.exec(body!)![1]!,
  lastmod: /<lastmod>([^<]+)<\/lastmod>/.exec(body!)?.[1],
  alternates: [...body!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map(([, lang, href]) => `${lang} ${href}`).sort(),
}));

function alternatesOfPage(path: string): string[] {
  const html = readFileSync(fileFor(path)!, 'utf8');
  return [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map(([, lang, href]) => `${lang} ${decodeAttribute(href!)}`).sort();
}

test('each sitemap entry has exactly the alternates its page declares, x-default included', () => {
  expect(entries.length).toBeGreaterThan(15);
  for (const { loc, alternates } of entries) {
    const path = new URL(loc).pathname;
    expect(alternates, loc).toEqual(alternatesOfPage(path));
    expect(alternates.some((alternate) => alternate.startsWith('x-default ')), loc).toBe(true);
  }
});

test('each page’s lastmod is the date of the latest change to what it shows', () => {
  const edition = buildEdition();
  const dates = new Set(edition.changes.map((change) => change.date));
  for (const { loc, lastmod } of entries) {
    expect(lastmod?.slice(0, 10), loc).toBe(lastModified(edition, new URL(loc).pathname));
    expect(dates.has(lastmod!.slice(0, 10)), loc).toBe(true);
  }
  // The full text shows every note and source: it changed when the edition last did.
  const fullText = entries.find(({ loc }) => new URL(loc).pathname === routes.fullText('fr'))!;
  expect(fullText.lastmod?.slice(0, 10)).toBe(edition.version);
});

test('the sitemap lists every page worth indexing, and no search page or short link', () => {
  const listed = new Set(entries.map(({ loc }) => new URL(loc).pathname));
  for (const file of htmlFiles()) {
    const path = urlPathOf(file);
    expect(listed.has(path), path).toBe(inSitemap(path));
  }
  for (const lang of languages) {
    expect(listed.has(routes.search(lang))).toBe(false);
    expect(listed.has(routes.shortLink(lang, 1))).toBe(false);
    expect(listed.has(routes.fullText(lang))).toBe(true);
  }
});
