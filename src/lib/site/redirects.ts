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
 * The `_redirects` file read by Netlify and Cloudflare Pages. A static page stays at each short link as
 * the fallback for other hosts, so Netlify must be told to redirect anyway (`301!`: without the `!` a file
 * at the same path wins). Cloudflare Pages, which always redirects first, does not accept that status and
 * ignores the line: it applies the plain `301` line under it.
 */
export function redirectsFile(redirects: readonly Redirect[]): string {
  const lines = redirects.flatMap(({ from, to }) => [`${from} ${to} 301!`, `${from} ${to} 301`]);
  return `# Short links: one permanent redirect each (Netlify reads the first line, Cloudflare Pages the second).\n${lines.join('\n')}\n`;
}
