import type { PhrasingContent, Root, RootContent } from 'mdast';
import { ContentError } from './content-error.ts';
import type { DeclarationDraft } from './declaration.ts';
import type { SourceArticle } from '../model.ts';

/** A place in a file, 1-based. */
interface Place {
  line: number;
  column: number;
}

/** Text as a reader gets it (spacing between words collapsed, paragraphs ending in "\n"), and where each character was written. */
interface LocatedText {
  file: string;
  chars: string[];
  places: Place[];
  /** Where the text ends, for text missing at its end. */
  end: Place;
}

/** The framing lines the article prints above its text, in its order; the URL it was taken from closes it. */
const framingAbove: ReadonlyArray<keyof SourceArticle> = ['tagline', 'section', 'headline', 'updatedLabel'];
const framingBelow: ReadonlyArray<keyof SourceArticle> = ['url'];

class TextBuilder {
  readonly chars: string[] = [];
  readonly places: Place[] = [];

  /** Adds one character; runs of ASCII spaces and line breaks count as one space (Markdown and HTML read them so). */
  add(char: string, place: Place): void {
    if (/[ \t\r\n]/.test(char)) {
      const last = this.chars.at(-1);
      if (last === undefined || last === ' ' || last === '\n') return;
      char = ' ';
    }
    this.chars.push(char);
    this.places.push(place);
  }

  /** Ends a paragraph (or a framing line). */
  endParagraph(place: Place): void {
    if (this.chars.at(-1) === ' ') {
      this.chars.pop();
      this.places.pop();
    }
    if (this.chars.length > 0 && this.chars.at(-1) !== '\n') {
      this.chars.push('\n');
      this.places.push(place);
    }
  }
}

function placeFinder(text: string): (offset: number) => Place {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);
  return (offset) => {
    let line = lineStarts.length - 1;
    while (lineStarts[line]! > offset) line -= 1;
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
}

/** The article as received: a text file, one paragraph a line, the components as bullets ("  • "). */
export function receivedArticleText(text: string, file: string): LocatedText {
  const builder = new TextBuilder();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    const start = /^\s*(?:•\s+)?/.exec(line)![0].length;
    if (line.trim() === '') return;
    for (let column = start; column < line.length; column += 1) builder.add(line[column]!, { line: index + 1, column: column + 1 });
    builder.endParagraph({ line: index + 1, column: line.length + 1 });
  });
  return { file, chars: builder.chars, places: builder.places, end: { line: lines.length, column: 1 } };
}

/** The article's text as a declaration file gives it: framing from the front matter, then every paragraph in reading order. */
export function declarationArticleText(draft: DeclarationDraft): LocatedText {
  const builder = new TextBuilder();
  const placeAt = placeFinder(draft.markdown);
  const addFraming = (field: keyof SourceArticle) => {
    const value = String(draft.source[field]);
    for (let index = 0; index < value.length; index += 1) builder.add(value[index]!, draft.frontmatter.positionOf(['source', field], index));
    builder.endParagraph(draft.frontmatter.positionOf(['source', field], value.length));
  };
  const addInline = (node: PhrasingContent | RootContent) => {
    if (node.type === 'text') {
      const start = node.position?.start.offset ?? 0;
      const end = node.position?.end.offset ?? start;
      // Character by character where the text is written as it reads (no escapes).
      const exact = draft.markdown.slice(start, end) === node.value;
      for (let index = 0; index < node.value.length; index += 1) builder.add(node.value[index]!, placeAt(exact ? start + index : start));
    } else if (node.type === 'break') {
      builder.add('\n', placeAt(node.position?.start.offset ?? 0));
    } else if ('children' in node) {
      for (const child of node.children) addInline(child as PhrasingContent);
    }
  };
  const addBlocks = (nodes: Root['children']) => {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        addInline(node);
        builder.endParagraph(placeAt(node.position?.end.offset ?? 0));
      } else if (node.type === 'containerDirective') {
        addBlocks(node.children);
      }
    }
  };
  framingAbove.forEach(addFraming);
  addBlocks(draft.tree.children);
  framingBelow.forEach(addFraming);
  const end = draft.tree.position?.end;
  return { file: draft.file, chars: builder.chars, places: builder.places, end: { line: end?.line ?? 1, column: end?.column ?? 1 } };
}

const characterNames: Record<string, string> = {
  ' ': 'a space (U+0020)',
  '\u00a0': 'a no-break space (U+00A0)',
  '\u202f': 'a narrow no-break space (U+202F)',
  '\u2009': 'a thin space (U+2009)',
  '\u200b': 'a zero-width space (U+200B)',
  "'": 'a straight apostrophe (U+0027)',
  '’': 'a curly apostrophe (U+2019)',
  '‘': 'an opening curly quote (U+2018)',
  '"': 'a straight quotation mark (U+0022)',
  '“': 'an opening curly quotation mark (U+201C)',
  '”': 'a closing curly quotation mark (U+201D)',
  '«': 'an opening guillemet (U+00AB)',
  '»': 'a closing guillemet (U+00BB)',
  '-': 'a hyphen (U+002D)',
  '‐': 'a Unicode hyphen (U+2010)',
  '–': 'an en dash (U+2013)',
  '—': 'an em dash (U+2014)',
  '…': 'an ellipsis (U+2026)',
  '\n': 'a paragraph break',
};

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Names a character so that an editor can tell look-alikes apart. */
export function describeCharacter(char: string): string {
  if (characterNames[char]) return characterNames[char];
  if (/\p{M}/u.test(char)) return `a combining accent (${codePoint(char)}), left apart from its letter`;
  return `"${char}" (${codePoint(char)})`;
}

