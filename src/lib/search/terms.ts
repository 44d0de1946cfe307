/**
 * Accent- and case-insensitive matching of search terms in running text, so that
 * "verification" finds and marks "vérification", as Pagefind's own matching does.
 */

/** Folds one UTF-16 unit: lower case, accents removed; never changes the length. */
function foldUnit(unit: string): string {
  const folded = unit.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length === 1) return folded;
  const lower = unit.toLowerCase();
  return lower.length === 1 ? lower : unit;
}

/** Folds a text unit by unit, so that an index in the result is an index in the original. */
export function foldText(text: string): string {
  let folded = '';
  for (let index = 0; index < text.length; index += 1) folded += foldUnit(text[index]!);
  return folded;
}

/** The distinct words of a query, folded; one-letter words are dropped. */
export function searchTermsFrom(query: string): string[] {
  const words = foldText(query).match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((word) => word.length > 1))];
}

/** A rough French/English plural strip, so that "forces" also marks "force". */
function stem(term: string): string {
  if (term.length > 4 && term.endsWith('es')) return term.slice(0, -2);
  if (term.length > 3 && (term.endsWith('s') || term.endsWith('x'))) return term.slice(0, -1);
  return term;
}

/** Whether a word (as printed) is a form of a (folded) search term. */
export function wordMatchesTerm(word: string, term: string): boolean {
  const stemmed = stem(term);
  return stemmed.length > 1 && (foldText(word).match(/[\p{L}\p{N}]+/u)?.[0] ?? '').startsWith(stemmed);
}

/** The [start, end) ranges of the words in `text` that begin with one of the (folded) terms. */
export function findTermRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const stems = terms.map(stem).filter((term) => term.length > 1);
  if (stems.length === 0) return [];
  const ranges: Array<[number, number]> = [];
  for (const match of foldText(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (stems.some((term) => match[0].startsWith(term))) ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
