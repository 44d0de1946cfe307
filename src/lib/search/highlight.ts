/**
 * `?highlight=` on a result link: one value per word or phrase the index matched, as the page
 * writes them (`?highlight=cessez-le-feu`, `?highlight=Special%20Commission&highlight=OTAN`).
 * Reading it never throws and keeps little: a URL is free text anyone can write.
 */
export const highlightParam = 'highlight';
const maxValues = 8;
const maxValueLength = 100;

/** Adds the values to a result URL, before its #anchor. */
export function withHighlights(url: string, values: readonly string[]): string {
  const hashAt = url.indexOf('#');
  const path = hashAt === -1 ? url : url.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : url.slice(hashAt);
  if (values.length === 0) return url;
  const query = values.map((value) => `${highlightParam}=${encodeURIComponent(value)}`).join('&');
  return `${path}${path.includes('?') ? '&' : '?'}${query}${hash}`;
}

/** The values of a query string, trimmed and bounded. */
export function highlightsFrom(search: string): string[] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [];
  }
  return params
    .getAll(highlightParam)
    .map((value) => value.slice(0, maxValueLength).trim())
    .filter((value) => value !== '')
    .slice(0, maxValues);
}

/** The id a #fragment names, or undefined; a malformed escape (#%, #%E0%A4%A) is read as written. */
export function fragmentId(hash: string): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '') return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
