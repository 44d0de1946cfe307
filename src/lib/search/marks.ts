/**
 * Where to mark a page a search result lands on: the words and phrases of `?highlight=` (what the
 * index matched), found in the passage's text as whole words or parts of words, phrases as
 * phrases. A value is what the search page found, so it is marked as written; a link written by
 * hand may ask for a word in another form, and finds its forms (never longer words that merely
 * begin with it, nor a single letter).
 */
import { matchesTerm } from './matches.ts';
import { findSequences, flatParts, partKeys, wordsIn, type Word } from './words.ts';

const maxMarks = 300;

function wordRanges(words: readonly Word[], key: string, exact: boolean, lang: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const same = (candidate: string) => (exact ? candidate === key : matchesTerm(candidate, key, lang));
  for (const word of words) {
    if (same(word.key)) {
      ranges.push([word.start, word.end]);
      continue;
    }
    for (const part of word.parts) if (word.parts.length > 1 && same(part.key)) ranges.push([part.start, part.end]);
  }
  return ranges;
}


/** A single word: as written, or (for a link written by hand) any form of it. */
function singleWordRanges(words: readonly Word[], key: string, lang: string): Array<[number, number]> {
  if ([...key].length < 2 && !/\p{N}/u.test(key)) return [];
  const exact = wordRanges(words, key, true, lang);
  return exact.length > 0 || key.length < 4 ? exact : wordRanges(words, key, false, lang);
}

/** The [start, end) ranges of `text` to mark, in order, without overlaps. */
export function findMarkRanges(text: string, values: readonly string[], lang: string): Array<[number, number]> {
  const words = wordsIn(text);
  const parts = flatParts(text);
  const ranges: Array<[number, number]> = [];
  for (const value of values) {
    const keys = wordsIn(value).map((word) => word.key);
    if (keys.length === 1) {
      ranges.push(...singleWordRanges(words, keys[0]!, lang));
    } else if (keys.length > 1) {
      // Part by part: « espace aérien » is found in « l’espace aérien ».
      const phrases = findSequences(text, parts, partKeys(value), false, true);
      // A phrase not found as such (a link written by hand): its words, each on its own.
      ranges.push(...(phrases.length > 0 ? phrases : keys.flatMap((key) => singleWordRanges(words, key, lang))));
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged.slice(0, maxMarks);
}
