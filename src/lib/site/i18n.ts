import type { Lang } from '../model.ts';
import { en } from './i18n/en.ts';
import { fr } from './i18n/fr.ts';
import { uk } from './i18n/uk.ts';
import type { UiStrings } from './i18n/fr.ts';
import { typeset, typesetTemplate } from '../typography/typeset.ts';

/*
 * Every interface string, one file per language in i18n/: the French file sets the shape and the
 * type check holds the others to it, so a translator opens one file. `t(lang)` gives them set by the
 * edition's typographic step (src/lib/typography/typeset.ts): translators write plain spaces and
 * straight quotes, readers get « … », “…” and no-break spaces.
 */
export type { OfficialText, UiStrings } from './i18n/fr.ts';

const strings: Record<Lang, UiStrings> = { fr, en, uk };

/**
 * The accessible name of a link whose visible words repeat on the page ("Retour au texte" under every
 * note): the visible words first (so speech input still finds the link), then what tells it apart.
 */
export function distinctName(visible: string, context: string): string {
  return `${visible} (${context})`;
}

/** Keys whose values are ids, not words: the typographic step leaves them as written. */
const idKeys = new Set(['source']);

/** Every string of a language's interface set by the edition's typographic step; templates set once, their arguments left as given. */
function typesetStrings<T>(value: T, lang: Lang): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (typeof value === 'function') return typesetTemplate(value as (...args: unknown[]) => string, lang) as T;
  if (Array.isArray(value)) return value.map((item) => typesetStrings(item, lang)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, idKeys.has(key) ? item : typesetStrings(item, lang)])) as T;
  }
  return value;
}

const typesetByLang = new Map<Lang, UiStrings>();

export function t(lang: Lang): UiStrings {
  let set = typesetByLang.get(lang);
  if (!set) typesetByLang.set(lang, (set = typesetStrings(strings[lang], lang)));
  return set;
}
