/**
 * When no passage holds every word of a query ("kremlin response", "how many troops will be sent
 * to ukraine"), the reader still has an answer in the edition: the passages that hold most of its
 * words. Each word is searched alone; the passages are ranked by how many of the query's words
 * they hold, then by the sum of their scores (as a search of all those words would rank them). A word that no passage holds ("response") is left out, and
 * said so on the page through what is marked.
 */

export interface WordHit<Result extends { id: string }> {
  result: Result;
  score: number;
  /** The index's terms that found the passage, for its marks. */
  terms: string[];
}

/**
 * The passages found by some of a query's words (`perWord[i]`: the hits of word i searched alone),
 * most words first, then the sum of their scores; a passage keeps the terms of every word that found it.
 */
export function byCoverage<Result extends { id: string }>(perWord: ReadonlyArray<ReadonlyArray<WordHit<Result>>>): Array<WordHit<Result> & { words: number }> {
  const merged = new Map<string, WordHit<Result> & { words: number }>();
  for (const hits of perWord) {
    const seen = new Set<string>();
    for (const hit of hits) {
      if (seen.has(hit.result.id)) continue;
      seen.add(hit.result.id);
      const known = merged.get(hit.result.id);
      if (!known) merged.set(hit.result.id, { ...hit, terms: [...hit.terms], words: 1 });
      else merged.set(hit.result.id, { ...known, score: known.score + hit.score, terms: [...new Set([...known.terms, ...hit.terms])], words: known.words + 1 });
    }
  }
  return [...merged.values()].sort((a, b) => b.words - a.words || b.score - a.score);
}