/** Shows what a reader cannot see: no-break and other special spaces, invisible characters, combining accents, paragraph breaks. */
export function visible(text: string): string {
  return [...text]
    .map((char) => {
      if (char === '\u00a0') return '[NBSP]';
      if (char === '\u202f') return '[NNBSP]';
      if (char === '\n') return ' ¶ ';
      if (char !== ' ' && /[\p{Zs}\p{Cf}\p{Cc}\p{M}]/u.test(char)) return `[${codePoint(char)}]`;
      return char;
    })
    .join('');
}

interface Word {
  text: string;
  /** Index of its first character. */
  start: number;
}

function wordsOf(chars: readonly string[]): Word[] {
  const words: Word[] = [];
  let current: Word | undefined;
  chars.forEach((char, index) => {
    if (char === ' ' || char === '\n') {
      if (current) words.push(current);
      current = undefined;
      if (char === '\n') words.push({ text: '\n', start: index });
      return;
    }
    if (current) current.text += char;
    else current = { text: char, start: index };
  });
  if (current) words.push(current);
  return words;
}

function excerpt(words: readonly Word[], from: number, to: number): string {
  return visible(
    words
      .slice(Math.max(0, from), Math.max(0, to))
      .map((word) => word.text)
      .join(' ')
      .replace(/ ?\n ?/g, '\n'),
  ).trim();
}

function sameWords(a: readonly Word[], b: readonly Word[]): boolean {
  return a.length === b.length && a.every((word, index) => word.text === b[index]!.text);
}

/**
 * Checks that a declaration file gives the article word for word, every character as received
 * (framing, introduction, components, conclusion): the first difference stops the build at the
 * place it was written, shown so that look-alike characters can be told apart.
 */
export function checkArticleFidelity(draft: DeclarationDraft, received: LocatedText): void {
  const found = declarationArticleText(draft);
  const foundWords = wordsOf(found.chars);
  const expectedWords = wordsOf(received.chars);
  const index = foundWords.findIndex((word, position) => word.text !== expectedWords[position]?.text);
  if (index === -1 && foundWords.length === expectedWords.length) return;
  const at = index === -1 ? foundWords.length : index;
  const foundWord = foundWords[at];
  const expectedWord = expectedWords[at];

  const words = (list: readonly Word[]) => `"${excerpt(list, 0, list.length)}"`;
  /** Words added or missing here, when the texts meet again right after them. */
  const skipped = (from: readonly Word[], to: readonly Word[]) =>
    [1, 2, 3, 4, 5].find((count) => from.length - at > count && sameWords(from.slice(at + count, at + count + 3), to.slice(at, at + 3)));
  const added = skipped(foundWords, expectedWords);
  const missing = added === undefined ? skipped(expectedWords, foundWords) : undefined;
  let what: string;
  let differsAt = 0;
  if (!foundWord) what = 'the text stops here; the article goes on';
  else if (!expectedWord) what = 'text added after the end of the article';
  else if (added !== undefined) {
    what = added === 1 && foundWord.text === '\n' ? 'a paragraph break added' : `${words(foundWords.slice(at, at + added))} added`;
  } else if (missing !== undefined) {
    what = missing === 1 && expectedWord.text === '\n' ? 'a paragraph break missing' : `${words(expectedWords.slice(at, at + missing))} missing`;
  } else {
    // The first character that differs, read on past the word (a space may have replaced a no-break space).
    let offset = 0;
    while (found.chars[foundWord.start + offset] === received.chars[expectedWord.start + offset]) offset += 1;
    const here = found.chars[foundWord.start + offset];
    const there = received.chars[expectedWord.start + offset];
    what = `${here === undefined ? 'nothing' : describeCharacter(here)} where the article has ${there === undefined ? 'nothing' : describeCharacter(there)}`;
    differsAt = offset;
  }

  const place = (foundWord && found.places[foundWord.start + differsAt]) ?? found.end;
  const receivedPlace = (expectedWord && received.places[expectedWord.start + differsAt]) ?? received.end;
  throw new ContentError(
    draft.file,
    place.line,
    place.column,
    `The article's text is altered: here "${excerpt(foundWords, at - 2, at + 3)}", ` +
      `in the article as received (${received.file}:${receivedPlace.line}:${receivedPlace.column}) "${excerpt(expectedWords, at - 2, at + 3)}": ${what}. ` +
      'Only note anchors (:note[…]{#id}) may be added to the article; restore its text exactly as received.',
  );
}
