import type { Lang } from './model.ts';

/**
 * The URL scheme. Every URL built here is published and must never change:
 * tests/e2e/published-urls.spec.ts holds the list.
 */
const segments = {
  fr: { text: 'texte', components: 'composantes', search: 'recherche', sources: 'sources' },
  en: { text: 'text', components: 'components', search: 'search', sources: 'sources' },
} as const satisfies Record<Lang, { text: string; components: string; search: string; sources: string }>;

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
  dataExport: () => '/declaration.json',
};
