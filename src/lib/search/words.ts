/**
 * Words as search sees them, the same way at build time (the index) and in the browser (queries,
 * excerpts, marks on the page a result lands on).
 *
 * A word is a run of text between spaces, except that a number written in groups of three digits
 * ("800 000", "30 000") is one word. Its `key` is what Pagefind indexes for the whole word:
 * letters and digits only, lower case, accents removed ("l’OTAN" → "lotan", "800 000" → "800000").
 * Its `parts` are the pieces between punctuation ("l’OTAN" → "l", "OTAN"; "cessez-le-feu" →
 * "cessez", "le", "feu"), each findable on its own.
 */

export interface WordPart {
  start: number;
  end: number;
  key: string;
}

export interface Word {
  /** [start, end) in the text. */
  start: number;
  end: number;
  /** The word as written, trimmed of punctuation around it. */
  text: string;
  key: string;
  parts: WordPart[];
}

/** How many first characters two words share (гарантії, гарантіями: 7). */
export function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/** Lower case, accents removed, as Pagefind folds what it indexes and what it is asked. */
export function foldKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/**
 * Apostrophes a reader may type inside a word: ' (typewriter), ʼ (the modifier letter that
 * Ukrainian keyboards and official texts use, a letter to Unicode and to Pagefind), ` and ‘.
 * The edition writes ’ (the build checks it), so each is read as ’: зобовʼязання finds зобов’язання.
 */
const apostropheInWord = /(?<=\p{L})['\u02bc`\u2018](?=\p{L})/gu;

/** A query's apostrophes inside words written as the edition writes them (’). */
export const normalizeApostrophes = (text: string): string => text.replace(apostropheInWord, '\u2019');

/** Letters and digits only, folded: the form under which Pagefind indexes a word. */
export function wordKey(text: string): string {
  return foldKey(text.replace(/[^\p{L}\p{N}\p{M}]/gu, ''));
}

/** Spaces that may sit between groups of digits: space, no-break space, narrow no-break space, thin space. */
const groupSeparators = ' \u00a0\u202f\u2009';
const numberWithGroups = new RegExp(`(?<![\\p{N}])\\p{N}{1,3}(?:[${groupSeparators}]\\p{N}{3})+(?![\\p{N}])`, 'gu');
const wordRun = /[^\s]+/gu;

/** Spans of text that are one word although they hold spaces (numbers in groups of digits). */
function numberSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(numberWithGroups)].map((match) => [match.index, match.index + match[0].length]);
}

function partsOf(text: string, offset: number): WordPart[] {
  return [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    key: foldKey(match[0]),
  }));
}

function makeWord(text: string, start: number, end: number, isNumber: boolean): Word | undefined {
  const parts = partsOf(text.slice(start, end), start);
  if (parts.length === 0) return undefined;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const key = parts.map((part) => part.key).join('');
  return {
    start: first.start,
    end: last.end,
    text: text.slice(first.start, last.end),
    key,
    // A number in groups is one part: "000" alone is not something a reader looks for.
    parts: isNumber ? [{ start: first.start, end: last.end, key }] : parts,
  };
}

/** The words of a text, in order; runs of punctuation alone are not words. */
export function wordsIn(text: string): Word[] {
  const words: Word[] = [];
  let cursor = 0;
  for (const [start, end] of [...numberSpans(text), [text.length, text.length] as [number, number]]) {
    for (const match of text.slice(cursor, start).matchAll(wordRun)) {
      const word = makeWord(text, cursor + match.index, cursor + match.index + match[0].length, false);
      if (word) words.push(word);
    }
    const number = end > start ? makeWord(text, start, end, true) : undefined;
    if (number) words.push(number);
    cursor = end;
  }
  return words;
}

export interface FlatPart {
  key: string;
  start: number;
  end: number;
  /** First or last part of its word. */
  wordStart: boolean;
  wordEnd: boolean;
}

/** Every part of every word, in order. */
export function flatParts(text: string): FlatPart[] {
  return wordsIn(text).flatMap((word) =>
    word.parts.map((part, index) => ({ key: part.key, start: part.start, end: part.end, wordStart: index === 0, wordEnd: index === word.parts.length - 1 })),
  );
}

/** The keys of a phrase's parts: "États-Unis" → etats, unis. */
export const partKeys = (phrase: string) => flatParts(phrase).map((part) => part.key);

/**
 * Where the parts `keys` follow one another in `parts`: separated only by spaces or hyphens
 * (`loose`: by anything that is not a letter), and (`whole`) beginning and ending a word.
 */
export function findSequences(text: string, parts: readonly FlatPart[], keys: readonly string[], whole: boolean, loose = false): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  if (keys.length === 0) return found;
  for (let i = 0; i + keys.length <= parts.length; i += 1) {
    const run = parts.slice(i, i + keys.length);
    if (!run.every((part, j) => part.key === keys[j])) continue;
    if (!loose && !run.every((part, j) => j === 0 || /^[\s\-‐‑–]*$/u.test(text.slice(run[j - 1]!.end, part.start)))) continue;
    if (whole && !(run[0]!.wordStart && run[run.length - 1]!.wordEnd)) continue;
    found.push([run[0]!.start, run[run.length - 1]!.end]);
  }
  return found;
}

/**
 * Words that are never marked on their own (articles, prepositions, auxiliaries …): a reader
 * who searched "cessez-le-feu" is not looking for every « le ». They are still marked inside a
 * phrase that holds other words.
 */
const stopWords: Record<string, readonly string[]> = {
  fr: 'a au aux avec ce ces cet cette d dans de des du elle en et il ils j l la le les leur leurs lui m ma mais me mes n ne ni nos notre nous on ou par pas pour qu que qui s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre vous y à été être est sera ont avait'.split(' '),
  en: 'a an and are as at be been but by for from had has have he her his i if in into is it its not of on or our s she so than that the their them they this to was we were which will with would you'.split(' '),
  uk: 'а або в во від для до з за зі і із й на не ні по про та у це чи що щодо як її їх його'.split(' '),
};

const foldedStopWords = new Map(Object.entries(stopWords).map(([lang, words]) => [lang, new Set(words.map(foldKey))]));

export function isStopWord(key: string, lang: string): boolean {
  return foldedStopWords.get(lang.split('-')[0] ?? lang)?.has(key) ?? false;
}
