import { alternatesFor, type Alternates } from './alternates.ts';
import { languages, type Edition, type Lang } from '../model.ts';
import { isShortLink, languagePairs, routes } from './routes.ts';

export type PageKind = 'home' | 'fullText' | 'search' | 'sources' | 'changes' | 'parallel' | 'comparison' | 'participants' | 'timeline' | 'method' | 'component' | 'componentComparison';

/** Pages that exist once per language, each with its kind and the function giving its path in a language. */
export const pageRoutes: Array<{ kind: Exclude<PageKind, 'component' | 'componentComparison'>; route: (lang: Lang) => string }> = [
  { kind: 'home', route: routes.home },
  { kind: 'fullText', route: routes.fullText },
  { kind: 'search', route: routes.search },
  { kind: 'sources', route: routes.sources },
  { kind: 'changes', route: routes.changes },
  ...languagePairs.map((pair) => ({ kind: 'parallel' as const, route: (lang: Lang) => routes.parallel(lang, pair) })),
  { kind: 'comparison', route: routes.comparison },
  { kind: 'participants', route: routes.participants },
  { kind: 'timeline', route: routes.timeline },
  { kind: 'method', route: routes.method },
];

/** What stands at a path: which kind of page, in which language (and which component), and its route; undefined for pages that have no language. */
export function pageAt(path: string): { kind: PageKind; lang: Lang; key?: string; route: (lang: Lang) => string } | undefined {
  for (const { kind, route } of pageRoutes) {
    const lang = languages.find((candidate) => route(candidate) === path);
    if (lang) return { kind, lang, route };
  }
  // A component's comparison: /<lang>/<components>/<key>/<comparison>/ (before the component's own page, whose path it extends).
  const compared = /^\/[^/]+\/[^/]+\/([^/]+)\/[^/]+\/$/.exec(path)?.[1];
  const comparedIn = compared === undefined ? undefined : languages.find((lang) => routes.componentComparison(lang, compared) === path);
  if (compared !== undefined && comparedIn) return { kind: 'componentComparison', lang: comparedIn, key: compared, route: (other) => routes.componentComparison(other, compared) };
  for (const lang of languages) {
    const prefix = routes.component(lang, '').slice(0, -1);
    if (path.startsWith(prefix) && path.length > prefix.length) {
      const key = path.slice(prefix.length).replace(/\/$/, '');
      return { kind: 'component', lang, key, route: (other) => routes.component(other, key) };
    }
  }
  return undefined;
}

/** The same page in every language, found from one of its paths (undefined for pages that have no language). */
export function alternatePaths(path: string): Alternates | undefined {
  // The root, where the reader chooses a language, stands for every home page.
  if (path === '/') return alternatesFor(routes.home);
  const page = pageAt(path);
  return page && alternatesFor(page.route);
}

/** The hreflang links of a page, x-default (the language choice) included: what its head and the sitemap both say. */
export function alternateLinks(alternates: Alternates): Array<{ hreflang: string; path: string }> {
  return [...languages.map((lang) => ({ hreflang: lang, path: alternates[lang] })), { hreflang: 'x-default', path: '/' }];
}

/** Whether a page belongs in the sitemap: not a search page (its results are not content), not a short link (a redirect). */
export function inSitemap(path: string): boolean {
  return pageAt(path)?.kind !== 'search' && !isShortLink(path);
}

/** Language alternates of a sitemap entry, as @astrojs/sitemap expects them. */
export function sitemapAlternates(url: string): Array<{ lang: string; url: string }> {
  const alternates = alternatePaths(new URL(url).pathname);
  if (!alternates) return [];
  return alternateLinks(alternates).map(({ hreflang, path }) => ({ lang: hreflang, url: new URL(path, url).href }));
}

/** The ids a page shows (component keys, note ids, source ids); undefined for pages that show the whole edition. */
function idsShownAt(edition: Edition, path: string): Set<string> | undefined {
  const page = pageAt(path);
  if (!page) return undefined;
  const notes = edition.texts[page.lang].notes;
  const withSources = (shown: typeof notes) => shown.flatMap((note) => [note.id, ...note.sources]);
  switch (page.kind) {
    case 'component':
      return new Set([page.key!, ...withSources(notes.filter((note) => note.place === page.key))]);
    case 'home':
    case 'parallel':
      return new Set(edition.componentKeys);
    case 'sources':
      return new Set([...edition.sources.map((source) => source.id), ...notes.map((note) => note.id)]);
    default:
      return undefined;
  }
}

/** When a page last changed: the latest change that touches what it shows; before any, the edition's first day. */
export function lastModified(edition: Edition, path: string): string {
  const shown = idsShownAt(edition, path);
  const touching = edition.changes.find((change) => !shown || change.touches.some((id) => shown.has(id)));
  return touching?.date ?? edition.changes.at(-1)!.date;
}
