/** Encodes text for a text fragment directive: `-`, `,` and `&` have meanings there. */
function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

function wordsOf(text: string): string[] {
  return text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
}

/** Text just before and after the quote, which tells a short quote apart from its repeats. */
export interface QuoteContext {
  before?: string;
  after?: string;
}

/**
 * A link to a quoted passage: `url#:~:text=…`. Browsers that support text fragments scroll to
 * and mark the passage; others ignore the directive and open `url` itself, so `url` should be
 * the page of the component the passage is from. Long quotes use the `start,end` form; the
 * two words around the quote, when known, go in as prefix and suffix.
 */
export function textFragmentUrl(url: string, selection: string, context: QuoteContext = {}): string | undefined {
  const words = wordsOf(selection);
  if (words.length === 0) return undefined;
  const quote =
    words.length > 8
      ? `${encodeFragmentText(words.slice(0, 4).join(' '))},${encodeFragmentText(words.slice(-4).join(' '))}`
      : encodeFragmentText(words.join(' '));
  const before = wordsOf(context.before ?? '').slice(-2).join(' ');
  const after = wordsOf(context.after ?? '').slice(0, 2).join(' ');
  const directive = [before && `${encodeFragmentText(before)}-`, quote, after && `-${encodeFragmentText(after)}`].filter(Boolean).join(',');
  return `${url.replace(/#.*$/, '')}#:~:text=${directive}`;
}

/**
 * A link to a passage quoted from another site. A quote with cuts (…) is linked as the range
 * from its first words to its last, so that the browser finds it across the cut.
 */
export function passageUrl(url: string, quote: string): string {
  const parts = quote
    .split('…')
    .map((part) => part.replace(/^[\s"“”«»'‘’,;:.]+|[\s"“”«»'‘’,;:.]+$/g, ''))
    .filter(Boolean);
  if (parts.length === 0) return url;
  if (parts.length === 1) return textFragmentUrl(url, parts[0]!)!;
  const start = wordsOf(parts[0]!).slice(0, 4).join(' ');
  const end = wordsOf(parts.at(-1)!).slice(-4).join(' ');
  return `${url.replace(/#.*$/, '')}#:~:text=${encodeFragmentText(start)},${encodeFragmentText(end)}`;
}
