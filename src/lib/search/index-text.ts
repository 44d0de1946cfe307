/**
 * The text Pagefind indexes is the text readers see, with two changes that Pagefind's word
 * splitting needs and that are undone for display:
 *
 * - A typographic apostrophe inside a word (l’OTAN, jusqu’à, Ukraine’s) becomes "`". Pagefind
 *   splits words at ASCII punctuation only, so "l’OTAN" would be indexed as "lotan" alone and
 *   `OTAN` would not find it; "l`OTAN" is indexed as "lotan" and as "otan". The modifier-letter
 *   apostrophe ʼ (зобовʼязання), a letter to Pagefind, becomes "^": the word is indexed as
 *   "зобовязання" whichever apostrophe the text or the reader uses.
 * - The spaces inside a number written in groups of digits (800 000) become ASCII punctuation,
 *   one character per kind of space, so that Pagefind keeps the number one word ("800000", as
 *   "800,000" already is) instead of two.
 *
 * Both changes apply only between letters (apostrophe) or between digits (spaces), where the
 * replacement characters never occur in running text, so `fromIndexText` restores the original.
 */

const apostrophe = '\u2019';
const spaceCodes: ReadonlyArray<[space: string, code: string]> = [
  [' ', '_'],
  ['\u00a0', '~'],
  ['\u202f', '^'],
  ['\u2009', '|'],
];

export function toIndexText(text: string): string {
  let encoded = text.replace(/(?<=\p{L})\u2019(?=\p{L})/gu, '`').replace(/(?<=\p{L})\u02bc(?=\p{L})/gu, '^');
  encoded = encoded.replace(/(?<![\p{N}])\p{N}{1,3}(?:[ \u00a0\u202f\u2009]\p{N}{3})+(?![\p{N}])/gu, (number) =>
    number.replace(/[ \u00a0\u202f\u2009]/g, (space) => spaceCodes.find(([candidate]) => candidate === space)![1]),
  );
  return encoded;
}

export function fromIndexText(text: string): string {
  return text
    .replace(/(?<=\p{L})`(?=\p{L})/gu, apostrophe)
    .replace(/(?<=\p{L})\^(?=\p{L})/gu, '\u02bc')
    .replace(/(?<=\p{N})[_~^|](?=\p{N})/gu, (code) => spaceCodes.find(([, candidate]) => candidate === code)![0]);
}
