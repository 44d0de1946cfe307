import { claimReviews } from './claim-review.ts';
import { t } from './i18n.ts';
import { declarationDate, languages, originalLanguage, type Edition, type GuaranteeComponent, type Lang } from '../model.ts';
import type { PageMeta } from './page-meta.ts';
import { routes } from './routes.ts';
import { pageAt, pageRoutes, type PageKind } from './sitemap.ts';

/**
 * schema.org descriptions (JSON-LD) of every page: the edition (one site, in every language, which is
 * its own publisher and editor), the declaration as the edition presents it in one language, its five
 * components, the article it reproduces, and the page's place (breadcrumb, what it is part of and holds).
 */

/**
 * When the edition was published and last changed, and its version, from its record of changes
 * (content/changelog.yml): published on the day of the first entry, modified on the day of the latest,
 * whose date is the version.
 */
export function editionDates(edition: Edition) {
  return { published: edition.changes.at(-1)!.date, modified: edition.version, version: edition.version };
}

const absolute = (path: string, site: URL) => new URL(path, site).href;

/** The `@id` of each thing described, the same on every page that mentions it. */
export const jsonLdIds = {
  edition: (site: URL) => `${absolute('/', site)}#edition`,
  publisher: (site: URL) => `${absolute('/', site)}#publisher`,
  declaration: (lang: Lang, site: URL) => `${absolute(routes.fullText(lang), site)}#declaration`,
  component: (lang: Lang, key: string, site: URL) => `${absolute(routes.component(lang, key), site)}#${key}`,
};

/** A text in every language of the edition, each tagged with its language. */
const inEveryLanguage = (text: (lang: Lang) => string) => languages.map((lang) => ({ '@value': text(lang), '@language': lang }));

function editionNode(edition: Edition, site: URL) {
  const dates = editionDates(edition);
  return {
    '@type': 'WebSite',
    '@id': jsonLdIds.edition(site),
    url: absolute('/', site),
    name: inEveryLanguage((lang) => `${t(lang).siteName} — ${t(lang).siteSubtitle}`),
    inLanguage: [...languages],
    publisher: { '@id': jsonLdIds.publisher(site) },
    editor: { '@id': jsonLdIds.publisher(site) },
    datePublished: dates.published,
    dateModified: dates.modified,
    version: dates.version,
    isAccessibleForFree: true,
    hasPart: languages.map((lang) => ({ '@id': jsonLdIds.declaration(lang, site) })),
  };
}

/** The edition is its own publisher: no person or organisation stands behind it but the edition itself. */
function publisherNode(site: URL) {
  return {
    '@type': 'Organization',
    '@id': jsonLdIds.publisher(site),
    name: inEveryLanguage((lang) => `${t(lang).siteName} — ${t(lang).siteSubtitle}`),
    url: absolute('/', site),
  };
}

/** The article the edition reproduces, described in its own language. */
function sourceArticleNode(edition: Edition) {
  const source = edition.texts[originalLanguage].source;
  return {
    '@type': 'NewsArticle',
    '@id': source.url,
    url: source.url,
    headline: { '@value': source.headline, '@language': originalLanguage },
    inLanguage: originalLanguage,
    dateModified: source.updated,
    publisher: { '@type': 'Organization', name: source.publisher },
  };
}

function componentNode(lang: Lang, component: GuaranteeComponent, site: URL) {
  return {
    '@type': 'CreativeWork',
    '@id': jsonLdIds.component(lang, component.key, site),
    url: absolute(routes.component(lang, component.key), site),
    position: component.number,
    name: t(lang).componentHeading(component.number, component.title),
    inLanguage: lang,
    isPartOf: { '@id': jsonLdIds.declaration(lang, site) },
  };
}

/** The declaration as this edition presents it in one language, with its five components. */
function declarationNode(edition: Edition, lang: Lang, site: URL) {
  const ui = t(lang);
  const others = languages.filter((other) => other !== lang).map((other) => ({ '@id': jsonLdIds.declaration(other, site) }));
  return {
    '@type': 'CreativeWork',
    '@id': jsonLdIds.declaration(lang, site),
    url: absolute(routes.fullText(lang), site),
    name: ui.declarationTitle,
    alternativeHeadline: ui.declarationSubtitle,
    inLanguage: lang,
    dateCreated: declarationDate,
    locationCreated: { '@type': 'Place', name: 'Paris' },
    isBasedOn: sourceArticleNode(edition),
    isPartOf: { '@id': jsonLdIds.edition(site) },
    ...(lang === originalLanguage ? { workTranslation: others } : { translationOfWork: { '@id': jsonLdIds.declaration(originalLanguage, site) } }),
    hasPart: edition.texts[lang].components.map((component) => componentNode(lang, component, site)),
  };
}

