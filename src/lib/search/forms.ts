/**
 * Forms of a word, as search tells them apart: a finished word matches itself and its
 * inflections (гарантія, гарантії, гарантіями; sign, signed; force, forces), never a longer word
 * that merely begins with it (НАТО is not « натомість », sign is not “signatories”, 5 is not 50).
 * Shared by the build (which lists, per language, the words a prefix search would confuse) and
 * the browser (which searches a finished word by its stem, and filters out the confusions).
 *
 * Pagefind stems French and English itself; Ukrainian it does not, so the endings below are what
 * lets a Ukrainian word find its other forms. They are inflectional endings only: a word that
 * continues its stem with anything else is another word.
 */
import { wordsIn } from './words.ts';

/** Inflectional endings, per language, longest first within the list is not needed: every split is tried. */
const endings: Record<string, readonly string[]> = {
  uk: [
    ...['а', 'я', 'о', 'е', 'є', 'и', 'і', 'ї', 'у', 'ю', 'й', 'ь'],
    ...['ам', 'ям', 'ах', 'ях', 'ами', 'ями', 'ою', 'ею', 'єю', 'ом', 'ем', 'єм', 'ів', 'їв', 'ей', 'ові', 'еві', 'єві'],
    ...['ий', 'ій', 'ого', 'ому', 'им', 'ими', 'их', 'ім', 'ої', 'ього', 'ьому', 'ім', 'ая', 'яя'],
    // Nouns in -ння: зобов’язання, зобов’язань, зобов’язаннями.
    ...['ня', 'нь', 'ння', 'нню', 'нням', 'ннями', 'ннях', 'нні'],
    ...['ти', 'ть', 'в', 'ла', 'ло', 'ли', 'ють', 'ять', 'ить', 'іть', 'ує', 'ують', 'ать'],
  ],
  fr: ['s', 'x', 'e', 'es', 'é', 'ée', 'és', 'ées', 'er', 'ez', 'ent', 'ons', 'ait', 'aient', 'ant', 'ai', 'a'],
  en: ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ies', 'y'],
};

const language = (lang: string) => lang.split('-')[0] ?? lang;
const endingsOf = (lang: string): readonly string[] => endings[language(lang)] ?? [];

/** A stem keeps at least this many letters: "при" is not a form of "прийняти". */
const minStem = 3;

const isNumber = (key: string) => /^\p{N}+$/u.test(key);

/** The possible stems of a word's key: itself, and itself without each ending it has. */
export function stemsOf(key: string, lang: string): string[] {
  if (isNumber(key)) return [key];
  const stems = [key];
  for (const ending of endingsOf(lang)) {
    if (key.length - ending.length >= minStem && key.endsWith(ending)) stems.push(key.slice(0, -ending.length));
  }
  return stems;
}

/** The shortest stem: what a finished word is searched by, so that one search finds its every form. */
export function stemOf(key: string, lang: string): string {
  return stemsOf(key, lang).reduce((shortest, stem) => (stem.length < shortest.length ? stem : shortest));
}

/** Whether `word` continues `stem` with an inflectional ending only (or nothing). */
export function continuesStem(word: string, stem: string, lang: string): boolean {
  if (!word.startsWith(stem)) return false;
  const rest = word.slice(stem.length);
  return rest === '' || (!isNumber(stem) && endingsOf(lang).includes(rest));
}

/** Whether two keys are forms of one word: the same stem, each with an ending of its own (гарантії, гарантіями). */
export function isFormOf(word: string, term: string, lang: string): boolean {
  if (word === term) return true;
  if (isNumber(word) || isNumber(term)) return false;
  return stemsOf(term, lang).some((stem) => continuesStem(word, stem, lang));
}

export const commonPrefixLength = (a: string, b: string): number => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
};

const wordKeys = (phrase: string) => wordsIn(phrase).map((word) => word.key);

/** Two spellings are forms of one word when they share a long beginning: гарантії, гарантій, гарантіями; Zelensky, Zelenskyy. */
const sameWord = (a: string, b: string) => {
  const shared = commonPrefixLength(a, b);
  const shorter = Math.min(a.length, b.length);
  // A short word that begins a longer one whole is a form of it too: сил, сили, силам, силами.
  return (shared >= 4 && shared >= 0.6 * shorter) || (shared >= 3 && shared === shorter);
};

/** Whether an alias form (its words' beginnings) is the one of the words typed. */
export function isAliasFormOf(form: string, keys: readonly string[]): boolean {
  const prefixes = form.split(' ');
  return prefixes.length === keys.length && prefixes.every((prefix, index) => keys[index]!.startsWith(prefix));
}

/**
 * What an alias group is searched as: its spellings, with the forms of one word (or phrase)
 * merged into the beginning they share ("гаранті" for гарантія, гарантії, гарантіями …). Pagefind
 * finds every word a term begins, so one search finds all the forms.
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

/**
 * Numbers written out, per language, that a suggestion must never turn into one another
 * (« девʼять », nine, is not « десять », ten) and that are never dropped as stop words.
 */
export const numberWords: Record<string, readonly string[]> = {
  fr: 'zéro un une deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante cent cents mille million millions milliard'.split(' '),
  en: 'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million millions billion'.split(' '),
  uk: 'нуль один одна два дві три чотири пʼять шість сім вісім девʼять десять двадцять тридцять сорок пʼятдесят сто тисяча тисяч тисячі мільйон мільйонів мільярд'.split(' '),
};

export const isNumberWord = (key: string, lang: string): boolean =>
  /^\p{N}+$/u.test(key) || (numberWords[language(lang)] ?? []).some((word) => wordsIn(word)[0]?.key === key);
