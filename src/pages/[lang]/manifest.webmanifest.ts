import type { APIRoute } from 'astro';
import { languages, type Lang } from '../../lib/model.ts';
import { webAppManifest } from '../../lib/site/web-app.ts';

/** Each language's web app manifest: /fr/manifest.webmanifest … */
export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(webAppManifest(params.lang as Lang), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
