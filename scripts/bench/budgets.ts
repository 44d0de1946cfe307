// The budgets' figures, and the pages and queries they apply to.
import { KB } from './paths.ts';

export const readingBudget = 14 * KB; // HTML + CSS, gzip, of a reading page (home, component)
export const fullTextBudget = 32 * KB; // HTML + CSS, gzip, of the full text with all notes and sources
export const searchBudgetMs = 100; // results after the index is loaded, debounce subtracted

export type PageKind = 'home' | 'full text' | 'component' | 'sources' | 'parallel' | 'search';
export interface PageSpec {
  kind: PageKind;
  lang: 'fr' | 'en';
  path: string;
}

export const componentKeys = ['ceasefire-monitoring', 'armed-forces-support', 'multinational-force', 'future-attack-commitment', 'defence-cooperation'];
export const pageSpecs: PageSpec[] = [
  { kind: 'home', lang: 'fr', path: '/fr/' },
  { kind: 'home', lang: 'en', path: '/en/' },
  { kind: 'full text', lang: 'fr', path: '/fr/texte/' },
  { kind: 'full text', lang: 'en', path: '/en/text/' },
  ...componentKeys.map((key): PageSpec => ({ kind: 'component', lang: 'fr', path: `/fr/composantes/${key}/` })),
  ...componentKeys.map((key): PageSpec => ({ kind: 'component', lang: 'en', path: `/en/components/${key}/` })),
  { kind: 'sources', lang: 'fr', path: '/fr/sources/' },
  { kind: 'sources', lang: 'en', path: '/en/sources/' },
  { kind: 'parallel', lang: 'fr', path: '/fr/parallele/' },
  { kind: 'parallel', lang: 'en', path: '/en/parallel/' },
  { kind: 'search', lang: 'fr', path: '/fr/recherche/' },
  { kind: 'search', lang: 'en', path: '/en/search/' },
];
export const readingKinds: PageKind[] = ['home', 'full text', 'component', 'sources', 'parallel'];

export const searchRuns = [
  { lang: 'fr', path: '/fr/recherche/', first: 'cessez-le-feu', next: ['sanctions', 'dissuasion', 'renseignement', 'stocks', 'Coalition'] },
  { lang: 'en', path: '/en/search/', first: 'ceasefire', next: ['sanctions', 'deterrence', 'intelligence', 'monitoring', 'Coalition'] },
];
