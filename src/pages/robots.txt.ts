import type { APIRoute } from 'astro';
import { isLocalBuild, localBuildWarning } from '../lib/site/deployment.ts';

/** A local build (no SITE_URL) keeps crawlers out: its addresses point to this machine. */
export const GET: APIRoute = ({ site }) =>
  new Response(`${isLocalBuild(site) ? `# ${localBuildWarning[0]}\nUser-agent: *\nDisallow: /` : 'User-agent: *\nAllow: /'}\n\nSitemap: ${new URL('/sitemap-index.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
