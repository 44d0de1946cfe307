import { alternatesFor, type Alternates } from './alternates.ts';
import { languages, type Lang } from '../model.ts';
import { languagePairs, routes } from './routes.ts';

/** Pages that exist once per language, each named by the function giving its path in a language. */
const pageRoutes: Array<(lang: Lang) => string> = [
  routes.home,
  routes.fullText,
  routes.search,
  routes.sources,
  ...languagePairs.map((pair) => (lang: Lang) => routes.parallel(lang, pair)),
];

/** The same page in every language, found from one of its paths (undefined for pages that have no language). */
export function alternatePaths(path: string): Alternates | undefined {
  for (const route of pageRoutes) {
    if (languages.some((lang) => route(lang) === path)) return alternatesFor(route);
  }
  for (const lang of languages) {
    const prefix = routes.component(lang, '').slice(0, -1);
    if (path.startsWith(prefix) && path.length > prefix.length) {
      const key = path.slice(prefix.length).replace(/\/$/, '');
      return alternatesFor((other) => routes.component(other, key));
    }
  }
  return undefined;
}

/** Language alternates of a sitemap entry, as @astrojs/sitemap expects them; x-default is the language choice, as in every page's head. */
export function sitemapAlternates(url: string): Array<{ lang: string; url: string }> {
  const alternates = alternatePaths(new URL(url).pathname);
  if (!alternates) return [];
  return [...languages.map((lang) => ({ lang, url: new URL(alternates[lang], url).href })), { lang: 'x-default', url: new URL('/', url).href }];
}
