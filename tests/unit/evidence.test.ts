import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/lib/content/citations.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { buildError, buildWith, replacing } from './content-edits.ts';
import { readingsBySource } from '../../src/lib/site/source-passages.ts';

const fixture = 'tests/fixtures/content';
const intro = 'annotations/intro-note.md';
const second = 'annotations/second-note.md';

/** The fixture's notes write citations in flow style; these tests edit them in block style, as editors write. */
const introFrontMatter = `kind: context
sources:
  - id: a-newspaper
    evidence:
      - quote: "Les composantes sont au nombre de deux."
        read: 2026-05-30
        translations:
          en: "There are two components."
          uk: "Складових дві."`;
const secondFrontMatter = `kind: divergence
sources:
  - id: official-text
    evidence:
      - quote: "The second part says more."
        read: 2026-05-30
        locator: { fr: "partie 2", en: "part 2", uk: "частина 2" }
        translations:
          fr: "La seconde partie en dit plus."
          uk: "Друга частина каже більше."
  - id: a-newspaper
    evidence:
      - quote: "Вона коротша."
        lang: uk
        translations: { fr: "Elle est plus courte.", en: "It is shorter." }
        read: 2026-05-30`;

const noteTitle = 'title: { fr: "Un titre", en: "A title", uk: "Назва" }';

/** Replaces a note's front matter with `frontMatter`, edited. */
function frontMatter(base: string, edit: (text: string) => string = (text) => text): (text: string) => string {
  // The note's title goes last, so that the lines these tests point at stay where they are.
  return (text) => text.replace(/^---\n[\s\S]*?\n---\n/, `---\n${edit(base)}\n${noteTitle}\n---\n`);
}

describe('citations with evidence', () => {
  const edition = buildEdition(fixture, 'tests/fixtures');

  it('reach the model with each quote’s language, locator and our translations', () => {
    const note = edition.texts.fr.notes.find((candidate) => candidate.id === 'second-note')!;
    expect(note.sources).toEqual(['official-text', 'a-newspaper']);
    expect(note.citations).toEqual([
      {
        source: 'official-text',
        evidence: [
          { quote: 'The second part says more.', lang: 'en', locator: { fr: 'partie 2', en: 'part 2', uk: 'частина\u00a02' }, translations: { fr: 'La seconde partie en dit plus.', uk: 'Друга частина каже більше.' }, read: '2026-05-30' },
        ],
      },
      {
        source: 'a-newspaper',
        evidence: [
          { quote: 'La seconde partie est plus courte.', lang: 'fr', translations: { en: 'The second part is shorter.', uk: 'Друга частина коротша.' }, read: '2026-05-30' },
          { quote: 'Вона коротша.', lang: 'uk', translations: { fr: 'Elle est plus courte.', en: 'It is shorter.' }, read: '2026-05-30' },
        ],
      },
    ]);
    expect(note.contested).toBe(false);
  });

  it('read block style as well as flow style', () => {
    const edited = buildWith(fixture, { [intro]: frontMatter(introFrontMatter), [second]: frontMatter(secondFrontMatter) });
    expect(edited.texts.en.notes[1]!.citations[1]!.evidence).toEqual([{ quote: 'Вона коротша.', lang: 'uk', translations: { fr: 'Elle est plus courte.', en: 'It is shorter.' }, read: '2026-05-30' }]);
  });

  it('say when each source was read, and in which copy, over every claim citing it (notes, context data, key facts)', () => {
    const edited = buildWith(fixture, { 'timeline.yml': replacing('read: 2026-05-30', 'read: 2026-05-29\n          readIn: https://example.org/copy') });
    const readings = readingsBySource(edited.texts.en.notes, edited.context, edited.keyFacts);
    expect(readings.get('official-text')).toEqual({ days: ['2026-05-29', '2026-05-30'], copies: ['https://example.org/copy'] });
    expect(readings.get('a-newspaper')).toEqual({ days: ['2026-05-30'], copies: [] });
  });

  it('count words as readers do (a cut … is not a word)', () => {
    expect(countWords('we have planned, … to ensure – that')).toBe(6);
  });
});

