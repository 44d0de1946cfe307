/**
 * From what a reader typed to what Pagefind is asked: apostrophes read as one, elisions and
 * possessives dropped ("l’armée" → "armée"), numbers written as the index writes them ("800 000",
 * "800k", "800 тис." → "800000"; "art. 5" → “art 5” or “article 5”), compounds joined ("cessez le
 * feu" → "cessez-le-feu"), aliases expanded ("USA" is also searched as "États-Unis" …), a name
 * typed in the other alphabet written as the index writes it, and stop words dropped when other
 * words remain. Each variant is searched; their results are merged.
 *
 * A finished word matches itself and its forms, not the longer words it begins (see forms.ts):
 * each variant comes with the exact words a passage must hold. Only the last word of a query
 * still being typed matches every word it begins, unless it is already a whole word of the index.
 */
import { isAliasFormOf, isFormOf, stemOf } from './forms.ts';
import type { Lexicon } from './lexicon.ts';
import { isCyrillic, isLatin, nameSkeleton } from './transliteration.ts';
import { findSequences, flatParts, foldKey, normalizeApostrophes, partKeys, wordsIn } from './words.ts';

export const maxQueryLength = 200;
const maxWordLength = 40;
const maxVariants = 8;

/** French elided words: l’ d’ qu’ n’ s’ j’ c’ m’ t’ jusqu’ lorsqu’ puisqu’ quoiqu’. */
const elision = /(?<![\p{L}\p{M}])(?:l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/giu;
/** English possessive ’s / 's. */
const possessive = /(?<=\p{L})['’]s(?![\p{L}\p{M}])/giu;
const groupedNumber = /(?<![\p{N}])\p{N}{1,3}(?:[ \u00a0\u202f\u2009]\p{N}{3})+(?![\p{N}])/gu;

/** The terms Pagefind looks for in a query: punctuation dropped, lower case, accents removed, split at spaces (as pagefind.js does). */
export function pagefindTerms(query: string): string[] {
  return foldKey(query.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, ''))
    .split(/\s+/)
    .filter(Boolean);
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

/** Latin letters that look like Cyrillic ones, typed by mistake inside a Ukrainian word (коаліцiя with a Latin i). */
const lookalikes: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', I: 'І', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
const mixedWord = /[\p{L}\p{M}’]*\p{Script=Cyrillic}[\p{L}\p{M}’]*/gu;
const cyrillicOnly = (text: string) => text.replace(mixedWord, (word) => (/\p{Script=Latin}/u.test(word) ? [...word].map((c) => lookalikes[c] ?? c).join('') : word));

/**
 * Numbers as the index writes them: "800k", "800 тис.", "800 тисяч", "800 thousand", "800 mille"
 * → 800000; "1.5 million", "2 млн" → 1500000, 2000000.
 */
const multipliers: Array<[RegExp, number]> = [
  [/^(?:k|thousand|thousands|mille|milliers|тис|тисяч|тисячі|тисяча)$/iu, 1_000],
  [/^(?:m|mln|million|millions|млн|мільйон|мільйона|мільйонів)$/iu, 1_000_000],
];
const scaledNumber = /(?<![\p{L}\p{N}])(\p{N}+(?:[.,]\p{N}+)?)\s*(k|m|mln|thousands?|mille|milliers|millions?|тис|тисяч[аі]?|млн|мільйон(?:а|ів)?)\.?(?![\p{L}\p{N}])/giu;

function writeNumbers(query: string): string {
  return query.replace(scaledNumber, (whole, number: string, unit: string) => {
    const factor = multipliers.find(([pattern]) => pattern.test(unit))?.[1];
    const value = Number(number.replace(',', '.'));
    return factor && Number.isFinite(value) ? String(Math.round(value * factor)) : whole;
  });
}

/** An article or paragraph number: "art. 5", "article 5", "Art 5", "ст. 5", "статті 5". */
const articleNumber = /(?<![\p{L}\p{N}])(?:art|arts|article|articles|artikel|ст|стаття|статті|статтю|статей|статтею)\.?\s*(\p{N}+)(?![\p{N}])/giu;
/** How each index writes an article number, as phrases its passages must hold one of. */
const articleWords: Record<string, readonly string[]> = { fr: ['art', 'article'], en: ['art', 'article'], uk: ['ст', 'статті', 'стаття', 'статтю'] };

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

export interface PreparedQuery {
  /** The query as searched, then its alias variants. */
  variants: string[];
  /**
   * For each variant, what a passage must hold besides: a list of requirements, each a list of
   * exact words or phrases of which the passage holds one (Pagefind's exact search). A finished
   * word requires its forms where the index holds longer words that begin with it (НАТО and not
   * « натомість »); a number, itself (5 and not 50); an article number, the phrase ("art 5").
   */
  required: string[][][];
  /** For each variant, its terms that match every word they begin (alias forms, a word still being typed). */
  prefixes: string[][];
  /** For each variant, its phrases (an alias of several words): their words are matched next to one another only. */
  phrases: string[][][];
  /** A quoted query is searched as an exact phrase, as typed. */
  exact: boolean;
}

export interface QueryOptions {
  /** The reader is still typing the last word: it may match the words it begins. */
  typing?: boolean;
}

/** Words the reader typed in the other alphabet, written as the index writes a name that sounds the same. */
function namesFor(word: string, lexicon: Lexicon, lang: string): string[] {
  const otherAlphabet = lang.startsWith('uk') ? isLatin(word) : isCyrillic(word);
  if (!otherAlphabet || word.length < 3) return [];
  const typed = nameSkeleton(word);
  if (typed.length < 3) return [];
  return lexicon.names.filter((name) => {
    if (isCyrillic(name) === isCyrillic(word)) return false;
    const known = nameSkeleton(name);
    return known.length >= 3 && typed.startsWith(known) && typed.length - known.length <= 2;
  });
}

/** Words that a short word (under four letters) matches: itself, its plural; never the words it begins. */
export const shortWordForms = (term: string): string[] => [term, `${term}s`, `${term}x`];

/** What Pagefind is asked for one word of a variant, and the exact words a passage must then hold. */
function termSearch(term: string, lexicon: Lexicon, lang: string, last: boolean, typing: boolean, aliasWords: ReadonlySet<string>): { search: string; required?: string[]; prefix?: boolean } {
  if (aliasWords.has(term)) return { search: term, prefix: true };
  // A number matches itself, as the index writes it: 800000, and 800 000 (indexed as "800_000", see index-text.ts).
  if (/^\p{N}+$/u.test(term)) return { search: term, required: [...new Set([term, term.replace(/\B(?=(\d{3})+(?!\d))/g, '_')])] };
  const stem = stemOf(term, lang);
  const known = lexicon.confusions?.[stem] ? stem : lexicon.confusions?.[term] ? term : undefined;
  const forms = known === undefined ? undefined : lexicon.confusions[known]!.map((ending) => known + ending);
  // Still typing a word the index does not hold whole: it matches every word it begins.
  if (last && typing && [...term].length >= 4 && !forms?.includes(term)) return { search: term, prefix: true };
  if ([...term].length < 4) return { search: term, required: shortWordForms(term) };
  // Pagefind stems French and English itself; a Ukrainian word is searched by its stem, so that it finds its every form.
  const search = lang.startsWith('uk') ? stem : term;
  if (!forms) return { search };
  const own = forms.filter((form) => isFormOf(form, term, lang));
  return { search, required: own.length > 0 ? own : [term] };
}

export function prepareQuery(raw: string, lexicon: Lexicon, lang: string, options: QueryOptions = {}): PreparedQuery {
  // Only words: symbols and markup are not searched, nor single letters, nor "words" longer than any word of the text.
  let query = normalizeApostrophes(raw.normalize('NFC').slice(0, maxQueryLength));
  if (lang.startsWith('uk')) query = cyrillicOnly(query);
  query = writeNumbers(query);
  const articles: string[] = [];
  query = query.replace(articleNumber, (_whole, number: string) => {
    articles.push(number);
    return ` ${number} `;
  });
  query = query
    .replace(/[^\p{L}\p{N}\p{M}\s\-‐‑'’"]/gu, ' ')
    .split(/\s+/)
    .filter((word) => ([...word].length >= 2 || /^\p{N}+$/u.test(word)) && word.length <= maxWordLength)
    .join(' ')
    .trim();
  if (/^".+"$/.test(query)) return { variants: [query], required: [[]], prefixes: [[]], phrases: [[]], exact: true };
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

  const spans: Span[] = [];
  const queryParts = flatParts(query);
  const words = wordsIn(query);
  const alone = words.length === 1;
  const aliasWords = new Set<string>();
  for (const { terms, forms } of lexicon.aliases) {
    for (const term of terms) {
      for (const [start, end] of findSequences(query, queryParts, partKeys(term), true)) {
        const typed = query.slice(start, end);
        if (isAcronym(term) && !alone && typed !== term) continue;
        if (overlaps(spans, start, end)) continue;
        // The typed word's own forms first: the words as typed rank above their aliases. Words
        // this language's index lacks ("ceasefire" on the French page) give way to the forms it has.
        const own = forms.find((form) => isAliasFormOf(form, wordKeys(typed)));
        const replacements = own ? [own, ...forms.filter((form) => form !== own)] : forms.length > 0 ? forms : [typed];
        for (const replacement of replacements) for (const word of replacement.split(' ')) aliasWords.add(word);
        spans.push({ start, end, replacements });
      }
    }
  }
  // A name typed in the other alphabet: the index's spelling first, then as typed.
  for (const word of words) {
    if (overlaps(spans, word.start, word.end)) continue;
    const names = namesFor(word.text, lexicon, lang).map(wordKeys).map((keys) => keys.join(' '));
    if (names.length === 0) continue;
    for (const name of names) aliasWords.add(name);
    spans.push({ start: word.start, end: word.end, replacements: [...names.slice(0, 3), word.key] });
  }
  // Stop words, when other words remain: "who monitors the ceasefire" is searched as "monitors ceasefire".
  const stopWords = new Set(lexicon.stopWords ?? []);
  const free = words.filter((word) => !overlaps(spans, word.start, word.end));
  const kept = free.filter((word) => !word.parts.every((part) => stopWords.has(part.key)));
  if (kept.length > 0 || spans.length > 0) {
    for (const word of free) if (!kept.includes(word)) spans.push({ start: word.start, end: word.end, replacements: [''] });
  }

  const typing = options.typing ?? false;
  const variants: string[] = [];
  const required: string[][][] = [];
  const prefixes: string[][] = [];
  const phrases: string[][][] = [];
  const aliasPhrases = [...new Set(spans.flatMap((span) => span.replacements))].map((form) => form.split(' ')).filter((form) => form.length > 1);
  for (const variant of new Set(applySpans(query, spans))) {
    const terms = pagefindTerms(variant);
    if (terms.length === 0) continue;
    const searches = terms.map((term, index) => termSearch(term, lexicon, lang, index === terms.length - 1, typing, aliasWords));
    const searched = searches.map((search) => search.search).join(' ');
    if (variants.includes(searched)) continue;
    variants.push(searched);
    const needs = searches.flatMap((search) => (search.required ? [search.required] : []));
    for (const number of articles) needs.push((articleWords[lang.split('-')[0] ?? lang] ?? articleWords.en!).map((word) => `${word} ${number}`));
    required.push(needs);
    prefixes.push(searches.filter((search) => search.prefix).map((search) => search.search));
    phrases.push(aliasPhrases.filter((phrase) => ` ${searched} `.includes(` ${phrase.join(' ')} `)));
  }
  if (variants.length === 0) return { variants: [query], required: [[]], prefixes: [[]], phrases: [[]], exact: false };
  return { variants, required, prefixes, phrases, exact: false };
}

const wordKeys = (phrase: string) => wordsIn(phrase).map((word) => word.key);
