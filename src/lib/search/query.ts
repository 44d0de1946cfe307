/**
 * From what a reader typed to what Pagefind is asked: elisions and possessives dropped
 * ("l’armée" → "armée"), numbers in groups joined ("800 000" → "800000"), compounds joined
 * ("cessez le feu" → "cessez-le-feu"), and aliases expanded ("USA" is also searched as
 * "États-Unis", "United States" …). Each variant is searched; their results are merged.
 */
import type { Lexicon } from './lexicon.ts';
import { isCyrillic, isLatin, nameSkeleton } from './transliteration.ts';
import { commonPrefixLength, findSequences, flatParts, foldKey, normalizeApostrophes, partKeys, wordsIn, type Word } from './words.ts';

export const maxQueryLength = 200;
const maxWordLength = 40;
const maxVariants = 8;

/** French elided words: l’ d’ qu’ n’ s’ j’ c’ m’ t’ jusqu’ lorsqu’ puisqu’ quoiqu’. */
const elision = /(?<![\p{L}\p{M}])(?:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/giu;
/** English possessive ’s / 's. */
const possessive = /(?<=\p{L})['’]s(?![\p{L}\p{M}])/giu;
const groupedNumber = /(?<![\p{N}])\p{N}{1,3}(?:[ \u00a0\u202f\u2009]\p{N}{3})+(?![\p{N}])/gu;

/**
 * Numbers written with a word for thousands or millions, as readers type them: "800k", "800 тис.",
 * "800 тисяч", "800 thousand", "800 mille", "1.5 million", "2 млн" → 800000, 1500000, 2000000,
 * the way the index holds "800 000" (one word, see index-text.ts).
 */
const scaledNumber = /(?<![\p{L}\p{N}])(\p{N}+(?:[.,]\p{N}+)?)\s*(k|thousands?|mille|milliers|тис|тисяч[аі]?|m|mln|millions?|млн|мільйон(?:а|ів)?)\.?(?![\p{L}\p{N}])/giu;
const thousands = /^(?:k|thousands?|mille|milliers|тис|тисяч[аі]?)$/iu;

export function writeNumbers(query: string): string {
  return query.replace(scaledNumber, (whole, number: string, unit: string) => {
    const value = Number(number.replace(',', '.')) * (thousands.test(unit) ? 1_000 : 1_000_000);
    return Number.isFinite(value) ? String(Math.round(value)) : whole;
  });
}

/** Latin letters that look like Cyrillic ones, typed by mistake inside a Ukrainian word (коаліцiя with a Latin i). */
const lookalikes: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const wordWithCyrillic = /[\p{L}\p{M}’]*\p{Script=Cyrillic}[\p{L}\p{M}’]*/gu;
const cyrillicOnly = (text: string) =>
  text.replace(wordWithCyrillic, (word) => (/\p{Script=Latin}/u.test(word) ? [...word].map((letter) => lookalikes[letter] ?? letter).join('') : word));

/** Whether a query holds a word of the other alphabet (Latin on the Ukrainian page, Cyrillic on the others): a name, perhaps. */
export const holdsOtherAlphabet = (query: string, lang: string): boolean =>
  wordsIn(query).some((word) => word.text.length >= 3 && (lang.startsWith('uk') ? isLatin(word.text) : isCyrillic(word.text)));

/** A word typed in the other alphabet: the index's names that sound like it. */
function namesFor(word: string, lexicon: Lexicon, lang: string): string[] {
  const otherAlphabet = lang.startsWith('uk') ? isLatin(word) : isCyrillic(word);
  if (!otherAlphabet || word.length < 3) return [];
  const typed = nameSkeleton(word);
  if (typed.length < 3) return [];
  return (lexicon.names ?? []).filter((name) => {
    if (isCyrillic(name) === isCyrillic(word)) return false;
    const known = nameSkeleton(name);
    return known.length >= 3 && typed.startsWith(known) && typed.length - known.length <= 2;
  });
}

/** Words that number what follows: an article, a paragraph, a point (fr, en, uk). */
const numberingWord = /^(?:art|arts|article|articles|paragraphe|paragraph|point|ст|стаття|статті|статтю|пункт|п)$/iu;
/** Months (fr, en, uk: the Ukrainian in the nominative and the genitive of dates, « 6 січня »): a day's number beside one is a date. */
const monthWord =
  /^(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|січ[\p{L}]*|лют[\p{L}]*|берез[\p{L}]*|квіт[\p{L}]*|травн?[\p{L}]*|черв[\p{L}]*|лип[\p{L}]*|серп[\p{L}]*|вересн?[\p{L}]*|жовт[\p{L}]*|листопад[\p{L}]*|груд[\p{L}]*)$/iu;
const isNumberWord = (word: string, before: string | undefined, after: string | undefined, words: number) =>
  /^\p{N}+$/u.test(word) &&
  (words === 1 || (before !== undefined && (numberingWord.test(before) || monthWord.test(before))) || (after !== undefined && monthWord.test(after)));

/** The terms Pagefind looks for in a query: punctuation dropped, lower case, accents removed, split at spaces (as pagefind.js does). */
export function pagefindTerms(query: string): string[] {
  return foldKey(query.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, ''))
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * What to preload so that Pagefind sees every word a term begins. Pagefind splits its index into
 * chunks of words in order and, for a term, loads only the chunk the term itself falls in: when
 * the words the term begins run on into the next chunk, it never sees them (`України` in one
 * chunk, `Україна` in the one before: `Україн` found the second and not the first, 52 passages
 * instead of every one). A term followed by the last code point falls after all of them, in the
 * chunk where they end; preloading it loads that chunk too. (Pagefind 1.6, `request_indexes`.)
 * `terms` are Pagefind's (`pagefindTerms`).
 */
export function extensionBounds(terms: readonly string[]): string[] {
  return terms.map((term) => `${term}\u{10FFFF}`);
}

/**
 * Whether a query holds something the index can answer: a word of two characters or more, or a
 * number. A letter alone (the first key of a word) matches only words the page does not show (a
 * prefix, or a stop word such as « в »): searching it would load passages for nothing.
 */
export const isSearchable = (query: string): boolean => pagefindTerms(query).some((term) => [...term].length >= 2 || /\p{N}/u.test(term));

interface Span {
  start: number;
  end: number;
  replacements: string[];
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}

/** Acronyms (US, UE, EU …) expand only when typed in capitals, or typed alone: "us" in a sentence is a pronoun. */
const isAcronym = (term: string) => /^\p{Lu}{2,4}$/u.test(term);

function applySpans(text: string, spans: readonly Span[]): string[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let variants = [''];
  let cursor = 0;
  for (const span of sorted) {
    const between = text.slice(cursor, span.start);
    variants = variants.flatMap((variant) => span.replacements.map((replacement) => variant + between + replacement)).slice(0, maxVariants);
    cursor = span.end;
  }
  return variants.map((variant) => variant + text.slice(cursor));
}

const wordKeys = (phrase: string) => wordsIn(phrase).map((word) => word.key);

/** Two spellings are forms of one word when they share a long beginning: гарантії, гарантій, гарантіями; Zelensky, Zelenskyy. */
const sameWord = (a: string, b: string) => {
  const shared = commonPrefixLength(a, b);
  const shorter = Math.min(a.length, b.length);
  // A short word that begins a longer one whole is a form of it too: сил, сили, силам, силами.
  return (shared >= 4 && shared >= 0.6 * shorter) || (shared >= 3 && shared === shorter);
};

function isFormOf(form: string, keys: readonly string[]): boolean {
  const prefixes = form.split(' ');
  return prefixes.length === keys.length && prefixes.every((prefix, index) => keys[index]!.startsWith(prefix));
}

/**
 * What an alias group is searched as: its spellings, with the forms of one word (or phrase)
 * merged into the beginning they share ("гаранті" for гарантія, гарантії, гарантіями …). Pagefind
 * finds every word a term begins, so one search finds all the forms; Ukrainian, which Pagefind
 * does not stem, relies on it.
 */
export function aliasForms(group: readonly string[]): string[] {
  const forms: string[][] = [];
  for (const term of group) {
    const keys = wordKeys(term);
    const index = forms.findIndex((form) => form.length === keys.length && form.every((prefix, i) => sameWord(prefix, keys[i]!)));
    if (index === -1) forms.push(keys);
    else forms[index] = forms[index]!.map((prefix, i) => prefix.slice(0, commonPrefixLength(prefix, keys[i]!)));
  }
  return forms.map((form) => form.join(' '));
}

export interface PreparedQuery {
  /** The query as searched, then its alias variants. */
  variants: string[];
  /** A quoted query is searched as an exact phrase, as typed. */
  exact: boolean;
}

export interface QueryOptions {
  /**
   * Drop the stop words, when other words remain: "who monitors the ceasefire" is searched as
   * "monitors ceasefire". The search page asks for this only when the words as typed find nothing,
   * so a phrase that holds them ("capacité de combat") is still found, and marked, as a phrase.
   */
  dropStopWords?: boolean;
}

export function prepareQuery(raw: string, lexicon: Lexicon, lang: string, options: QueryOptions = {}): PreparedQuery {
  // Only words: symbols and markup are not searched, nor single characters, nor "words" longer than any word of the text.
  // A one-digit number is searched after the word of an article ("article 5", "ст. 5"), beside a month ("6 janvier", "january 6") or alone; amid other words it is noise ("alert(1)").
  let query = writeNumbers(normalizeApostrophes(raw.normalize('NFC').slice(0, maxQueryLength)));
  if (lang.startsWith('uk')) query = cyrillicOnly(query);
  query = query
    .replace(/[^\p{L}\p{N}\p{M}\s\-‐‑'’"]/gu, ' ')
    .split(/\s+/)
    .filter((word, index, all) => ([...word].length >= 2 || isNumberWord(word, all[index - 1], all[index + 1], all.length)) && word.length <= maxWordLength)
    .join(' ')
    .trim();
  if (/^".+"$/.test(query)) return { variants: [query], exact: true };
  if (lang.startsWith('fr')) query = query.replace(elision, '');
  if (lang.startsWith('en')) query = query.replace(possessive, '');
  query = query.replace(groupedNumber, (number) => number.replace(/[ \u00a0\u202f\u2009]/g, ''));

  // Compounds: the longest first, written as the text writes them.
  const compounds: Span[] = [];
  const parts = flatParts(query);
  for (const compound of [...lexicon.compounds].sort((a, b) => b.length - a.length)) {
    for (const [start, end] of findSequences(query, parts, partKeys(compound), false)) {
      if (!overlaps(compounds, start, end)) compounds.push({ start, end, replacements: [compound] });
    }
  }
  query = applySpans(query, compounds)[0]!;

  const aliases: Span[] = [];
  const queryParts = flatParts(query);
  const alone = wordsIn(query).length === 1;
  for (const { terms, forms } of lexicon.aliases) {
    for (const term of terms) {
      for (const [start, end] of findSequences(query, queryParts, partKeys(term), true)) {
        const typed = query.slice(start, end);
        if (isAcronym(term) && !alone && typed !== term) continue;
        if (overlaps(aliases, start, end)) continue;
        // The typed word's own forms first: the words as typed rank above their aliases. Words
        // this language's index lacks ("ceasefire" on the French page) give way to the forms it has.
        const own = forms.find((form) => isFormOf(form, wordKeys(typed)));
        const replacements = own ? [own, ...forms.filter((form) => form !== own)] : forms.length > 0 ? forms : [typed];
        aliases.push({ start, end, replacements });
      }
    }
  }
  // A name typed in the other alphabet: the index's spelling first, then as typed.
  for (const word of wordsIn(query)) {
    if (overlaps(aliases, word.start, word.end)) continue;
    const names = namesFor(word.text, lexicon, lang);
    if (names.length > 0) aliases.push({ start: word.start, end: word.end, replacements: [...names.slice(0, 3), word.key] });
  }
  // Stop words, when asked and other words remain.
  const stopWords = new Set(lexicon.stopWords ?? []);
  const free = wordsIn(query).filter((word) => !overlaps(aliases, word.start, word.end));
  const isStop = (word: Word) => word.parts.every((part) => stopWords.has(part.key));
  if (options.dropStopWords && (free.some((word) => !isStop(word)) || aliases.length > 0)) {
    for (const word of free) if (isStop(word)) aliases.push({ start: word.start, end: word.end, replacements: [''] });
  }
  const variants = [...new Set(applySpans(query, aliases).map((variant) => variant.replace(/\s+/g, ' ').trim()))].filter((variant) => pagefindTerms(variant).length > 0);
  return { variants: variants.length > 0 ? variants : [query], exact: false };
}

/** Whether dropping its stop words changes what a query searches (see `QueryOptions.dropStopWords`). */
export const holdsStopWords = (query: string, lexicon: Lexicon, lang: string): boolean =>
  prepareQuery(query, lexicon, lang, { dropStopWords: true }).variants.join('|') !== prepareQuery(query, lexicon, lang).variants.join('|');
