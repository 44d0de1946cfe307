import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkAlignment } from '../../src/lib/content/alignment.ts';
import { readDeclaration } from '../../src/lib/content/declaration.ts';
import { buildError, buildErrorWith, buildWith, replacing } from './content-edits.ts';

const en = 'declaration/en.md';
const keys = ['first-part', 'second-part'];
const noteIds = ['intro-note', 'second-note'];

describe('translations align with the French text paragraph by paragraph', () => {
  it('a paragraph added in one block, with both files and lines', () => {
    expect(buildError(en, replacing('First text.', 'First text.\n\nAn extra paragraph.'))).toBe(
      'content/declaration/en.md:18:1: "first-part" has 2 paragraph(s) here but 1 in content/declaration/fr.md:16: translations must align paragraph by paragraph',
    );
  });

  it('a note moved, with its sentence, to another component', () => {
    expect(
      buildError(en, (text) => replacing('First text.', 'First text. Second :note[text]{#second-note}.')(replacing('Second :note[text]{#second-note}.', 'Second text.')(text))),
    ).toBe(
      'content/declaration/en.md:16:20: paragraph 1 of "first-part" carries second-note here, but its source paragraph (content/declaration/fr.md:16) carries no note: a translation keeps each note in the same paragraph, in the same order',
    );
  });

  it('a note anchored in another paragraph than in the source', () => {
    expect(buildError(en, (text) => replacing('Second :note[text]{#second-note}.', 'Second text.')(replacing('After.', 'After :note[all]{#second-note}.')(text)))).toBe(
      'content/declaration/en.md:20:1: paragraph 1 of "second-part" carries no note here, but its source paragraph (content/declaration/fr.md:20) carries second-note ("second-note" is anchored in paragraph 1 of "conclusion" here, line 23): a translation keeps each note in the same paragraph, in the same order',
    );
  });

  it('two paragraphs swapped', () => {
    const swap = (text: string) => text.replace('Before :note[the components]{#intro-note}.', 'AFTER').replace('\nAfter.', '\nBefore :note[the components]{#intro-note}.').replace('AFTER', 'After.');
    expect(buildError(en, swap)).toBe(
      'content/declaration/en.md:13:1: paragraph 1 of "introduction" carries no note here, but its source paragraph (content/declaration/fr.md:13) carries intro-note ("intro-note" is anchored in paragraph 1 of "conclusion" here, line 23): a translation keeps each note in the same paragraph, in the same order',
    );
  });

  it('notes in another order within a paragraph', () => {
    // Both notes in the introduction, in the same order in French and Ukrainian, swapped in English.
    const both = (first: [string, string], second: [string, string], own: string) => (text: string) =>
      replacing(own, own.replace(/:note\[([^\]]*)\]\{#second-note\}/, '$1'))(replacing(first[0], first[1])(replacing(second[0], second[1])(text)));
    const edits = {
      'declaration/fr.md': both(['Avant :note[les composantes]{#intro-note}', 'Avant :note[les composantes]{#intro-note}'], ['de l’accord', ':note[de l’accord]{#second-note}'], 'Second :note[texte]{#second-note}'),
      'declaration/uk.md': both(['Перед :note[складовими]{#intro-note}', 'Перед :note[складовими]{#intro-note}'], ['.\n\n:::component{#first-part', ' :note[усіма]{#second-note}.\n\n:::component{#first-part'], 'Другий :note[текст]{#second-note}'),
      [en]: both(['Before :note[the components]{#intro-note}', ':note[Before]{#second-note} :note[the components]{#intro-note}'], ['', ''], 'Second :note[text]{#second-note}'),
    };
    expect(buildErrorWith(edits)).toBe(
      'content/declaration/en.md:13:1: paragraph 1 of "introduction" carries second-note, intro-note here, but its source paragraph (content/declaration/fr.md:13) carries intro-note, second-note: a translation keeps each note in the same paragraph, in the same order',
    );
  });

  it('a sentence added, or two sentences made one', () => {
    expect(buildError(en, replacing('First text.', 'First text. And more.'))).toBe(
      'content/declaration/en.md:16:1: paragraph 1 of "first-part" has 2 sentence(s) here but 1 in content/declaration/fr.md:16: translate sentence by sentence; where one sentence must become two, write :split right after the first one’s full stop',
    );
  });

  it('a sentence the translation must split, declared with :split, builds and leaves no trace', () => {
    const edition = buildWith('tests/fixtures/content', { [en]: replacing('First text.', 'First. :split Text.') });
    expect(edition.texts.en.components[0]!.html).toBe('<p>First.  Text.</p>');
    expect(buildError(en, replacing('First text.', 'First :split text.'))).toBe(
      'content/declaration/en.md:16:7: `:split` must come right after the end of a sentence (its full stop, question or exclamation mark)',
    );
  });

  it('is generic over the languages: a third text is checked against the first', () => {
    const read = (path: string, file: string, edit = (text: string) => text) =>
      readDeclaration(edit(readFileSync(path, 'utf8')), file, 'en', keys, noteIds);
    const fr = readDeclaration(readFileSync('tests/fixtures/content/declaration/fr.md', 'utf8'), 'content/declaration/fr.md', 'fr', keys, noteIds);
    const english = read('tests/fixtures/content/declaration/en.md', 'content/declaration/en.md');
    const third = read('tests/fixtures/content/declaration/en.md', 'content/declaration/uk.md', (text) => text.replace('After.', 'After. Much after.'));
    expect(() => checkAlignment([fr, english])).not.toThrow();
    expect(() => checkAlignment([fr, english, third])).toThrow(
      'content/declaration/uk.md:23:1: paragraph 1 of "conclusion" has 2 sentence(s) here but 1 in content/declaration/fr.md:23',
    );
  });
});
