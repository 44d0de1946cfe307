import { isScalar, parseDocument, visit } from 'yaml';
import { ContentError } from './content-error.ts';

/*
 * Letters as readers and search see them. A word typed with one letter from another alphabet
 * (a Latin "i" in a Ukrainian word, a Cyrillic "о" in an English one) looks right and cannot be
 * found; Ukrainian words take one apostrophe throughout, so they read and search alike.
 */

/** The apostrophe of Ukrainian words in the edition's own texts: ’ (U+2019), the form they already use throughout. */
export const ukrainianApostrophe = '\u2019';

/** Other characters typed as an apostrophe inside a word, named for the editor. */
const otherApostrophes: Record<string, string> = {
  "'": 'a straight apostrophe \' (U+0027)',
  '\u02bc': 'the modifier letter apostrophe ʼ (U+02BC)',
  '\u2018': 'an opening quotation mark ‘ (U+2018)',
  '`': 'a backtick ` (U+0060)',
  '\u00b4': 'an acute accent ´ (U+00B4)',
  '\u2032': 'a prime ′ (U+2032)',
};
const cyrillicApostrophe = new RegExp(`(?<=\\p{Script=Cyrillic})[${Object.keys(otherApostrophes).join('')}](?=\\p{Script=Cyrillic})`, 'gu');

const scripts = [
  { name: 'Latin', pattern: /\p{Script=Latin}/u },
  { name: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Greek', pattern: /\p{Script=Greek}/u },
];
/** Two letters of different alphabets side by side (combining marks between them allowed). */
const scriptBoundary = new RegExp(
  scripts.map((a) => `\\p{Script=${a.name}}\\p{M}*[${scripts.filter((b) => b !== a).map((b) => `\\p{Script=${b.name}}`).join('')}]`).join('|'),
  'gu',
);

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/**
 * Where the text holds verbatim quotes (the values of `quote:` in YAML, or in a Markdown file's
 * front matter): they keep their source's own characters.
 */
function verbatimRanges(text: string, file: string): Array<[number, number]> {
  let yamlText = text;
  let offset = 0;
  if (file.endsWith('.md')) {
    const frontMatter = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
    if (!frontMatter) return [];
    yamlText = frontMatter[1]!;
    offset = 4;
  } else if (!file.endsWith('.yml') && !file.endsWith('.yaml')) {
    return [];
  }
  const document = parseDocument(yamlText);
  // A file that is not valid YAML is reported by its own reader, at its line.
  if (document.errors.length > 0) return [];
  const ranges: Array<[number, number]> = [];
  visit(document, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === 'quote' && isScalar(pair.value) && pair.value.range) {
        ranges.push([offset + pair.value.range[0], offset + pair.value.range[1]]);
      }
    },
  });
  return ranges;
}

/**
 * Checks the letters of one content file: no word mixes alphabets (unless `mixedWords` lists it as
 * a true mixed form), and Ukrainian words use the apostrophe ’ outside verbatim quotes.
 * Stops at the first mistake with its `file:line:column`.
 */
export function checkLetters(text: string, file: string, mixedWords: ReadonlySet<string>, allowListFile: string): void {
  // A word mixes alphabets where two letters of different alphabets touch: found in one pass, the word read around it.
  for (const match of text.matchAll(scriptBoundary)) {
    const start = text.slice(0, match.index).search(/[\p{L}\p{M}]*$/u);
    const word = /^[\p{L}\p{M}]+/u.exec(text.slice(start))![0];
    if (mixedWords.has(word)) continue;
    const found = scripts.filter((script) => script.pattern.test(word));
    // The letters of the alphabet the word uses least are the slip.
    const [minority, majority] = [...found].sort((a, b) => [...word].filter((c) => a.pattern.test(c)).length - [...word].filter((c) => b.pattern.test(c)).length);
    const strays = [...new Set([...word].filter((c) => minority!.pattern.test(c)))].map((c) => `"${c}"`).join(', ');
    const stray = [...word].findIndex((c) => minority!.pattern.test(c));
    const { line, column } = position(text, start + [...word].slice(0, stray).join('').length);
    throw new ContentError(
      file,
      line,
      column,
      `The word "${word}" mixes ${majority!.name} and ${minority!.name} letters (${strays} ${strays.includes(',') ? 'are' : 'is'} ${minority!.name}): ` +
        `it looks right but search cannot find it; retype it in one alphabet, or, if the mixed form is intended, add it to ${allowListFile}`,
    );
  }
  let verbatim: Array<[number, number]> | undefined;
  for (const match of text.matchAll(cyrillicApostrophe)) {
    // Parsed only when needed: most files hold no apostrophe to check.
    verbatim ??= verbatimRanges(text, file);
    if (verbatim.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const wordStart = text.slice(0, match.index).search(/[\p{L}\p{M}]+$/u);
    const wordEnd = match.index + 1 + text.slice(match.index + 1).search(/[^\p{L}\p{M}]|$/u);
    const word = text.slice(wordStart, wordEnd);
    const { line, column } = position(text, match.index);
    throw new ContentError(
      file,
      line,
      column,
      `Ukrainian words take the apostrophe ${ukrainianApostrophe} (U+2019), used throughout the edition: "${word}" has ${otherApostrophes[match[0]]}; ` +
        `write "${word.replace(match[0], ukrainianApostrophe)}" (a verbatim quote, under quote:, keeps its source's own form)`,
    );
  }
}
