/**
 * "Did you mean": for a query that finds nothing, the closest words of the index (edit distance
 * at most 2, at most 1 for short words), the most frequent first. Suggestions are made only of
 * the index's own words, so a URL can never make the page display words of its choosing.
 */
import { isNumberWord } from './forms.ts';
import type { Vocabulary } from './lexicon.ts';
import { wordKey } from './words.ts';

/** Optimal string alignment distance (Levenshtein with transpositions), or `limit + 1` once it is beyond `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previousRow: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const beforeRow = previousRow;
    previousRow = row;
    row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previousRow[j]! + 1, row[j - 1]! + 1, previousRow[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforeRow[j - 2]! + 1);
      row[j] = value;
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
  }
  return row[b.length]!;
}

interface Entry {
  key: string;
  word: string;
  count: number;
}

export interface Suggestions {
  /** Up to `max` queries made of index words, closest to the terms given. */
  queries: string[];
  /** Whether every term found an index word: only then may the first query stand in for the reader's. */
  complete: boolean;
}

export interface Suggester {
  /** Suggestions for Pagefind's terms of a query that found nothing (a number word is never turned into another). */
  suggest(terms: readonly string[], max?: number, lang?: string): Suggestions;
}

export function suggester(vocabulary: Vocabulary): Suggester {
  const entries: Entry[] = vocabulary.map(([word, count]) => ({ key: wordKey(word), word, count }));
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));

  /** The index words a term may stand for: itself, a word it begins, or the closest spellings. */
  const candidates = (term: string, lang: string): Entry[] => {
    const known = byKey.get(term) ?? (term.length >= 3 ? entries.find((entry) => entry.key.startsWith(term)) : undefined);
    if (known) return [known];
    const limit = term.length <= 4 ? 1 : 2;
    // "девʼять" (nine) is not a misspelling of « десять » (ten): numbers are never corrected into one another.
    const number = isNumberWord(term, lang);
    return entries
      .map((entry) => ({ entry, distance: editDistance(term, entry.key, limit) }))
      .filter(({ entry, distance }) => distance <= limit && !(number && isNumberWord(entry.key, lang)))
      .sort((a, b) => a.distance - b.distance || b.entry.count - a.entry.count)
      .map(({ entry }) => entry);
  };

  return {
    suggest(terms, max = 3, lang = '') {
      const options = terms.map((term) => ({ term, found: candidates(term, lang) }));
      // The first term whose closest index word is a correction, not the term itself nor a word it begins.
      const first = options.findIndex(({ term, found }) => found.length > 0 && !found[0]!.key.startsWith(term));
      if (first === -1) return { queries: [], complete: false };
      const suggestions = new Set<string>();
      for (const choice of (options[first]?.found ?? []).slice(0, max)) {
        const words = options.map(({ found }, index) => (index === first ? choice : found[0])?.word).filter((word): word is string => Boolean(word));
        if (words.length > 0) suggestions.add(words.join(' '));
      }
      return { queries: [...suggestions].slice(0, max), complete: options.every(({ found }) => found.length > 0) };
    },
  };
}