describe('evidence errors stop the build at the line and column, in words an editor understands', () => {
  it('a citation without evidence (the old list of ids)', () => {
    expect(buildError(intro, frontMatter('kind: context\nsources:\n  - a-newspaper'))).toBe(
      'content/annotations/intro-note.md:4:5: Citation of "a-newspaper" has no evidence: write "- id: a-newspaper" with an "evidence:" list of quotes from it (see README, Evidence)',
    );
  });

  it('a citation with an empty evidence list', () => {
    expect(buildError(intro, frontMatter('kind: context\nsources:\n  - id: a-newspaper\n    evidence: []'))).toBe(
      'content/annotations/intro-note.md:5:1: Citation of "a-newspaper" has no evidence: add at least one quote from the source under "evidence:"',
    );
  });

  it('a quote longer than the rules allow', () => {
    const long = Array.from({ length: 26 }, (_, index) => `mot${index}`).join(' ');
    expect(buildError(intro, frontMatter(introFrontMatter, replacing('Les composantes sont au nombre de deux.', long)))).toBe(
      'content/annotations/intro-note.md:6:17: Quote from "a-newspaper" has 26 words: keep quotes to 25 words or fewer (cut with …)',
    );
  });

  it('a quote without our translation into an edition language', () => {
    expect(buildError(intro, frontMatter(introFrontMatter, replacing(/\n {10}en: .*/, '')))).toBe(
      'content/annotations/intro-note.md:8:1: Quote from "a-newspaper" is in fr: add our translation into en under "translations:"',
    );
    expect(buildError(second, frontMatter(secondFrontMatter, replacing('{ fr: "Elle est plus courte.", en: "It is shorter." }', '{ fr: "Elle est plus courte." }')))).toBe(
      'content/annotations/second-note.md:16:1: Quote from "a-newspaper" is in uk: add our translation into en under "translations:"',
    );
  });

  it('a translation into the quote’s own language, or into a language the edition does not have', () => {
    expect(buildError(intro, frontMatter(introFrontMatter, (text) => `${text}\n          fr: "Deux."`))).toBe(
      'content/annotations/intro-note.md:11:16: Quote from "a-newspaper" is already in fr: remove its translation into fr',
    );
    expect(buildError(intro, frontMatter(introFrontMatter, (text) => `${text}\n          de: "Zwei."`))).toBe(
      'content/annotations/intro-note.md:11:16: "de" is not a language of the edition (fr, en, uk): translations are given in those',
    );
  });

  it('a locator missing a language', () => {
    expect(buildError(second, frontMatter(secondFrontMatter, replacing('locator: { fr: "partie 2", en: "part 2", uk: "частина 2" }', 'locator: { fr: "partie 2", uk: "частина 2" }')))).toBe(
      'content/annotations/second-note.md:8:1: The locator of a quote from "official-text" has no en: give it in every language (fr, en, uk)',
    );
  });

  it('an unknown source, a source cited twice, a misspelt field', () => {
    expect(buildError(second, frontMatter(secondFrontMatter, replacing('  - id: a-newspaper', '  - id: a-magazine')))).toBe(
      'content/annotations/second-note.md:12:9: Unknown source "a-magazine": add it to content/sources.yml',
    );
    expect(buildError(second, frontMatter(secondFrontMatter, replacing('  - id: a-newspaper', '  - id: official-text')))).toBe(
      'content/annotations/second-note.md:12:9: Source "official-text" is cited twice (first on line 4): cite it once, with all its evidence',
    );
    expect(buildError(intro, frontMatter(introFrontMatter, replacing('- quote:', '- qoute:')))).toBe(
      'content/annotations/intro-note.md:6:1: Citation evidence.0: unknown field "qoute" (known: quote, lang, locator, translations, read, readIn)',
    );
  });

  it('a fact-check without our verdict', () => {
    expect(buildError(intro, frontMatter(introFrontMatter, replacing('kind: context', 'kind: fact-check')))).toBe(
      'content/annotations/intro-note.md:2:1: Note "intro-note" is a fact-check: give our verdict in every language, e.g. rating: { fr: "…", en: "…", uk: "…" }',
    );
  });

  it('a source without a type, or with an unknown one', () => {
    expect(buildError('sources.yml', replacing('  type: news-report\n', ''))).toBe(
      'content/sources.yml:8:1: Source type: every source needs a type, one of official-text, government-statement, news-report, analysis, aggregator, state-affiliated',
    );
    expect(buildError('sources.yml', replacing('type: news-report', 'type: blog'))).toMatch(/^content\/sources\.yml:14:1: Source type: /);
  });
});

