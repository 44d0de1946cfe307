/**
 * What the browser needs to know about the index's words before it asks Pagefind: compound
 * words (so "cessez le feu" is searched as "cessez-le-feu") and aliases (content/search-aliases.yml),
 * and, only when a query finds nothing, the vocabulary "did you mean" picks from. Built once per
 * build from the indexed passages.
 */
import { aliasForms } from './query.ts';
import { partKeys, wordKey, wordsIn } from './words.ts';

/** Words or phrases a reader may type for the same thing, and what is searched for them in one language's index. */
export interface AliasGroup {
  /** As content/search-aliases.yml lists them, every language's: any of them typed is recognised. */
  terms: string[];
  /**
   * The group's forms (see `aliasForms`) found in this language's index: every word of the form
   * begins an indexed word. The others are not searched: for a word no indexed word begins,
   * Pagefind matches the longest indexed word that begins it (« в » for “вогню”), passages the
   * page would load and then drop.
   */
  forms: string[];
}

export interface Lexicon {
  /** Words written with hyphens, as written ("cessez-le-feu", "États-Unis"), and never apart. */
  compounds: string[];
  aliases: AliasGroup[];
  /**
   * The language's stop words, folded (`foldStopWords`), added by the search page only when a
   * query's words as typed find nothing (fetched then: the lexicon every query fetches stays small).
   */
  stopWords?: string[];
  /**
   * Names as the index writes them (`namesIn`), added by the search page from the vocabulary
   * only when a query holds a word of the other alphabet: the lexicon every query fetches stays small.
   */
  names?: string[];
}

/** Stop words as queries are compared with them: folded, once each, sorted. */
export const foldStopWords = (stopWords: readonly string[]): string[] => [...new Set(stopWords.map(wordKey))].filter(Boolean).sort();

/** Every indexed word and part of a word (three letters or more, no numbers): its most frequent spelling, and how often it occurs. */
export type Vocabulary = Array<[word: string, count: number]>;

/** Letters joined by hyphens: "cessez-le-feu", not "l’OTAN" nor "2025-2026". */
const isCompound = (text: string) => /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+$/u.test(text);

export function buildLexicon(texts: readonly string[], aliases: readonly string[][]): Lexicon {
  const compounds = new Map<string, string>();
  // What Pagefind indexes: every word, and every part of a word ("cessezlefeu", "cessez", "le", "feu").
  const indexed = new Set<string>();
  // Each text as its words' keys, space-separated: where a compound's parts stand as words of their own.
  const runs: string[] = [];
  for (const text of texts) {
    const words = wordsIn(text);
    for (const word of words) {
      if (isCompound(word.text) && !compounds.has(word.key)) compounds.set(word.key, word.text);
      indexed.add(word.key);
      for (const part of word.parts) indexed.add(part.key);
    }
    runs.push(` ${words.map((word) => word.key).join(' ')} `);
  }
  const keys = [...indexed];
  const begins = (prefix: string) => keys.some((key) => key.startsWith(prefix));
  // A compound the text also writes as separate words ("defence-industrial base", "the defence
  // industrial complex") is not joined in a query: joined, the words typed apart would miss the
  // passages that write them apart. Pagefind indexes a compound's parts, so apart they find both.
  const writtenApart = (compound: string) => runs.some((run) => run.includes(` ${partKeys(compound).join(' ')} `));
  return {
    compounds: [...compounds.values()].filter((compound) => !writtenApart(compound)).sort(),
    aliases: aliases.map((group) => ({ terms: [...group], forms: aliasForms(group).filter((form) => form.split(' ').every(begins)) })),
  };
}

/** The index's words "did you mean" picks from: never a stop word ("casques bleus" is not "les plus"). */
export function buildVocabulary(texts: readonly string[], stopWords: readonly string[] = []): Vocabulary {
  const spellings = new Map<string, Map<string, number>>();
  const stops = new Set(stopWords.map(wordKey));
  const count = (key: string, spelling: string) => {
    if (key.length < 3 || /\p{N}/u.test(key) || stops.has(key)) return;
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

/**
 * The index's names, from its vocabulary: words it writes with a capital and never in lower case,
 * in the language's own alphabet (a reader types them in the other one), folded, the shortest of a
 * name's forms kept (« мерц » for Мерц, Мерца: Pagefind finds the words a term begins).
 */
export function namesIn(vocabulary: Vocabulary, lang: string): string[] {
  const ownAlphabet = lang.startsWith('uk') ? /^\p{Script=Cyrillic}+$/u : /^\p{Script=Latin}+$/u;
  const names = vocabulary
    .filter(([word]) => /^\p{Lu}\p{Ll}/u.test(word))
    .map(([word]) => wordKey(word))
    .filter((key) => ownAlphabet.test(key))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const name of names) if (!kept.some((shorter) => name.startsWith(shorter) && name.length - shorter.length <= 2)) kept.push(name);
  return kept.sort();
}
