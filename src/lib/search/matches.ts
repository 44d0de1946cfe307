/**
 * What the index matched in a passage, from the positions Pagefind returns: which words (or
 * parts of words) to mark in the excerpt, and the words and phrases a result link carries in
 * `?highlight=` so that the page it lands on marks the same, and nothing else.
 */
import { isFormOf } from './forms.ts';
import { fromIndexText } from './index-text.ts';
import { wordsIn } from './words.ts';

/**
 * Whether an indexed word (its key) is what a query term asked for: the term's own forms
 * (forms.ts: "forces" for "force", « санкціями » for « санкці »), never a longer word that merely
 * begins with it (« натомість » is not НАТО); every word it begins only for a `prefix` term (an
 * alias's shared beginning, a word still being typed). A number matches itself only.
 */
export function matchesTerm(key: string, term: string, lang: string, prefix = false): boolean {
  if (key === term) return true;
  if (/^\p{N}+$/u.test(term)) return false;
  if (prefix) return key.startsWith(term);
  return isFormOf(key, term, lang);
}

interface Hit {
  position: number;
  start: number;
  end: number;
  /** The query terms the word matched. */
  terms: string[];
}

/** The part of one indexed word the terms match, if any: the whole word, or its parts from the first matched to the last ("cessez le feu" in « cessez-le-feu »). */
function hitIn(position: number, text: string, terms: readonly string[], lang: string, prefixes: ReadonlySet<string>): Hit | undefined {
  const [word] = wordsIn(text);
  if (!word) return undefined;
  const whole = terms.filter((term) => matchesTerm(word.key, term, lang, prefixes.has(term)));
  if (whole.length > 0) return { position, start: word.start, end: word.end, terms: whole };
  const parts = word.parts.filter((part) => terms.some((term) => matchesTerm(part.key, term, lang, prefixes.has(term))));
  if (parts.length === 0) return undefined;
  const matched = terms.filter((term) => parts.some((part) => matchesTerm(part.key, term, lang, prefixes.has(term))));
  return { position, start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)), terms: matched };
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

export interface MatchOptions {
  /** Terms that match every word they begin. */
  prefixes?: readonly string[];
  /** Terms that make a phrase ("united states"): a word they match is marked only inside the whole phrase. */
  phrases?: ReadonlyArray<readonly string[]>;
}

export function matchPassage(content: string, locations: readonly number[], terms: readonly string[], lang: string, options: MatchOptions = {}): PassageMatches {
  const words = content.split(' ');
  const prefixes = new Set(options.prefixes ?? []);
  const phrases = (options.phrases ?? []).filter((phrase) => phrase.length > 1);
  const hits = new Map<number, Hit>();
  for (const position of [...new Set(locations)].sort((a, b) => a - b)) {
    const hit = hitIn(position, fromIndexText(words[position] ?? ''), terms, lang, prefixes);
    if (hit) hits.set(position, hit);
  }
  // A word matched only by words of a phrase counts only inside the phrase: "states" alone is not "United States".
  const inPhrase = new Set<number>();
  for (const phrase of phrases) {
    for (const position of hits.keys()) {
      if (phrase.every((term, i) => hits.get(position + i)?.terms.includes(term))) phrase.forEach((_, i) => inPhrase.add(position + i));
    }
  }
  const phraseTerms = new Set(phrases.flat());
  const kept = [...hits.values()].filter((hit) => inPhrase.has(hit.position) || hit.terms.some((term) => !phraseTerms.has(term)));
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
