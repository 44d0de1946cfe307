import { languages, type Lang } from '../model.ts';

/**
 * The URL scheme. Every URL built here is published and must never change:
 * tests/published-urls.txt holds the list. Ukrainian path words follow the national
 * transliteration (tekst, skladovi, poshuk, dzherela, paralelno).
 */
const segments = {
  fr: {
    text: 'texte',
    components: 'composantes',
    search: 'recherche',
    sources: 'sources',
    parallel: 'parallele',
    epub: 'declaration-de-paris-2026',
    changes: 'modifications',
    comparison: 'comparaison',
    participants: 'participants',
    timeline: 'chronologie',
    method: 'methode',
  },
  en: {
    text: 'text',
    components: 'components',
    search: 'search',
    sources: 'sources',
    parallel: 'parallel',
    epub: 'paris-declaration-2026',
    changes: 'changes',
    comparison: 'comparison',
    participants: 'participants',
    timeline: 'timeline',
    method: 'method',
  },
  uk: {
    text: 'tekst',
    components: 'skladovi',
    search: 'poshuk',
    sources: 'dzherela',
    parallel: 'paralelno',
    epub: 'paryzka-deklaratsiia-2026',
    changes: 'zminy',
    comparison: 'porivniannia',
    participants: 'uchasnyky',
    timeline: 'khronolohiia',
    method: 'metodyka',
  },
} as const satisfies Record<Lang, Record<'text' | 'components' | 'search' | 'sources' | 'parallel' | 'epub' | 'changes' | 'comparison' | 'participants' | 'timeline' | 'method', string>>;

/** The anchor of one cell of the comparison matrix. */
export const comparisonCellId = (key: string, instrument: string) => `${key}--${instrument}`;

/** The anchor of a timeline event. */
export const timelineEventId = (id: string) => `event-${id}`;

/** Two languages read side by side, in the order of `languages` (the original first). */
export type LanguagePair = readonly [Lang, Lang];

/** Every pair of the edition's languages: fr–en, fr–uk, en–uk. */
export const languagePairs: readonly LanguagePair[] = languages.flatMap((first, index) =>
  languages.slice(index + 1).map((second): LanguagePair => [first, second]),
);

/** The pair a language's parallel page shows at its own address: the article beside the reader's language (English for French readers, as first published). */
const defaultPairs: Record<Lang, LanguagePair> = { fr: ['fr', 'en'], en: ['fr', 'en'], uk: ['fr', 'uk'] };

const samePair = (a: LanguagePair, b: LanguagePair) => a[0] === b[0] && a[1] === b[1];

export function defaultPair(lang: Lang): LanguagePair {
  return defaultPairs[lang];
}

/** The pairs a language's parallel page offers below its own address (every pair but its default). */
export function otherPairs(lang: Lang): LanguagePair[] {
  return languagePairs.filter((pair) => !samePair(pair, defaultPairs[lang]));
}