/** What a breadcrumb calls each kind of page. */
function crumbName(kind: PageKind, lang: Lang, edition: Edition, key?: string): string | undefined {
  const ui = t(lang);
  const names: Partial<Record<PageKind, string>> = {
    home: ui.navHome,
    fullText: ui.navFullText,
    search: ui.navSearch,
    sources: ui.navSources,
    changes: ui.changesTitle,
    parallel: ui.parallelTitle,
    comparison: ui.navComparison,
    participants: ui.navParticipants,
    timeline: ui.navTimeline,
    method: ui.navMethod,
  };
  if (kind === 'component' || kind === 'componentComparison') return ui.componentLabel(edition.componentKeys.indexOf(key!) + 1);
  return names[kind];
}

function breadcrumb(edition: Edition, lang: Lang, meta: PageMeta, kind: PageKind, site: URL, key?: string) {
  const trail = [{ name: crumbName('home', lang, edition)!, path: routes.home(lang) }];
  if (kind === 'component') trail.push({ name: crumbName('fullText', lang, edition)!, path: routes.fullText(lang) });
  if (kind === 'componentComparison') trail.push({ name: crumbName('comparison', lang, edition)!, path: routes.comparison(lang) });
  if (kind !== 'home') trail.push({ name: crumbName(kind, lang, edition, key) ?? meta.title, path: meta.path });
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: absolute(crumb.path, site) })),
  };
}

const pageTypes: Partial<Record<PageKind, string>> = { search: 'SearchResultsPage', sources: 'CollectionPage' };

/** The pages of one language that the home page leads to: its parts. */
function homeParts(edition: Edition, lang: Lang, site: URL) {
  const paths = [
    ...pageRoutes.filter(({ kind }) => kind !== 'home' && kind !== 'search').map(({ route }) => route(lang)),
    ...edition.componentKeys.map((key) => routes.component(lang, key)),
  ];
  return paths.map((path) => ({ '@id': absolute(path, site) }));
}

/** The JSON-LD of a page: one graph with the edition, the page's place in it, and what the page presents. */
export function pageJsonLd(edition: Edition, meta: PageMeta, site: URL) {
  const common = [editionNode(edition, site), publisherNode(site)];
  const page = pageAt(meta.path);
  const pageNode = {
    '@id': absolute(meta.path, site),
    url: absolute(meta.path, site),
    name: meta.title,
    description: meta.description,
    primaryImageOfPage: absolute(meta.image, site),
    isPartOf: { '@id': jsonLdIds.edition(site) },
  };
  if (!page) {
    // The root, where the reader chooses a language: it leads to every language's home page.
    return {
      '@context': 'https://schema.org',
      '@graph': [
        ...common,
        { '@type': 'WebPage', ...pageNode, inLanguage: [...languages], hasPart: languages.map((lang) => ({ '@id': absolute(routes.home(lang), site) })) },
      ],
    };
  }
  const { kind, lang, key } = page;
  const declaration = declarationNode(edition, lang, site);
  const component = kind !== 'component' || key === undefined ? undefined : declaration.hasPart.find((part) => part['@id'] === jsonLdIds.component(lang, key, site));
  const presents =
    component !== undefined ? { mainEntity: { ...component, text: edition.texts[lang].components[component.position - 1]!.text } } :
    kind === 'home' || kind === 'fullText' ? { mainEntity: { '@id': declaration['@id'] } } : { about: { '@id': declaration['@id'] } };
  // Fact-check and divergence notes on the page review a claim of the article (ClaimReview).
  const notesHere = kind === 'fullText' ? edition.texts[lang].notes : kind === 'component' ? edition.texts[lang].notes.filter((note) => note.place === key) : [];
  return {
    '@context': 'https://schema.org',
    '@graph': [
      ...common,
      declaration,
      ...claimReviews(edition, lang, notesHere, site, jsonLdIds.publisher(site)),
      {
        '@type': pageTypes[kind] ?? 'WebPage',
        ...pageNode,
        inLanguage: lang,
        breadcrumb: breadcrumb(edition, lang, meta, kind, site, key),
        ...(kind === 'home' ? { hasPart: homeParts(edition, lang, site) } : {}),
        ...presents,
      },
    ],
  };
}
