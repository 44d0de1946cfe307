/**
 * What the browser needs to know about the index's words before it asks Pagefind: compound
 * words (so "cessez le feu" is searched as "cessez-le-feu"), aliases (content/search-aliases.yml),
 * stop words, the words a prefix search would confuse, and names (for a name typed in the other
 * alphabet); and, only when a query finds nothing, the vocabulary "did you mean" picks from.
 * Built once per build from the indexed passages.
 */
import stopwordsIso from 'stopwords-iso/stopwords-iso.json' with { type: 'json' };
import { aliasForms, continuesStem, isNumberWord, stemOf, stemsOf } from './forms.ts';
import { partKeys, wordsIn } from './words.ts';

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
   * The language's stop words (the stopwords-iso package's list, folded; numbers and number words
   * left out: numbers are words), dropped from a query that holds other words.
   */
  stopWords: string[];
  /**
   * For a stem that longer indexed words begin without being its forms ("нат": « натомість »),
   * the endings that make its forms in the index ("о" for « нато »; "" for the stem itself): a
   * finished word is searched for those only. (Short words and numbers need none: they match
   * themselves only.)
   */
  confusions: Record<string, string[]>;
  /** Names as the index writes them (capitalised words, forms merged), for names typed in the other alphabet. */
  names: string[];
}

/** Every indexed word and part of a word (three letters or more, no numbers): its most frequent spelling, and how often it occurs. */
export type Vocabulary = Array<[word: string, count: number]>;

/** Letters joined by hyphens: "cessez-le-feu", not "l’OTAN" nor "2025-2026". */
const isCompound = (text: string) => /^[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+$/u.test(text);

/** The stopwords-iso list of a language, folded; numbers and number words left out. */
export function stopWordsOf(lang: string): string[] {
  const list = (stopwordsIso as Record<string, string[]>)[lang.split('-')[0] ?? lang] ?? [];
  const keys = list.flatMap((word) => wordsIn(word).map((w) => w.key));
  return [...new Set(keys)].filter((key) => !isNumberWord(key, lang)).sort();
}

/**
 * Stems a prefix search would confuse: for each stem of an indexed word, when the index also
 * holds longer words that begin with it and are not its forms, the indexed words that are.
 */
function confusionsIn(keys: readonly string[], lang: string, stopWords: ReadonlySet<string>): Record<string, string[]> {
  const ownAlphabet = lang.startsWith('uk') ? /^\p{Script=Cyrillic}+$/u : /^\p{Script=Latin}+$/u;
  const sorted = [...keys].sort();
  const confusions: Record<string, string[]> = {};
  const stems = new Set(keys.flatMap((key) => stemsOf(key, lang)));
  for (const stem of stems) {
    // Stop words are dropped from queries, words of another alphabet are names typed as written.
    if ([...stem].length < 3 || !ownAlphabet.test(stem) || stopWords.has(stem)) continue;
    // The indexed words that begin with the stem: a run of the sorted keys.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]! < stem) low = middle + 1;
      else high = middle;
    }
    const forms: string[] = [];
    let confused = false;
    for (let i = low; i < sorted.length && sorted[i]!.startsWith(stem); i += 1) {
      if (continuesStem(sorted[i]!, stem, lang)) forms.push(sorted[i]!.slice(stem.length));
      else confused = true;
    }
    if (confused && forms.length > 0) confusions[stem] = forms;
  }
  return confusions;
}

/** Capitalised words of the text in the language's own alphabet (never in lower case), each once by its stem. */
function namesIn(texts: readonly string[], lang: string): string[] {
  const ownAlphabet = lang.startsWith('uk') ? /^\p{Script=Cyrillic}+$/u : /^\p{Script=Latin}+$/u;
  const capitalised = new Map<string, number>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const word of wordsIn(text)) {
      if (word.parts.length !== 1 || word.key.length < 3 || !ownAlphabet.test(word.key)) continue;
      if (/^\p{Lu}\p{Ll}/u.test(word.text)) capitalised.set(word.key, (capitalised.get(word.key) ?? 0) + 1);
      else if (/^\p{Ll}+$/u.test(word.text)) lower.add(word.key);
    }
  }
  return [...new Set([...capitalised.keys()].filter((key) => !lower.has(key)).map((key) => stemOf(key, lang)))].sort();
}

export function buildLexicon(texts: readonly string[], aliases: readonly string[][], lang = ''): Lexicon {
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
  const stopWords = stopWordsOf(lang).filter(begins);
  return {
    compounds: [...compounds.values()].filter((compound) => !writtenApart(compound)).sort(),
    aliases: aliases.map((group) => ({ terms: [...group], forms: aliasForms(group).filter((form) => form.split(' ').every(begins)) })),
    // Only those the index holds or begins: a query word in no passage is left out anyway (see search.ts).
    stopWords,
    confusions: confusionsIn(keys, lang, new Set(stopWords)),
    names: namesIn(texts, lang),
  };
}

/** The index's words "did you mean" picks from: stop words left out, they are never offered. */
export function buildVocabulary(texts: readonly string[], lang = ''): Vocabulary {
  const stopWords = new Set(stopWordsOf(lang));
  const spellings = new Map<string, Map<string, number>>();
  const count = (key: string, spelling: string) => {
    if (key.length < 3 || /\p{N}/u.test(key) || stopWords.has(key)) return;
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
