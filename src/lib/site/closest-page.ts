/*
 * The page a reader most likely meant when an address leads nowhere (the 404 page): a mistyped letter
 * (/en/components/multinational-forse/), a missing slash or capital (/EN/TEXT), words left over after a
 * page's address (/fr/texte/suite/). The 404 page's script runs it on the address it was served at, over
 * the pages the build lists (`everyPage` in ./sitemap.ts).
 */

/** An address as a page's path would be written: decoded, lower case, one slash between words, ending with one. */
export function normalizePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape (a cut-off %E2…) is compared as typed.
  }
  const words = decoded.toLowerCase().split('/').filter((word) => word !== '' && word !== 'index.html');
  return words.length === 0 ? '/' : `/${words.join('/')}/`;
}

/** Edits (insert, delete, replace a character) that turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The page `path` most resembles, or undefined when it resembles none: the same page written differently;
 * else one a slip or two away (ties go to the page in the address's own language); else the deepest page
 * whose address the path extends, below a language's home; else the nearest, if at most a quarter of its
 * characters differ.
 */
export function closestPage(path: string, pages: readonly string[]): string | undefined {
  const wanted = normalizePath(path);
  if (pages.includes(wanted)) return wanted;
  const language = wanted.split('/')[1];
  const nearest = pages
    .map((page) => ({ page, distance: editDistance(wanted, page), sameLanguage: page.split('/')[1] === language }))
    .sort((a, b) => a.distance - b.distance || Number(b.sameLanguage) - Number(a.sameLanguage))[0];
  if (nearest && nearest.distance <= 2) return nearest.page;
  const extended = pages.filter((page) => wanted.startsWith(page) && page.split('/').length > 3).sort((a, b) => b.length - a.length)[0];
  if (extended) return extended;
  return nearest && nearest.distance <= nearest.page.length / 4 ? nearest.page : undefined;
}
