import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkEverySourceCited } from '../../src/lib/content/citations.ts';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { buildError, buildWith, replacing } from './content-edits.ts';

const secondNote = readFileSync('tests/fixtures/content/annotations/second-note.md', 'utf8');
const fr = 'declaration/fr.md';

describe('note ids are checked like component keys', () => {
  it('a note file whose name is not an id', () => {
    expect(() => buildWith('tests/fixtures/content', { 'annotations/second-note.md': () => null, 'annotations/Second_Note.md': () => secondNote })).toThrow(
      'content/annotations/Second_Note.md:1:1: Note id "Second_Note" (the file\'s name) must be lowercase letters and digits, words joined by hyphens (e.g. "multinational-force"): rename the file, and its anchors :note[…]{#…}',
    );
  });

  it('a file in content/annotations that is not a note', () => {
    expect(buildError('annotations/draft.txt', () => 'notes to self')).toBe(
      'content/annotations/draft.txt:1:1: "draft.txt" is not a note: a note is a Markdown file named <note-id>.md',
    );
  });

  it('an anchor whose id is not an id', () => {
    expect(buildError(fr, replacing('{#intro-note}', '{#Intro_Note}'))).toBe(
      'content/declaration/fr.md:13:7: Note id "Intro_Note" must be lowercase letters and digits, words joined by hyphens (e.g. "multinational-force"), like its file content/annotations/<id>.md',
    );
  });
});

describe('note anchors that cannot render as valid HTML are refused', () => {
  it('nested (or overlapping) anchors', () => {
    expect(buildError(fr, replacing('Second :note[texte]{#second-note}.', 'Second :note[texte :note[court]{#intro-note}]{#second-note}.'))).toBe(
      'content/declaration/fr.md:20:20: Note anchor "intro-note" is inside note anchor "second-note": anchors cannot nest or overlap; end one before the other starts',
    );
  });

  it('an anchor inside a link', () => {
    expect(buildError(fr, replacing('Avant :note[les composantes]{#intro-note}', 'Avant [:note[les composantes]{#intro-note}](https://example.org)'))).toMatch(
      /^content\/declaration\/fr\.md:13:7: A link around note anchor "intro-note" \(a note anchor cannot sit inside it\) is not part of the article's text/,
    );
  });

  it('a link inside an anchor', () => {
    expect(buildError(fr, replacing(':note[les composantes]', ':note[les [composantes](https://example.org)]'))).toMatch(
      /^content\/declaration\/fr\.md:13:17: A link inside note anchor "intro-note" is not part of the article's text/,
    );
  });

  it('an anchor crossing emphasis, which would print literal asterisks', () => {
    expect(buildError(fr, replacing('Avant :note[les composantes]', '*Avant :note[les* composantes]'))).toBe(
      'content/declaration/fr.md:13:1: A lone "*" would be printed as typed: emphasis (*…*) must open and close on the same side of a note anchor or link (it cannot start outside :note[…] and end inside it), and both markers must touch words; write \\* for the character itself',
    );
  });

  it('emphasis in the article’s text at all', () => {
    expect(buildError(fr, replacing('Premier texte', 'Premier *texte*'))).toMatch(
      /^content\/declaration\/fr\.md:16:9: Emphasis \(\*…\* or _…_\) is not part of the article's text/,
    );
  });
});

describe('notes are numbered in reading order, in every language', () => {
  it('follows the text, not the files', () => {
    const edition = buildEdition('tests/fixtures/content', 'tests/fixtures');
    for (const text of Object.values(edition.texts)) {
      expect(text.notes.map((note) => [note.number, note.id])).toEqual([
        [1, 'intro-note'],
        [2, 'second-note'],
      ]);
    }
  });
});

describe('citations and cross-references', () => {
  it('a note citing the same source twice', () => {
    expect(buildError('annotations/second-note.md', replacing('{ id: a-newspaper', '{ id: official-text'))).toBe(
      'content/annotations/second-note.md:5:11: Source "official-text" is cited twice (first on line 4): cite it once, with all its evidence',
    );
  });

  it('a source that nothing cites', () => {
    const extra = '\n- id: uncited-report\n  type: news-report\n  title: "Uncited"\n  publisher: "Nobody"\n  url: https://example.org/uncited\n  language: en\n';
    expect(buildError('sources.yml', (text) => text + extra)).toBe(
      'content/sources.yml:16:1: Source "uncited-report" is cited by nothing: cite it from a note (or other data citing sources); if it no longer is, say why in content/changelog.yml (touches: [its id]), or remove it if it was never published',
    );
  });

  it('counts citations from any other data that cites sources', () => {
    const edition = buildEdition('tests/fixtures/content', 'tests/fixtures');
    const bibliography = { text: readFileSync('tests/fixtures/content/sources.yml', 'utf8'), file: 'content/sources.yml' };
    const fromInstruments = [{ sourceId: 'a-newspaper', file: 'content/instruments.yml', line: 3 }];
    expect(() => checkEverySourceCited(edition.sources, bibliography, fromInstruments)).toThrow(ContentError);
    expect(() => checkEverySourceCited(edition.sources, bibliography, [...fromInstruments, { sourceId: 'official-text', file: 'content/instruments.yml', line: 9 }])).not.toThrow();
  });

  it('a cross-reference from a component to itself', () => {
    expect(buildError('annotations/second-note.md', replacing('Voir aussi la :ref{to=first-part}', 'Voir aussi la :ref{to=second-part}'))).toBe(
      'content/annotations/second-note.md:10:1: Note "second-note" is anchored in component "second-part" and refers to it: a cross-reference must lead to another component (write the component\'s name as plain words)',
    );
  });
});
