import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { buildError } from './content-edits.ts';

const fixture = 'tests/fixtures/content';

describe('the edition model', () => {
  const edition = buildEdition(fixture, 'tests/fixtures');

  it('numbers notes in reading order and places each in its block', () => {
    expect(edition.texts.en.notes.map(({ id, number, place, anchorText }) => ({ id, number, place, anchorText }))).toEqual([
      { id: 'intro-note', number: 1, place: 'introduction', anchorText: 'the components' },
      { id: 'second-note', number: 2, place: 'second-part', anchorText: 'text' },
    ]);
  });

  it('computes references and backlinks from the notes’ cross-references', () => {
    const [first, second] = edition.texts.fr.components;
    expect(second!.references).toEqual(['first-part']);
    expect(first!.referencedBy).toEqual([{ noteId: 'second-note', place: 'second-part' }]);
    expect(edition.texts.fr.notes[1]!.html).toBe(
      '<p>Voir aussi la <a href="/fr/texte/#first-part" class="cross-reference" data-ref="first-part">composante\u00a01 (Première)</a>.</p>',
    );
  });

  it('reads the bibliography, with dates and supplied titles', () => {
    expect(edition.sources).toEqual([
      { id: 'official-text', type: 'official-text', title: 'The official text', descriptiveTitle: false, publisher: 'An official website', url: 'https://example.org/official', date: '2026-01-06', language: 'en' },
      { id: 'a-newspaper', type: 'news-report', title: 'A report', descriptiveTitle: true, publisher: 'A newspaper', url: 'https://example.org/report', language: 'fr' },
    ]);
  });
});

