import type { APIRoute } from 'astro';
import { getEdition } from '../../lib/content/edition.ts';
import { languages, type Lang } from '../../lib/model.ts';
import { epubBook, renderEpub } from '../../lib/sharing/epub.ts';
import { routes } from '../../lib/site/routes.ts';

/** The edition in each language as an EPUB 3 book: /fr/declaration-de-paris-2026.epub … */

export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang, book: routes.epub(lang).split('/').at(-1)!.replace(/\.epub$/, '') } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const edition = getEdition();
  const book = epubBook(edition, params.lang as Lang, site!, edition.version);
  return new Response(await renderEpub(book), { headers: { 'Content-Type': 'application/epub+zip' } });
};
