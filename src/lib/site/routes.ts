import type { Lang } from '../model.ts';

/**
 * The URL scheme. Every URL built here is published and must never change:
 * tests/published-urls.txt holds the list.
 */
const segments = {
  fr: { text: 'texte', components: 'composantes', search: 'recherche', sources: 'sources', parallel: 'parallele' },
  en: { text: 'text', components: 'components', search: 'search', sources: 'sources', parallel: 'parallel' },
} as const satisfies Record<Lang, Record<'text' | 'components' | 'search' | 'sources' | 'parallel', string>>;

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  fullText: (lang: Lang) => `/${lang}/${segments[lang].text}/`,
  /** The component's anchor in the full text. The anchor is the key, in every language. */
  componentAnchor: (lang: Lang, key: string) => `/${lang}/${segments[lang].text}/#${key}`,
  component: (lang: Lang, key: string) => `/${lang}/${segments[lang].components}/${key}/`,
  search: (lang: Lang) => `/${lang}/${segments[lang].search}/`,
  /** A note in the full text (its entry in the notes list). */
  note: (lang: Lang, id: string) => `/${lang}/${segments[lang].text}/#note-${id}`,
  sources: (lang: Lang) => `/${lang}/${segments[lang].sources}/`,
  source: (lang: Lang, id: string) => `/${lang}/${segments[lang].sources}/#source-${id}`,
  /** French and English side by side; `#key` for one component. */
  parallel: (lang: Lang) => `/${lang}/${segments[lang].parallel}/`,
  dataExport: () => '/declaration.json',
  /** Link-preview card of a page: `home`, `text` or a component key. */
  card: (lang: Lang, card: string) => `/og/${lang}/${card}.png`,
  /** Short link to a component: `/3/` (French, the original) or `/en/3/`. */
  shortLink: (lang: Lang, number: number) => (lang === 'fr' ? `/${number}/` : `/${lang}/${number}/`),
};
