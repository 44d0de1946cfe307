/**
 * A second look at the first page of results, once its passages are loaded: a passage whose
 * title names what the reader typed (an instrument, a date, a note's subject) comes first, and,
 * among those, the one whose title says little else ("Budapest Memorandum (1994)" before
 * "Component 4 × Budapest Memorandum (1994)"). Only the page already loaded is reordered: this
 * costs no byte.
 */
import { matchesTerm } from './matches.ts';
import { isStopWord, wordsIn } from './words.ts';

/**
 * How much of a title the query names, from 0 (some word of the query is not in the title) to 1
 * (the title is the query): the share of the title's words that a term matches, for the best of
 * the query's variants (`variants`: each variant's Pagefind terms).
 */
export function titleMatch(title: string, variants: ReadonlyArray<readonly string[]>, lang: string): number {
  const words = wordsIn(title).map((word) => word.key);
  if (words.length === 0) return 0;
  let best = 0;
  for (const terms of variants) {
    if (terms.length === 0) continue;
    const named = terms.every((term) => words.some((word) => matchesTerm(word, term, isStopWord(term, lang))));
    if (!named) continue;
    const covered = words.filter((word) => terms.some((term) => matchesTerm(word, term, isStopWord(term, lang)))).length;
    best = Math.max(best, covered / words.length);
  }
  return best;
}

/**
 * The order of a page of results: each passage's score raised by how much of its title the query
 * names (`titleWeight` × that share), so that a title naming the query decides between passages
 * that score alike, and never buries a passage that holds the words far better.
 */
export function byTitle<Item>(items: readonly Item[], score: (item: Item) => number, match: (item: Item) => number, titleWeight: number): Item[] {
  return items
    .map((item, index) => ({ item, index, score: score(item) * (1 + titleWeight * match(item)) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * A passage's score for that order: a context entry (a participant, an instrument, an event: its
 * score weighed down against the text's, by `weight`) whose title names the query counts in full.
 * Its title is what the reader asked for ("Zelensky": Ukraine's entry, titled by the people it
 * names), where the notes that quote him do so in passing.
 */
export function titledScore(score: number, weight: number, match: number): number {
  return match > 0 ? score / weight : score;
}
