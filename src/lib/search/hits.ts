/** Turning Pagefind results into a ranked list of hits, each pointing at one component or note. */

import { searchTermsFrom, wordMatchesTerm } from './terms.ts';

export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
}

export interface PagefindResultData {
  url: string;
  /** The page's indexed text; `locations` count its words. */
  content: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSubResult[];
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
}

export interface SearchHit {
  title: string;
  url: string;
  /** Pagefind's excerpt: escaped text with `<mark>` around the matches. */
  excerpt: string;
  /** How many of the query's words are found here. */
  coverage: number;
  score: number;
}

function coverage(words: readonly string[], locations: readonly number[], terms: readonly string[]): number {
  return terms.filter((term) => locations.some((location) => wordMatchesTerm(words[location] ?? '', term))).length;
}

function score(entry: { locations: number[]; weighted_locations?: PagefindWeightedLocation[] }): number {
  if (!entry.weighted_locations?.length) return entry.locations.length;
  return entry.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
}

/**
 * One hit per sub-result (component, note, introduction …), best first. Pagefind ranks
 * pages; we rank the parts of a page: first by how many of the query's words they hold, then the text before commentary on it (`isCommentary`), then by Pagefind's
 * weighted score, so the component a reader is looking for comes first even though all
 * live on one page.
 */
export function rankHits(
  results: readonly PagefindResultData[],
  query: string,
  isCommentary: (url: string) => boolean = () => false,
): SearchHit[] {
  const terms = searchTermsFrom(query);
  const hits = results.flatMap((result): SearchHit[] => {
    const words = result.content.split(/\s+/);
    const parts = result.sub_results?.length ? result.sub_results : [{ ...result, title: result.meta.title ?? result.url }];
    return parts.map((part) => ({
      title: part.title,
      url: part.url,
      excerpt: part.excerpt,
      coverage: coverage(words, part.locations, terms),
      score: score(part),
    }));
  });
  const commentary = (hit: SearchHit) => (isCommentary(hit.url) ? 1 : 0);
  // Pagefind also matches words that merely begin a query word ("on" for "onload"): keep parts that hold a word of the query.
  return hits.filter((hit) => hit.score > 0 && hit.coverage > 0).sort((a, b) => b.coverage - a.coverage || commentary(a) - commentary(b) || b.score - a.score);
}

/** Adds the query to a result URL so the page it lands on can mark the terms. */
export function withHighlight(url: string, query: string): string {
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}highlight=${encodeURIComponent(query)}${hash}`;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return entities[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt into plain-text parts, marked or not. Rendering these as text
 * (never as HTML) means nothing in the index can inject markup into the page.
 */
export function excerptParts(excerpt: string): Array<{ text: string; marked: boolean }> {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((part) => part !== '')
    .map((part) => {
      const marked = part.startsWith('<mark>');
      const inner = marked ? part.slice(6, -7) : part;
      return { text: decodeEntities(inner.replace(/<[^>]*>/g, '')), marked };
    });
}