describe('content errors stop the build with file and line', () => {
  it('a note without its short title, or with one too long to fit the margin', () => {
    expect(buildError('annotations/intro-note.md', (text) => text.replace(/^title: .*\n/m, ''))).toBe(
      'content/annotations/intro-note.md:2:1: Annotation "intro-note": title: a note needs a short title in every language, e.g. title: { fr: "…", en: "…", uk: "…" } ("US signature: reports conflict")',
    );
    expect(buildError('annotations/intro-note.md', (text) => text.replace('uk: "Вступна примітка" }', 'uk: "" }'))).toBe(
      'content/annotations/intro-note.md:5:74: Annotation "intro-note": title.uk: needs the note\'s short title in uk',
    );
    expect(buildError('annotations/intro-note.md', (text) => text.replace('en: "An introduction note"', `en: "${'A very long title '.repeat(5)}"`))).toBe(
      'content/annotations/intro-note.md:5:46: Annotation "intro-note": title.en: keep a note\'s title to 80 characters or fewer: it names the note in the margin, the search results and the notes list',
    );
  });

  it('an annotation anchored in one language only', () => {
    expect(buildError('declaration/en.md', (text) => text.replace(':note[text]{#second-note}', 'text'))).toBe(
      'content/annotations/second-note.md:13:1: Annotation "second-note" is not anchored in content/declaration/en.md: wrap the words it comments in :note[…]{#second-note}',
    );
  });

  it('an annotation without text in one language', () => {
    expect(buildError('annotations/intro-note.md', (text) => text.replace(/:::en[\s\S]*?:::\n/, ''))).toMatch(
      /^content\/annotations\/intro-note\.md:\d+:1: Annotation "intro-note" has no :::en text$/,
    );
  });

  it('a note without its Ukrainian text', () => {
    expect(buildError('annotations/second-note.md', (text) => text.replace(/\n:::uk[\s\S]*?:::\n/, ''))).toMatch(
      /^content\/annotations\/second-note\.md:\d+:1: Annotation "second-note" has no :::uk text$/,
    );
  });

  it('a component missing in one language', () => {
    expect(buildError('declaration/en.md', (text) => text.replace(/:::component\{#second-part[\s\S]*?\n:::\n/, ''))).toMatch(
      /^content\/declaration\/en\.md:\d+:1: Component "second-part" is missing/,
    );
  });

  it('a component key that differs between languages', () => {
    expect(buildError('declaration/en.md', (text) => text.replace('#second-part', '#second-parts'))).toBe(
      'content/declaration/en.md:19:1: Unknown component key "second-parts" (known: first-part, second-part)',
    );
  });

  it('an anchor to an annotation that does not exist', () => {
    expect(buildError('declaration/fr.md', (text) => text.replace('#intro-note', '#intro-notes'))).toBe(
      'content/declaration/fr.md:13:7: Unknown annotation "intro-notes": there is no content/annotations/intro-notes.md',
    );
  });

  it('an annotation pointing to no text', () => {
    expect(buildError('declaration/fr.md', (text) => text.replace(':note[les composantes]', ':note[]'))).toBe(
      'content/declaration/fr.md:13:7: Note "intro-note" points to no text: put the annotated words in the brackets',
    );
  });

  it('an unknown source id, on the line that cites it', () => {
    expect(buildError('annotations/second-note.md', (text) => text.replace('{ id: a-newspaper', '{ id: a-magazine'))).toBe(
      'content/annotations/second-note.md:5:11: Unknown source "a-magazine": add it to content/sources.yml',
    );
  });

  it('an annotation without a source', () => {
    expect(buildError('annotations/intro-note.md', (text) => text.replace(/sources:\n.*/, 'sources: []'))).toBe(
      'content/annotations/intro-note.md:3:1: Annotation "intro-note": sources: an annotation needs at least one source',
    );
  });

  it('an unknown kind of annotation', () => {
    expect(buildError('annotations/intro-note.md', (text) => text.replace('kind: context', 'kind: opinion'))).toMatch(
      /^content\/annotations\/intro-note\.md:2:7: Annotation "intro-note": kind: /,
    );
  });

  it('a cross-reference to an unknown component', () => {
    expect(buildError('annotations/second-note.md', (text) => text.replace('Voir aussi la :ref{to=first-part}', 'Voir :ref{to=third-part}'))).toBe(
      'content/annotations/second-note.md:10:6: Cross-reference to unknown component "third-part" (known: first-part, second-part)',
    );
  });

  it('a duplicate source id', () => {
    expect(buildError('sources.yml', (text) => text.replace('id: a-newspaper', 'id: official-text'))).toBe(
      'content/sources.yml:8:1: Duplicate source id "official-text"',
    );
  });

  it('a source without a usable URL', () => {
    expect(buildError('sources.yml', (text) => text.replace('https://example.org/report', 'example.org/report'))).toMatch(
      /^content\/sources\.yml:12:1: Source url: /,
    );
  });

  it('a translation that does not align paragraph by paragraph', () => {
    expect(buildError('declaration/en.md', (text) => text.replace('First text.', 'First text.\n\nAn extra paragraph.'))).toBe(
      'content/declaration/en.md:18:1: "first-part" has 2 paragraph(s) here but 1 in content/declaration/fr.md:16: translations must align paragraph by paragraph',
    );
  });

  it('a Ukrainian translation that does not align, or misses an anchor', () => {
    expect(buildError('declaration/uk.md', (text) => text.replace('Другий', 'Другий абзац.\n\nІ ще'))).toBe(
      'content/declaration/uk.md:22:1: "second-part" has 2 paragraph(s) here but 1 in content/declaration/fr.md:20: translations must align paragraph by paragraph',
    );
    expect(buildError('declaration/uk.md', (text) => text.replace(':note[складовими]{#intro-note}', 'складовими'))).toBe(
      'content/annotations/intro-note.md:16:1: Annotation "intro-note" is not anchored in content/declaration/uk.md: wrap the words it comments in :note[…]{#intro-note}',
    );
  });

  it('an overview entry without its Ukrainian lead', () => {
    expect(buildError('overview.yml', (text) => text.replace('    uk: "Коаліція"\n', ''))).toMatch(/^content\/overview\.yml:\d+:1: first-part\.lead\.uk: /);
  });

  it('an overview entry for a component that does not exist, or a missing one', () => {
    expect(buildError('overview.yml', (text) => text.replace('second-part:', 'third-part:'))).toBe(
      'content/overview.yml:8:1: Unknown component key "third-part" (known: first-part, second-part)',
    );
    expect(buildError('overview.yml', (text) => text.replace('activation: now', 'activation: someday'))).toMatch(
      /^content\/overview\.yml:2:1: first-part\.activation: /,
    );
  });

  it('raw HTML in a note', () => {
    expect(buildError('annotations/intro-note.md', (text) => text.replace('Une note d’introduction.', 'Une <script>alert(1)</script> note.'))).toMatch(
      /^content\/annotations\/intro-note\.md:9:5: Raw HTML is not allowed in content/,
    );
  });
});
