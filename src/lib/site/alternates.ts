import { languages, type Lang } from '../model.ts';

/** The same page in every language, for hreflang links and the language switch. */
export type Alternates = Record<Lang, string>;

export function alternatesFor(route: (lang: Lang) => string): Alternates {
  return Object.fromEntries(languages.map((lang) => [lang, route(lang)])) as Alternates;
}
