// A site with 100× the text, for timing search at scale: dist/ copied, every indexed passage
// given 99 more paragraphs (its own words, shuffled, so that the copies are as varied as text and
// compress like text, not like a repetition), then indexed again with the build's own code.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { siteRecords, writeSearchIndex } from '../../src/lib/search/index-files.ts';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { indexedPassages, passageText } from '../../src/lib/search/records.ts';
import { routes } from '../../src/lib/site/routes.ts';

/** A small deterministic random generator (mulberry32), so every run builds the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(words: readonly string[], next: () => number): string[] {
  const copy = [...words];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function scalePage(html: string, factor: number, seed: number): { html: string; passages: number } {
  const tree = fromHtml(html);
  const { passages } = indexedPassages(tree);
  const next = random(seed);
  let scaled = 0;
  for (const passage of passages as Element[]) {
    if (/^h[1-6]$/.test(passage.tagName)) continue;
    const words = passageText(passage).split(' ').filter(Boolean);
    for (let copy = 1; copy < factor; copy += 1) passage.children.push(h('p', shuffled(words, next).join(' ')));
    scaled += 1;
  }
  return { html: `<!doctype html>${toHtml(tree)}`, passages: scaled };
}

export interface ScaledSite {
  dir: string;
  factor: number;
  passages: number;
  ms: number;
  /** Indexed words before and after. */
  words: { before: number; after: number };
}

export async function buildScaledSite(from: string, to: string, factor: number): Promise<ScaledSite> {
  const started = performance.now();
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true, filter: (path) => !path.startsWith(join(from, 'pagefind')) && !path.startsWith(join(from, 'og')) });
  const before = siteRecords(from).reduce((sum, record) => sum + record.text.split(' ').length, 0);
  let passages = 0;
  let seed = 1;
  for (const record of new Set(siteRecords(from).map((record) => record.url.split('#')[0]!))) {
    const file = join(to, record, 'index.html');
    const scaled = scalePage(readFileSync(file, 'utf8'), factor, seed++);
    writeFileSync(file, scaled.html);
    passages += scaled.passages;
  }
  const records = siteRecords(to);
  const lexicon = JSON.parse(readFileSync(join(from, routes.searchLexicon('fr')), 'utf8')) as Lexicon;
  await writeSearchIndex(to, records, lexicon.aliases.map((group) => group.terms));
  const after = records.reduce((sum, record) => sum + record.text.split(' ').length, 0);
  return { dir: to, factor, passages, ms: performance.now() - started, words: { before, after } };
}
