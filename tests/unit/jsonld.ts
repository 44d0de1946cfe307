import jsonld from 'jsonld';

/**
 * Expanding the site's JSON-LD offline. The schema.org context is replaced by the part of it this
 * edition uses: the same IRIs (`http://schema.org/…`) and the same `@id` coercions as
 * https://schema.org/docs/jsonldcontext.jsonld, without the network. Expansion runs in jsonld's safe
 * mode, so a term missing here (a misspelt property, or a new one: add it below) fails the test
 * instead of vanishing silently.
 */

const id = (term: string) => ({ '@id': `schema:${term}`, '@type': '@id' });

const types = [
  'WebSite', 'WebPage', 'SearchResultsPage', 'CollectionPage', 'Organization', 'CreativeWork', 'NewsArticle', 'Place',
  'BreadcrumbList', 'ListItem', 'Book', 'DataDownload', 'ClaimReview', 'Claim', 'Rating', 'Person',
];
const literals = [
  'name', 'alternateName', 'headline', 'alternativeHeadline', 'description', 'text', 'inLanguage', 'datePublished', 'dateModified',
  'dateCreated', 'version', 'position', 'encodingFormat', 'isAccessibleForFree', 'bookFormat', 'contentSize', 'claimReviewed',
  'ratingValue', 'bestRating', 'worstRating', 'ratingExplanation', 'reviewBody', 'copyrightYear',
];
const references = [
  'url', 'publisher', 'editor', 'author', 'isPartOf', 'hasPart', 'about', 'mainEntity', 'mainEntityOfPage', 'breadcrumb', 'item',
  'isBasedOn', 'translationOfWork', 'workTranslation', 'locationCreated', 'image', 'primaryImageOfPage', 'sameAs', 'license',
  'encoding', 'contentUrl', 'workExample', 'exampleOfWork', 'itemListElement', 'itemReviewed', 'reviewRating', 'appearance',
  'firstAppearance', 'citation',
];

export const schemaOrgContext = {
  '@context': {
    schema: 'http://schema.org/',
    id: '@id',
    type: '@type',
    ...Object.fromEntries(types.map((term) => [term, { '@id': `schema:${term}` }])),
    ...Object.fromEntries(literals.map((term) => [term, { '@id': `schema:${term}` }])),
    ...Object.fromEntries(references.map((term) => [term, id(term)])),
  },
};

const contextUrls = new Set(['https://schema.org', 'https://schema.org/', 'http://schema.org', 'http://schema.org/']);

/** A jsonld document loader that knows the schema.org context and nothing else: no request leaves the machine. */
export async function offlineDocumentLoader(url: string) {
  if (contextUrls.has(url)) return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
  throw new Error(`Offline: no copy of ${url} (add it to tests/unit/jsonld.ts)`);
}

/** Expands a JSON-LD document with the offline context, in safe mode (a dropped term is an error). */
export function expandOffline(document: object): Promise<object[]> {
  return jsonld.expand(document as never, { documentLoader: offlineDocumentLoader, safe: true } as object) as unknown as Promise<object[]>;
}

/** Flattens a JSON-LD document offline (one node per `@id`), in safe mode too. */
export function flattenOffline(document: object): Promise<object[]> {
  // No context: the flattened nodes stay in expanded form (full IRIs, every value in an array).
  const flatten = jsonld.flatten as unknown as (input: object, context: null, options: object) => Promise<object[]>;
  return flatten(document, null, { documentLoader: offlineDocumentLoader, safe: true });
}

/** The IRI of a schema.org term, as expanded documents name it. */
export const schema = (term: string) => `http://schema.org/${term}`;
