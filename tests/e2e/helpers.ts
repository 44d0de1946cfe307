import { readdirSync, readFileSync } from 'node:fs';

export const componentKeys = [
  'ceasefire-monitoring',
  'armed-forces-support',
  'multinational-force',
  'future-attack-commitment',
  'defence-cooperation',
] as const;

/** Every sentence of the French source article (content/source/article-fr.txt, a byte copy), as printed. */
export function sourceSentences(): string[] {
  return readFileSync('content/source/article-fr.txt', 'utf8')
    .split('\n')
    .map((line) => line.replace(/^\s*•\s/, '').trim())
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-ZÀÉÈÊ«])/u));
}

/** Collapses the spacing HTML adds around elements, but not the non-breaking spaces of the text. */
export function collapseSpaces(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** The sentences of one of our translations (content/declaration/en.md or uk.md without its markup). */
export function translationSentences(lang: 'en' | 'uk'): string[] {
  const markdown = readFileSync(`content/declaration/${lang}.md`, 'utf8');
  const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5);
  return body
    .replace(/:note\[([^\]]*)\]\{#[^}]+\}/g, '$1')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith(':::'))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}“«])/u));
}

export const languagePaths = {
  fr: {
    home: '/fr/',
    text: '/fr/texte/',
    component: (key: string) => `/fr/composantes/${key}/`,
    search: '/fr/recherche/',
    sources: '/fr/sources/',
    parallel: '/fr/parallele/',
    changes: '/fr/modifications/',
    comparison: '/fr/comparaison/',
    componentComparison: (key: string) => `/fr/composantes/${key}/comparaison/`,
    participants: '/fr/participants/',
    timeline: '/fr/chronologie/',
  },
  en: {
    home: '/en/',
    text: '/en/text/',
    component: (key: string) => `/en/components/${key}/`,
    search: '/en/search/',
    sources: '/en/sources/',
    parallel: '/en/parallel/',
    changes: '/en/changes/',
    comparison: '/en/comparison/',
    componentComparison: (key: string) => `/en/components/${key}/comparison/`,
    participants: '/en/participants/',
    timeline: '/en/timeline/',
  },
  uk: {
    home: '/uk/',
    text: '/uk/tekst/',
    component: (key: string) => `/uk/skladovi/${key}/`,
    search: '/uk/poshuk/',
    sources: '/uk/dzherela/',
    parallel: '/uk/paralelno/',
    changes: '/uk/zminy/',
    comparison: '/uk/porivniannia/',
    componentComparison: (key: string) => `/uk/skladovi/${key}/porivniannia/`,
    participants: '/uk/uchasnyky/',
    timeline: '/uk/khronolohiia/',
  },
} as const;

export type Lang = keyof typeof languagePaths;
export const languages = Object.keys(languagePaths) as Lang[];

/** The language of a page, from its path. */
export function languageOf(path: string): Lang {
  return languages.find((lang) => path.startsWith(`/${lang}/`)) ?? 'fr';
}

/** A search per language that finds component 1 (for page-type checks). */
export const sampleQuery: Record<Lang, string> = { fr: 'cessez-le-feu', en: 'ceasefire', uk: 'припинення вогню' };

/** The id of every annotation (content/annotations/*.md). */
export function annotationIds(): string[] {
  return readdirSync('content/annotations')
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3));
}

/** The reading text of an element: what a reader reads, without note markers and notes. */
export async function readingText(page: import('@playwright/test').Page, selector = 'main'): Promise<string> {
  const text = await page.locator(selector).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const note of copy.querySelectorAll('.note-marker, .sidenote')) note.remove();
    return copy.textContent ?? '';
  });
  return collapseSpaces(text);
}

/** Records, while a page is used, the requests it makes to another origin and what the Content-Security-Policy blocks. */
export function watchForeignRequests(page: import('@playwright/test').Page, baseURL: string): { foreign: string[]; violations: string[] } {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseURL) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  return { foreign, violations };
}
