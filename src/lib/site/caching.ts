/**
 * How long browsers may keep each file without asking again: the cache rules of dist/_headers.
 *
 * A file whose name carries a hash of its content never changes (new content, new name), so a browser may
 * keep it a year without asking: Vite's assets (/_astro/: styles, the script, fonts) and Pagefind's
 * index, fragments, filters and metadata (named `<lang>_<hash of the content>`). Everything else — pages,
 * pagefind.js and its WebAssembly, pagefind-entry.json, our search lexicon, the service workers, the
 * manifests — keeps its name from one edition to the next, so the browser asks again each time (a
 * revalidation: a few hundred bytes when nothing changed). That is what Netlify and Cloudflare Pages send
 * by default, so the rules name only the hashed files: a second rule for the same path would be merged
 * with the first (Cloudflare joins both values) instead of replacing it.
 */

/** Paths (in `_headers` syntax) of the files named by a hash of their content. */
export const hashedFilePatterns = ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'] as const;

/** Kept a year, never asked again. */
export const immutableCaching = 'public, max-age=31536000, immutable';

/** Asked again on every use (the hosts' default for every file the rules do not name). */
export const revalidateCaching = 'public, max-age=0, must-revalidate';

/** Whether a `_headers` path pattern matches a path: `*` stands for any run of characters (as Netlify and Cloudflare Pages read it). */
export function pathMatches(pattern: string, path: string): boolean {
  const expression = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${expression}$`).test(path);
}

/** The Cache-Control a path is served with, once the host has applied dist/_headers. */
export function cachingFor(path: string): string {
  return hashedFilePatterns.some((pattern) => pathMatches(pattern, path)) ? immutableCaching : revalidateCaching;
}
