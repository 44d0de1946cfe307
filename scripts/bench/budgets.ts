// The budgets' figures, and the pages and queries they apply to.
import { KB } from './paths.ts';

/*
 * Page weight: every byte a browser fetches on load (the page, its stylesheets, scripts, fonts,
 * icons), as the server sends them (brotli, as a static host compresses on the fly), measured in
 * Chromium. The home page and a component page have fixed budgets (issue 18); the full text
 * carries every note, so its budget grows with them: 12 KB plus 1 KB a note, each printed once (a
 * note carries its sources and the passages it quotes). Fonts are capped on every page, and every
 * page makes at most 4 requests on load, everything counted (the page, its stylesheet, its one
 * script and the part of it the page needs; the icon is written into the page; no font file is needed).
 */
export const transferBudgets = {
  home: 10 * KB,
  component: 20 * KB,
  fontsPerPage: 30 * KB,
};
export const readingBudget = { base: 12 * KB, perNote: 1 * KB };
export const requestBudget = 4;
/** The budget of a page that carries `notes` notes (the full text). */
export function readingBudgetFor(notes: number): number {
  return Math.round(readingBudget.base + notes * readingBudget.perNote);
}
/** How many notes a built page carries: each note has its anchor, `id="note-<id>"` (a published URL). */
export function notesIn(html: string): number {
  return new Set([...html.matchAll(/\sid="note-([^"]+)"/g)].map((match) => match[1])).size;
}
// Search (issue 10): times from the last key to results, input delay included.
export const searchBudgets = {
  coldMs: 400,
  /** A shared search link (?q=) opened in a fresh browser: from navigation to results on screen. */
  linkedMs: 800,
  warmMs: 60,
  /**
   * Compressed bytes fetched from /pagefind/ for a reader's first query, from opening the search
   * page: Pagefind's engine (pagefind.js and its WebAssembly, 68–72 KB whatever the content), the
   * language's index chunks that hold the query's words, its filters, our lexicon and the passages
   * shown. Checked on the bench's first query and on every query of the relevance set. Held by
   * small index chunks (see src/lib/search/index-files.ts): a query fetches only the chunks of
   * its own words, not a third of the vocabulary each.
   */
  firstQueryBytes: 100 * KB,
  /** Passages whose text a first query loads: the first page of results. */
  firstQueryFragments: 10,
  scaledFirstQueryMs: 1000,
  precisionAt1: 0.9,
  mrr: 0.95,
};
/** The bench's large content set: every indexed passage this many times longer. */
export const scaleFactor = 100;
export const matrixBudget = 28 * KB; // everything transferred: the comparison matrix (5 components × every instrument, and the instruments)
// Everything transferred, for the pages that list sourced claims, each with its passages: a component's
// comparison (up to 14 instruments), the participants page and the timeline. 22 KB since issue 19's round three
// (Reuters and Élysée sources beside the reports, Merz's conditions, troop figures each attributed).
export const contextListBudget = 22 * KB;
/** The participants page with its map (issue 20: ≤ 40 KB compressed, everything transferred). */
export const participantsBudget = 40 * KB;
/** A drawing (the matrix's glyphs, a ladder, a redline…), gzip, alone: inline SVG or HTML and CSS, small by design. */
export const drawingBudget = 4 * KB;
/** The participants' map draws some fifty countries' outlines (about 7 KB gzip): its page's 40 KB allows for it. */
export const mapBudget = 10 * KB;
/** The budget of a drawing, by its name in the bench (drawings.ts). */
export const drawingBudgetOf = (name: string): number => (name === 'participants map' ? mapBudget : drawingBudget);
/*
 * The timeline grows with its events by design (each dated, sourced, with the passages it rests on),
 * as reading pages grow with their notes: a base (the page's chrome, stylesheets and script, everything
 * transferred) and an allowance per event (0.48–0.67 KB gzip each in 2026-12, Ukrainian the heaviest).
 * The allowance catches markup that grows faster than the events, not the events themselves.
 */
// Base 16 KB since issue 20: the page carries its time axis (two inline SVGs, ~3.5 KB compressed).
export const timelineBudget = { base: 16 * KB, perEvent: 0.8 * KB };
/** The budget of a timeline page that carries `events` events. */
export function timelineBudgetFor(events: number): number {
  return Math.round(timelineBudget.base + events * timelineBudget.perEvent);
}
/** How many events a built timeline page carries (each event: `<li class="timeline__event" …>`). */
export function eventsIn(html: string): number {
  return html.match(/class="timeline__event"/g)?.length ?? 0;
}

/*
 * Reading (issue 18), per language, measured as a reader sees the page: at 1440×900 and on a
 * phone at 375×812.
 */
export const readingBudgets = {
  /** Marker to its margin entry, at 1440×900 (px). */
  marginDistancePx: 900,
  /** Notes whose full text a page prints more than once. */
  notesPrintedTwice: 0,
  /** The phone's top bar (px). */
  phoneBarPx: 64,
  /** Where the text's first sentence starts on a phone (px): within the first screen. */
  firstSentencePx: 812,
  /** ; : ! ? » starting a line, « ending one, in French text, at 375 and at 1440 px. */
  separatedPunctuation: 0,
  /** Straight quotes in English text of ours. */
  straightQuotes: 0,
  /** Lines that mix font faces. */
  mixedFaces: 0,
  /** Layout shift on load, at 1440 and on a phone. */
  layoutShift: 0,
};
/** Lighthouse (npm `lighthouse`, against the bench's Chromium, offline): performance score on every page type, mobile and desktop. */
export const lighthouseBudget = 95;

export type PageKind =
  | 'home'
  | 'full text'
  | 'component'
  | 'sources'
  | 'parallel'
  | 'search'
  | 'matrix'
  | 'component comparison'
  | 'participants'
  | 'timeline';
export const benchLanguages = ['fr', 'en', 'uk'] as const;
export type BenchLang = (typeof benchLanguages)[number];
export interface PageSpec {
  kind: PageKind;
  lang: BenchLang;
  path: string;
}

/** Each language's path words (src/lib/site/routes.ts). */
const paths: Record<
  BenchLang,
  { text: string; components: string; sources: string; parallel: string; search: string; comparison: string; participants: string; timeline: string }
> = {
  fr: { text: 'texte', components: 'composantes', sources: 'sources', parallel: 'parallele', search: 'recherche', comparison: 'comparaison', participants: 'participants', timeline: 'chronologie' },
  en: { text: 'text', components: 'components', sources: 'sources', parallel: 'parallel', search: 'search', comparison: 'comparison', participants: 'participants', timeline: 'timeline' },
  uk: { text: 'tekst', components: 'skladovi', sources: 'dzherela', parallel: 'paralelno', search: 'poshuk', comparison: 'porivniannia', participants: 'uchasnyky', timeline: 'khronolohiia' },
};

export const componentKeys = ['ceasefire-monitoring', 'armed-forces-support', 'multinational-force', 'future-attack-commitment', 'defence-cooperation'];
const kinds: PageKind[] = ['home', 'full text', 'component', 'sources', 'parallel', 'search', 'matrix', 'component comparison', 'participants', 'timeline'];
export const pageSpecs: PageSpec[] = kinds.flatMap((kind) =>
  benchLanguages.flatMap((lang): PageSpec[] => {
    const words = paths[lang];
    if (kind === 'component') return componentKeys.map((key) => ({ kind, lang, path: `/${lang}/${words.components}/${key}/` }));
    if (kind === 'component comparison') return componentKeys.map((key) => ({ kind, lang, path: `/${lang}/${words.components}/${key}/${words.comparison}/` }));
    const page = {
      home: '',
      'full text': words.text,
      sources: words.sources,
      parallel: words.parallel,
      search: words.search,
      matrix: words.comparison,
      participants: words.participants,
      timeline: words.timeline,
    }[kind];
    return [{ kind, lang, path: `/${lang}/${page ? `${page}/` : ''}` }];
  }),
);
export const readingKinds: PageKind[] = ['home', 'full text', 'component', 'sources', 'parallel', 'matrix', 'component comparison', 'participants', 'timeline'];
/** Context pages with a budget of their own: lists of sourced claims, each with the passages it rests on. */
export const contextReadingKinds: PageKind[] = ['component comparison', 'participants', 'timeline'];

export const searchRuns = [
  { lang: 'fr', path: '/fr/recherche/', first: 'cessez-le-feu', next: ['sanctions', 'dissuasion', 'renseignement', 'stocks', 'Coalition'] },
  { lang: 'en', path: '/en/search/', first: 'ceasefire', next: ['sanctions', 'deterrence', 'intelligence', 'monitoring', 'Coalition'] },
  { lang: 'uk', path: '/uk/poshuk/', first: 'припинення вогню', next: ['санкцій', 'стримування', 'розвідки', 'запасів', 'Коаліції'] },
];

/** Page kinds whose notes are measured (margin distance, notes printed twice). */
export const marginKinds: PageKind[] = ['full text', 'component'];
/** Page kinds whose text's first sentence must be on a phone's first screen. */
export const sentenceKinds: PageKind[] = ['full text', 'component'];
/** Page kinds whose lines are checked for mixed font faces (DevTools' font query for each run of text: the home page, and the full text, which holds every component and note). */
export const fontKinds: PageKind[] = ['home', 'full text'];
/** Page kinds whose phone banner is measured. */
export const bannerKinds: PageKind[] = ['home', 'full text', 'component'];
/**
 * Per page type, and the same for every type (issue 18): the page, its one stylesheet (the context
 * pages' own rules come in a second: styles/participants.css, styles/timeline.css), the one script, and on the pages with notes
 * and sharing tools the part of it they need (src/scripts/shell.ts); the icon is written into the page.
 */
export const requestBudgetFor = (_kind: PageKind): number => requestBudget;

/**
 * Offline reading (issue 23). The copy a language's service worker keeps (its pages, styles, script,
 * fonts and search), counted as sent over the network, compressed: what a reader's connection pays
 * once, in the background, after a first visit. (Stored, uncompressed, it is larger: printed beside it.)
 * And the first visit itself must not grow with the worker: it is registered once the page has loaded
 * and the browser is idle.
 */
export const offlineBudgets = { copyBytes: 1.5 * KB * KB, firstVisitSlack: 2 * KB };