/** `fr-uk`: how a pair is written in a URL. */
export function pairSlug(pair: LanguagePair): string {
  return pair.join('-');
}

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  fullText: (lang: Lang) => `/${lang}/${segments[lang].text}/`,
  /** The component's anchor in the full text. The anchor is the key, in every language. */
  componentAnchor: (lang: Lang, key: string) => `/${lang}/${segments[lang].text}/#${key}`,
  component: (lang: Lang, key: string) => `/${lang}/${segments[lang].components}/${key}/`,
  search: (lang: Lang) => `/${lang}/${segments[lang].search}/`,
  /** A note in the full text (its entry in the notes list). */
  note: (lang: Lang, id: string) => `/${lang}/${segments[lang].text}/#note-${id}`,
  notes: (lang: Lang) => `/${lang}/${segments[lang].text}/#notes`,
  sources: (lang: Lang) => `/${lang}/${segments[lang].sources}/`,
  source: (lang: Lang, id: string) => `/${lang}/${segments[lang].sources}/#source-${id}`,
  /**
   * Two languages side by side, in this language's interface; `#key` for one component.
   * The language's default pair lives at `/fr/parallele/`, every other pair below it: `/fr/parallele/fr-uk/`.
   */
  parallel: (lang: Lang, pair: LanguagePair = defaultPairs[lang]) =>
    `/${lang}/${segments[lang].parallel}/${samePair(pair, defaultPairs[lang]) ? '' : `${pairSlug(pair)}/`}`,
  /** The record of corrections and changes; `#change-<id>` for one entry. */
  changes: (lang: Lang) => `/${lang}/${segments[lang].changes}/`,
  change: (lang: Lang, id: string) => `/${lang}/${segments[lang].changes}/#change-${id}`,
  /** The same record as an Atom feed. */
  changesFeed: (lang: Lang) => `/${lang}/changes.xml`,
  dataExport: () => '/declaration.json',
  /** The edition in one language as an EPUB 3 book: the text, its notes as footnotes, its sources. */
  epub: (lang: Lang) => `/${lang}/${segments[lang].epub}.epub`,
  /** The notes of one language as a W3C Web Annotation collection (JSON-LD), for annotation tools. */
  annotations: (lang: Lang) => `/${lang}/annotations.jsonld`,
  /** Link-preview card of a page: `home`, `text` or a component key. */
  card: (lang: Lang, card: string) => `/og/${lang}/${card}.png`,
  /** The matrix of components × instruments; `#<key>--<instrument>` for one cell. */
  comparison: (lang: Lang) => `/${lang}/${segments[lang].comparison}/`,
  comparisonCell: (lang: Lang, key: string, instrument: string) => `/${lang}/${segments[lang].comparison}/#${comparisonCellId(key, instrument)}`,
  /** One component compared with every instrument; `#<instrument>` for one of them. */
  componentComparison: (lang: Lang, key: string) => `/${lang}/${segments[lang].components}/${key}/${segments[lang].comparison}/`,
  participants: (lang: Lang) => `/${lang}/${segments[lang].participants}/`,
  timeline: (lang: Lang) => `/${lang}/${segments[lang].timeline}/`,
  /** A component's events, listed at the top of the timeline: `#component-<key>`. */
  timelineComponent: (lang: Lang, key: string) => `/${lang}/${segments[lang].timeline}/#component-${key}`,
  /** An event of the timeline: `#event-<id>` (an anchor starting with a letter, usable as a CSS selector). */
  timelineEvent: (lang: Lang, id: string) => `/${lang}/${segments[lang].timeline}/#${timelineEventId(id)}`,
  /** How the edition works: sources, evidence, divergences, comparison, corrections, who publishes it, how to report an error; `#<section>` for one part. */
  method: (lang: Lang) => `/${lang}/${segments[lang].method}/`,
  /** The comparison matrix as data, every language in one file. */
  comparisonJson: () => '/comparison.json',
  comparisonCsv: () => '/comparison.csv',
  /** Short link to a component: `/3/` (French, the original), `/en/3/`, `/uk/3/`. */
  shortLink: (lang: Lang, number: number) => (lang === 'fr' ? `/${number}/` : `/${lang}/${number}/`),
  /** Search data beside Pagefind's index, rebuilt on every build (not published URLs): compounds and aliases, read before a first query … */
  searchLexicon: (lang: string) => `/pagefind/lexicon/${lang}.json`,
  /** … and the indexed words, read only when a query finds nothing ("did you mean"). */
  searchVocabulary: (lang: string) => `/pagefind/lexicon/${lang}-vocabulary.json`,
  /** … and the stop words, read only when a query's words as typed find nothing (a question). */
  searchStopWords: (lang: string) => `/pagefind/lexicon/${lang}-stop-words.json`,
  /** The page hosts serve, with status 404, for an address that leads nowhere: every language in one page. */
  notFound: () => '/404.html',
  /** A language's service worker (offline reading of that language's pages; its scope is the language's folder). */
  serviceWorker: (lang: Lang) => `/${lang}/sw.js`,
  /** A language's web app manifest (name, icons, start page). */
  manifest: (lang: Lang) => `/${lang}/manifest.webmanifest`,
  /** The edition's icon as a PNG, for the manifests: `any` (the favicon) or `maskable` (room around it for a home screen's mask). */
  icon: (purpose: 'any' | 'maskable', size: number) => `/icons/${purpose}-${size}.png`,
};

/** Whether a path is a short link (a redirect, left out of the sitemap). */
export function isShortLink(path: string): boolean {
  return languages.some((lang) => {
    const prefix = routes.shortLink(lang, 0).slice(0, -2);
    return path.startsWith(prefix) && /^\d+\/$/.test(path.slice(prefix.length));
  });
}
