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
