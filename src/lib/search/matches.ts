/**
 * What the index matched in a passage, from the positions Pagefind returns: which words (or
 * parts of words) to mark in the excerpt, and the words and phrases a result link carries in
 * `?highlight=` so that the page it lands on marks the same, and nothing else.
 */
import { fromIndexText } from './index-text.ts';
import { commonPrefixLength, isStopWord, wordsIn } from './words.ts';

/**
 * Whether an indexed word (its key) is a form of a query term, as Pagefind's stemming and
 * prefix search find it: "forces" for "force", "garantie" for "garanties", "renseignement" for
 * "renseign". Short terms and stop words must match exactly (plural aside), so that "le" never
 * marks "leur". `confirmed`: the index matched this word, so forms may differ more (its stemmer
 * makes one of "armes" and "armée"); a word the index did not confirm must be closer.
 * `finished`: the reader has finished typing the term (a word followed by another, or a query
 * sent): it then matches its own forms, not the longer words it begins («НАТО» is not
 * «натомість», "sign" is not "signatory"); a word still being typed matches every word it begins.
 */
export function matchesTerm(key: string, term: string, stopWord = false, confirmed = false, finished = false): boolean {
  const whole = wholeWords(term, stopWord);
  if (whole) return whole.includes(key);
  if (finished && key.startsWith(term) && key.length - term.length > maxEnding) return false;
  return key === term || key.startsWith(term) || commonPrefixLength(key, term) >= (confirmed ? Math.max(4, term.length - 3) : Math.max(5, term.length - 2));
}

/** The most letters an ending adds to a finished word: «меморандум» → «меморандуму», «угод» → «угодами», "monitor" → "monitoring". */
const maxEnding = 4;

/** The only words a short term or a stop word matches ("ue", "ues", "uex"; "le"), or undefined for a term that also matches the words it begins. */
export function wholeWords(term: string, stopWord: boolean): string[] | undefined {
  if (stopWord) return [term];
  if (term.length < 4) return [term, `${term}s`, `${term}x`];
  return undefined;
}

interface Hit {
  position: number;
  start: number;
  end: number;
  stopWord: boolean;
}

/** The part of one indexed word the terms match, if any. */
function hitIn(position: number, text: string, terms: readonly string[], lang: string, finished: ReadonlySet<string>): Hit | undefined {
  const [word] = wordsIn(text);
  if (!word) return undefined;
  let whole: Hit | undefined;
  const parts: Array<{ start: number; end: number; stopWord: boolean }> = [];
  for (const term of terms) {
    const stopWord = isStopWord(term, lang);
    if (matchesTerm(word.key, term, stopWord, true, finished.has(term))) {
      if (!whole || whole.stopWord) whole = { position, start: word.start, end: word.end, stopWord };
      continue;
    }
    for (const part of word.parts) if (matchesTerm(part.key, term, stopWord, true, finished.has(term))) parts.push({ start: part.start, end: part.end, stopWord });
  }
  if (whole && !whole.stopWord) return whole;
  if (parts.some((part) => !part.stopWord)) {
    // "cessez le feu" matched in "cessez-le-feu": the parts from the first to the last matched.
    return { position, start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)), stopWord: false };
  }
  return whole ?? (parts[0] ? { position, ...parts[0], stopWord: true } : undefined);
}

/**
 * What the index matched in a passage, from the positions Pagefind returns. Pagefind also
 * matches, for a term no word begins, the longest word that begins the term ("a" for "alert",
 * "on" for "onload"): such positions match no term here, and a passage found only through them
 * has no `highlights`: it is not a result.
 */
export interface PassageMatches {
  /** The passage's words as Pagefind counts them (its `content` split at spaces), as indexed: `word(i)` gives one as the page writes it. */
  words: string[];
  /** Character ranges to mark, by word position. */
  marks: Map<number, [number, number]>;
  /** The words and phrases matched, as the page writes them, in order, each once. */
  highlights: string[];
}

const maxHighlights = 8;

/** `finished`: the terms the reader has finished typing (see `matchesTerm`). */
export function matchPassage(content: string, locations: readonly number[], terms: readonly string[], lang: string, finished: ReadonlySet<string> = new Set()): PassageMatches {
  const words = content.split(' ');
  const hits = new Map<number, Hit>();
  for (const position of [...new Set(locations)].sort((a, b) => a - b)) {
    const hit = hitIn(position, fromIndexText(words[position] ?? ''), terms, lang, finished);
    if (hit) hits.set(position, hit);
  }
  // A stop word is marked only next to another matched word (inside a phrase), never alone.
  const kept = [...hits.values()].filter(
    (hit) => !hit.stopWord || [hit.position - 1, hit.position + 1].some((next) => hits.get(next) && !hits.get(next)!.stopWord),
  );
  const marks = new Map<number, [number, number]>(kept.map((hit) => [hit.position, [hit.start, hit.end]]));

  // Runs of consecutive marked words are phrases, as the page writes them.
  const highlights: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < kept.length; ) {
    let j = i;
    while (j + 1 < kept.length && kept[j + 1]!.position === kept[j]!.position + 1) j += 1;
    const first = kept[i]!;
    const last = kept[j]!;
    const word = (position: number) => fromIndexText(words[position]!);
    const phrase =
      first.position === last.position
        ? word(first.position).slice(first.start, first.end)
        : [word(first.position).slice(first.start), ...words.slice(first.position + 1, last.position).map(fromIndexText), word(last.position).slice(0, last.end)].join(' ');
    const key = phrase.toLowerCase();
    if (!seen.has(key) && highlights.length < maxHighlights) {
      seen.add(key);
      highlights.push(phrase);
    }
    i = j + 1;
  }
  return { words, marks, highlights };
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** About `length` words around the densest cluster of marks, marked words flagged; `…` where text is cut. */
export function excerptOf({ words, marks }: PassageMatches, length = 30): ExcerptPart[] {
  const positions = [...marks.keys()].sort((a, b) => a - b);
  let from = 0;
  let best = -1;
  for (const position of positions) {
    const start = Math.max(0, Math.min(position - Math.floor(length / 4), words.length - length));
    const count = positions.filter((other) => other >= start && other < start + length).length;
    if (count > best) {
      best = count;
      from = start;
    }
  }
  const to = Math.min(words.length, from + length);
  const parts: ExcerptPart[] = [];
  const push = (text: string, marked: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else if (text) parts.push({ text, marked });
  };
  if (from > 0) push('… ', false);
  for (let position = from; position < to; position += 1) {
    const word = fromIndexText(words[position]!);
    const mark = marks.get(position);
    const space = position < to - 1 ? ' ' : '';
    if (!mark) {
      push(word + space, false);
      continue;
    }
    // Inside a phrase the space between two marked words is marked too: one mark per phrase.
    const next = marks.get(position + 1);
    const joined = space !== '' && mark[1] === word.length && next?.[0] === 0;
    push(word.slice(0, mark[0]), false);
    push(word.slice(mark[0], mark[1]) + (joined ? space : ''), true);
    push(word.slice(mark[1]) + (joined ? '' : space), false);
  }
  if (to < words.length) push(' …', false);
  return parts;
}
