import { readFileSync } from 'node:fs';
import { defineMiddleware } from 'astro:middleware';
import { getEdition } from './lib/content/edition.ts';
import { keepRetiredAnchors, publishedUrlsFile, readPublishedUrls, type PublishedUrl } from './lib/site/published-urls.ts';

let published: PublishedUrl[] | undefined;

/**
 * Keeps the anchors that content/changelog.yml retires (`retires: { old: new }`) on the pages that
 * published them, where their new ids are, so old links still land in the right place. Pages
 * pass through untouched while no change retires anything.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const { changes } = getEdition();
  if (!changes.some((change) => Object.keys(change.retires).length > 0)) return response;
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  published ??= readPublishedUrls(readFileSync(publishedUrlsFile, 'utf8'));
  const html = keepRetiredAnchors(await response.text(), context.url.pathname, published, changes);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
