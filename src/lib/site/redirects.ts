import { languages, type Edition } from '../model.ts';
import { routes } from './routes.ts';

/** A permanent redirect a static host answers with. */
export interface Redirect {
  from: string;
  to: string;
}

/** Every short link (/3/, /en/3/ …) and the component page it leads to. */
export function shortLinkRedirects(edition: Edition): Redirect[] {
  return languages.flatMap((lang) =>
    edition.componentKeys.map((key, index) => ({ from: routes.shortLink(lang, index + 1), to: routes.component(lang, key) })),
  );
}

/**
 * The `_redirects` file read by Cloudflare Pages: a plain 301 for each short link, which Cloudflare applies
 * before the static page at the same path. (Netlify's forced form, `301!`, is no valid status there: its
 * parser rejects the line. Netlify's rules live in its own netlify.toml: `netlifyRedirects`.)
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.map(({ from, to }) => `${from} ${to} 301`);
  return `# Short links: one permanent redirect each (Cloudflare Pages; Netlify reads netlify.toml).\n${lines.join('\n')}\n`;
}

/**
 * The short links as netlify.toml's `[[redirects]]` tables. `force = true`: without it Netlify serves the
 * static page left at the same path (the fallback for other hosts) instead of redirecting.
 */
export function netlifyRedirects(redirects: readonly Redirect[]): string {
  return redirects.map(({ from, to }) => `[[redirects]]\nfrom = "${from}"\nto = "${to}"\nstatus = 301\nforce = true\n`).join('\n');
}