describe('the contested-facts rule (content/editorial-rules.yml)', () => {
  const newspaperIsAggregator = replacing('type: news-report', 'type: aggregator');
  const citesNewspaperOnly = (kind: string) =>
    frontMatter(`kind: ${kind}\nsources:\n  - id: a-newspaper\n    evidence:\n      - quote: "Un résumé."\n        translations: { en: "A summary.", uk: "Підсумок." }\n        read: 2026-05-30`);

  it('refuses a note of a contested kind that rests only on weak sources', () => {
    expect(() => buildWith(fixture, { 'sources.yml': newspaperIsAggregator, [second]: citesNewspaperOnly('divergence') })).toThrow(
      'content/annotations/second-note.md:2:1: Note "second-note" is a divergence note, a contested kind but rests only on weak sources (aggregator, state-affiliated): cite at least one source of another type (see content/editorial-rules.yml)',
    );
  });

  it('refuses a note marked contested, whatever its kind', () => {
    expect(() => buildWith(fixture, { 'sources.yml': newspaperIsAggregator, [intro]: citesNewspaperOnly('context\ncontested: true') })).toThrow(
      'content/annotations/intro-note.md:3:1: Note "intro-note" is marked contested but rests only on weak sources (aggregator, state-affiliated): cite at least one source of another type (see content/editorial-rules.yml)',
    );
  });

  it('accepts a weak source beside a strong one, and a weak source alone for an uncontested note', () => {
    const edition = buildWith(fixture, { 'sources.yml': newspaperIsAggregator });
    expect(edition.texts.en.notes.map((note) => note.sources)).toEqual([['a-newspaper'], ['official-text', 'a-newspaper']]);
  });

  it('follows the rules file: a kind no longer contested, and mistakes in the file itself', () => {
    const edition = buildWith(fixture, {
      'sources.yml': newspaperIsAggregator,
      'editorial-rules.yml': replacing('[fact-check, divergence]', '[fact-check]'),
      [second]: citesNewspaperOnly('divergence'),
      [intro]: frontMatter('kind: context\nsources:\n  - id: official-text\n    evidence:\n      - quote: "One."\n        translations: { fr: "Un.", uk: "Один." }\n        read: 2026-05-30'),
    });
    expect(edition.texts.fr.notes.map((note) => note.sources)).toEqual([['official-text'], ['a-newspaper']]);
    expect(buildError('editorial-rules.yml', replacing('[aggregator, state-affiliated]', '[aggregator, blog]'))).toMatch(
      /^content\/editorial-rules\.yml:9:31: Editorial rules: weakSourceTypes\.1: must be a type of source: official-text, /,
    );
    expect(buildError('editorial-rules.yml', replacing('[fact-check, divergence]', '[fact-check, opinion]'))).toMatch(
      /^content\/editorial-rules\.yml:\d+:\d+: Editorial rules: contestedKinds\.1: must be a kind of note: context, /,
    );
  });
});
