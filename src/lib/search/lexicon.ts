/**
 * What the browser needs to know about the index's words before it asks Pagefind: compound
 * words (so "cessez le feu" is searched as "cessez-le-feu") and aliases (content/search-aliases.yml),
 * and, only when a query finds nothing, the vocabulary "did you mean" picks from. Built once per
 * build from the indexed passages.
 */
import { wordsIn } from './words.ts';

export interface Lexicon {
  /** Words written with hyphens, as written: "cessez-le-feu", "États-Unis". */
  compounds: string[];
  /** Groups of words or phrases a reader may type for the same thing. */
  aliases: string[][];
}

/** Every indexed word and part of a word (three letters or more, no numbers): its most frequent spelling, and how often it occurs. */
export type Vocabulary = Array<[word: string, count: number]>;

/** Letters joined by hyphens: "cessez-le-feu", not "l’OTAN" nor "2025-2026". */
const isCompound = (text: string) => /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+$/u.test(text);

export function buildLexicon(texts: readonly string[], aliases: readonly string[][]): Lexicon {
  const compounds = new Map<string, string>();
  for (const text of texts) {
    for (const word of wordsIn(text)) {
      if (isCompound(word.text) && !compounds.has(word.key)) compounds.set(word.key, word.text);
    }
  }
  return { compounds: [...compounds.values()].sort(), aliases: aliases.map((group) => [...group]) };
}

export function buildVocabulary(texts: readonly string[]): Vocabulary {
  const spellings = new Map<string, Map<string, number>>();
  const count = (key: string, spelling: string) => {
    if (key.length < 3 || /\p{N}/u.test(key)) return;
    const forms = spellings.get(key) ?? new Map<string, number>();
    forms.set(spelling, (forms.get(spelling) ?? 0) + 1);
    spellings.set(key, forms);
  };
  for (const text of texts) {
    for (const word of wordsIn(text)) {
      const source = text.slice(word.start, word.end);
      if (word.parts.length === 1 || isCompound(source)) count(word.key, source);
      if (word.parts.length > 1) for (const part of word.parts) count(part.key, text.slice(part.start, part.end));
    }
  }
  return [...spellings.values()]
    .map((forms): [string, number] => {
      // The spelling most used; lower case where the word is capitalised only at the start of sentences.
      const [best] = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const lower = [...forms.keys()].find((form) => form === form.toLowerCase());
      const total = [...forms.values()].reduce((sum, n) => sum + n, 0);
      return [lower ?? best![0], total];
    })
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
