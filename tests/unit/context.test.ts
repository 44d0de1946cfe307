import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { contextSourceIds } from '../../src/lib/content/context.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages } from '../../src/lib/model.ts';
import { comparisonCsv, comparisonCsvColumns, comparisonJson } from '../../src/lib/sharing/comparison-export.ts';
import { buildError, buildWith } from './content-edits.ts';

/*
 * The edition's context (content/instruments.yml, content/comparison/<key>.yml,
 * content/participants.yml, content/timeline.yml, in tests/fixtures/content): read into the
 * model, and every kind of mistake refused with file:line:column and a sentence an editor understands.
 */

const fixture = 'tests/fixtures/content';
const build = () => buildEdition(fixture, 'tests/fixtures');

describe('the context model', () => {
  it('reads instruments, cells, participants, conflicting reports and events', () => {
    const { context } = build();
    expect(context.instruments.map((instrument) => [instrument.id, instrument.parties])).toEqual([
      ['a-treaty', ['FR', 'GB', 'nato']],
      ['a-memorandum', ['UA', 'RU']],
    ]);
    expect(context.comparison.map((cell) => [cell.component, cell.instrument, cell.level])).toEqual([
      ['first-part', 'a-treaty', 'obligation-to-act'],
      ['first-part', 'a-memorandum', 'silent'],
    ]);
    // A level rests on words of the cell's evidence, attributed to the source that gives them.
    expect(context.comparison[0]!.levelEvidence).toEqual({ quote: 'shall be an attack against all', source: 'official-text', lang: 'en' });
    // A quote is attributed to the source whose evidence holds it, in that source's language.
    expect(context.comparison[0]!.quote).toEqual({ text: 'an attack against all', lang: 'en', source: 'official-text' });
    expect(context.comparison[0]!.sources[0]!.evidence[0]!.translations.fr).toBe('une attaque contre l’un est une attaque contre tous');
    expect(context.attendance[0]!.parties).toEqual(['FR', 'GB']);
    expect(context.participants[0]!.positions[0]!.components).toEqual(['first-part']);
    expect(context.conflicts[0]!.sides).toHaveLength(2);
  });

  it('puts the timeline in date order', () => {
    expect(build().context.timeline.map((event) => event.id)).toEqual(['2025-03-02-first-event', '2026-01-06-second-event']);
  });

  it('counts every source the context cites, copies of texts included', () => {
    expect([...contextSourceIds(build().context)].sort()).toEqual(['a-newspaper', 'official-text']);
  });

  it('is empty, not an error, for an edition without context files', () => {
    const none = () => null;
    const edition = buildWith(fixture, {
      'instruments.yml': none,
      'comparison/first-part.yml': none,
      'comparison/declaration.yml': none,
      'participants.yml': none,
      'timeline.yml': none,
    });
    expect(edition.context).toEqual({ instruments: [], comparison: [], declarationLevels: [], attendance: [], participants: [], conflicts: [], timeline: [] });
  });
});

describe('context content errors', () => {
  it('names an unknown instrument in a cell, at its line and column', () => {
    expect(buildError('comparison/first-part.yml', (text) => text.replace('instrument: a-memorandum', 'instrument: a-memorandom'))).toBe(
      'content/comparison/first-part.yml:14:15: Unknown instrument "a-memorandom" (known: a-treaty, a-memorandum): add it to content/instruments.yml',
    );
  });

  it('refuses a comparison file named after no component', () => {
    expect(buildError('comparison/third-part.yml', () => '[]')).toBe(
      'content/comparison/third-part.yml:1:1: Unknown component "third-part": name a comparison file after a component key (known: first-part, second-part)',
    );
  });

  it('refuses an unknown component key in the timeline and in the participants', () => {
    expect(buildError('timeline.yml', (text) => text.replace('components: [first-part, second-part]', 'components: [first-part, secnd-part]'))).toMatch(
      /^content\/timeline\.yml:3:\d+: Unknown component key "secnd-part" \(known: first-part, second-part\)$/,
    );
    expect(buildError('participants.yml', (text) => text.replace('components: [first-part]', 'components: [frist-part]'))).toMatch(
      /^content\/participants\.yml:17:\d+: Unknown component key "frist-part"/,
    );
  });

  it('lists the people a party names, declined or not, and refuses a person its texts do not name', () => {
    const starmer = (text: string) =>
      text
        .replace('  - code: GB\n', '  - code: GB\n    people:\n      - { fr: "Keir Starmer", en: "Keir Starmer", uk: "Кір Стармер" }\n')
        .replace('text: { fr: "S’engage.", en: "Commits.", uk: "Зобов’язується." }', 'text: { fr: "S’engage, selon Keir Starmer.", en: "Commits, Keir Starmer said.", uk: "Зобов’язується, за словами Кіра Стармера." }');
    expect(buildWith(fixture, { 'participants.yml': starmer }).context.participants[0]!.people).toEqual([{ fr: 'Keir Starmer', en: 'Keir Starmer', uk: 'Кір Стармер' }]);
    expect(buildError('participants.yml', (text) => starmer(text).replace('uk: "Кір Стармер"', 'uk: "Джо Байден"'))).toBe(
      'content/participants.yml:16:56: Participant "GB": "Джо Байден" (uk) is named in none of its uk texts: list only the people its texts name, as they write them',
    );
    expect(buildError('participants.yml', (text) => text.replace('    parties: [FR, GB]\n', '    parties: [FR, GB]\n    people:\n      - { fr: "Emmanuel Macron", en: "Emmanuel Macron", uk: "Емманюель Макрон" }\n'))).toMatch(
      /^content\/participants\.yml:6:\d+: Attendance group "leaders": "Emmanuel Macron" \(fr\) is named in none of its fr texts/,
    );
  });

  it('refuses a paraphrase missing a language', () => {
    expect(buildError('comparison/first-part.yml', (text) => text.replace(' en: "An attack against all.",', ''))).toBe(
      `content/comparison/first-part.yml:3:1: Cell "first-part" × "a-treaty" paraphrase.en: The paraphrase has no en text: every language of the edition (${languages.join(', ')}) needs one`,
    );
  });

  it('refuses a cell without a source, and a citation without evidence', () => {
    expect(
      buildError('comparison/first-part.yml', (text) => text.replace(/(paraphrase: \{ fr: "Hors[^\n]*\n)  sources:\n    - id: a-newspaper\n      evidence:\n        - quote: "des assurances, pas des garanties"\n          read: [^\n]*\n          translations: [^\n]*\n/, '$1')),
    ).toBe(
      'content/comparison/first-part.yml:14:1: Cell "first-part" × "a-memorandum" sources: needs at least one source: sources: [{ id, evidence: [{ quote: "…" }] }]',
    );
    // Citations are read by the notes' parser (citations.ts): same rules, same messages.
    expect(buildError('timeline.yml', (text) => text.replace(/- id: a-newspaper\n      evidence:\n        - quote: "le premier"\n          read: [^\n]*\n          translations: [^\n]*/, '- id: a-newspaper'))).toMatch(
      /^content\/timeline\.yml:18:11: Citation of "a-newspaper" has no evidence: add at least one quote from the source under "evidence:"$/,
    );
  });

  it('refuses an unknown source id', () => {
    expect(buildError('instruments.yml', (text) => text.replace('- id: official-text', '- id: oficial-text'))).toBe(
      'content/instruments.yml:10:11: Unknown source "oficial-text": add it to content/sources.yml',
    );
  });

  it('refuses a quote of an instrument that its sources do not give, or that is too long', () => {
    expect(buildError('comparison/first-part.yml', (text) => text.replace('quote: "an attack against all"', 'quote: "an attack upon all"'))).toBe(
      'content/comparison/first-part.yml:2:11: Cell "first-part" × "a-treaty": the quote is not in the evidence of its sources: quote words that one of them gives, verbatim',
    );
    const long = Array.from({ length: 26 }, () => 'word').join(' ');
    expect(buildError('comparison/first-part.yml', (text) => text.replace('quote: "an attack against all"', `quote: "${long}"`))).toMatch(
      /^content\/comparison\/first-part\.yml:2:\d+: Cell "first-part" × "a-treaty" quote: a quote of an instrument is at most 25 words/,
    );
  });

  it('refuses evidence longer than the editorial rules allow, and a quote without our translation', () => {
    const long = Array.from({ length: 26 }, () => 'word').join(' ');
    expect(buildError('timeline.yml', (text) => text.replace('quote: "the second"', `quote: "${long}"`))).toMatch(
      /^content\/timeline\.yml:9:\d+: Quote from "official-text" has 26 words: keep quotes to 25 words or fewer/,
    );
    expect(buildError('timeline.yml', (text) => text.replace('translations: { fr: "le second", uk: "друга" }', 'translations: { uk: "друга" }'))).toBe(
      'content/timeline.yml:11:1: Quote from "official-text" is in en: add our translation into fr under "translations:"',
    );
  });

  it('refuses an unknown party code', () => {
    expect(buildError('instruments.yml', (text) => text.replace('parties: [UA, RU]', 'parties: [UA, XX]'))).toBe(
      'content/instruments.yml:20:17: Instrument "a-memorandum": unknown party "XX": use an ISO 3166-1 alpha-2 country code in capitals (FR, GB, US…) or one of eu, nato, g7, osce, un',
    );
  });

  it('refuses duplicate ids and a second cell for the same instrument', () => {
    expect(buildError('instruments.yml', (text) => text.replace('id: a-memorandum', 'id: a-treaty'))).toBe(
      'content/instruments.yml:16:7: Duplicate instrument id "a-treaty" (first used on line 1): each instrument needs its own id, as it is its anchor',
    );
    expect(buildError('comparison/first-part.yml', (text) => text.replace('instrument: a-memorandum', 'instrument: a-treaty'))).toBe(
      'content/comparison/first-part.yml:14:15: Instrument "a-treaty" has a second cell for "first-part": merge the two',
    );
    expect(buildError('timeline.yml', (text) => text.replace('id: 2025-03-02-first-event', 'id: 2026-01-06-second-event'))).toBe(
      'content/timeline.yml:13:7: Duplicate event id "2026-01-06-second-event" (first used on line 1): each event needs its own id, as it is its anchor',
    );
  });

  it('refuses a date that is not a real date', () => {
    expect(buildError('timeline.yml', (text) => text.replace('date: 2025-03-02', 'date: 2025-02-30'))).toBe(
      'content/timeline.yml:14:9: Event "2025-03-02-first-event" date: must be a real date written YYYY-MM-DD (e.g. 2026-01-06)',
    );
  });

  it('refuses a cell without a level, an unknown level, and the old status field', () => {
    const levels = 'obligation-to-act, commitment, possible-means, consult, no-commitment, silent, not-established';
    expect(buildError('comparison/first-part.yml', (text) => text.replace('  level: silent\n', ''))).toBe(
      `content/comparison/first-part.yml:14:1: Cell "first-part" × "a-memorandum" level: needs its level, one of ${levels} (README, "Commitment strength")`,
    );
    expect(buildError('comparison/first-part.yml', (text) => text.replace('level: silent', 'level: quiet'))).toBe(
      `content/comparison/first-part.yml:15:10: Cell "first-part" × "a-memorandum" level: must be one of ${levels} (README, "Commitment strength")`,
    );
    expect(buildError('comparison/first-part.yml', (text) => text.replace('level: silent', 'status: silent'))).toBe(
      `content/comparison/first-part.yml:15:11: Cell "first-part" × "a-memorandum": status: is replaced by level: (one of ${levels}) and levelQuote: the words of its evidence that decide it (README, "Commitment strength")`,
    );
  });

  it('refuses a level without the words of its evidence that decide it, or with words its sources do not give', () => {
    expect(buildError('comparison/first-part.yml', (text) => text.replace('  levelQuote: "des assurances"\n', ''))).toBe(
      'content/comparison/first-part.yml:15:10: Cell "first-part" × "a-memorandum": level "silent" needs the words of its evidence that decide it: levelQuote: "…" (words one of its sources\' evidence gives, verbatim)',
    );
    expect(buildError('comparison/first-part.yml', (text) => text.replace('levelQuote: "des assurances"', 'levelQuote: "des garanties solides"'))).toBe(
      'content/comparison/first-part.yml:23:16: Cell "first-part" × "a-memorandum": the levelQuote is not in the evidence of its sources: quote the words that decide the level, verbatim from one of them',
    );
    // "not established" needs none: nothing decides it.
    const edition = buildWith(fixture, { 'comparison/first-part.yml': (text) => text.replace('level: silent', 'level: not-established').replace('  levelQuote: "des assurances"\n', '') });
    expect(edition.context.comparison[1]).toMatchObject({ level: 'not-established' });
    expect(edition.context.comparison[1]!.levelEvidence).toBeUndefined();
  });

  it('refuses an authentic-language quote that its sources do not give in that language', () => {
    expect(buildError('comparison/first-part.yml', (text) => text.replace('  quote: "an attack against all"', '  quote: "an attack against all"\n  authenticQuote: { fr: "une attaque contre tous" }'))).toBe(
      'content/comparison/first-part.yml:3:26: Cell "first-part" × "a-treaty": the authenticQuote in fr is not in the evidence of its sources: quote words that one of them gives in fr, verbatim',
    );
  });
});

describe('the declaration’s own row', () => {
  it('reads the article’s level and the official text’s, each with the words that decide it', () => {
    const [row] = build().context.declarationLevels;
    expect(row).toMatchObject({
      component: 'first-part',
      article: { level: 'commitment', words: 'Premier texte' },
      official: { level: 'consult', evidence: { quote: 'The second part says more', source: 'official-text', lang: 'en' } },
    });
  });

  it('refuses article words that are not in the article’s text of that component', () => {
    expect(buildError('comparison/declaration.yml', (text) => text.replace('words: "Premier texte"', 'words: "Second texte"'))).toBe(
      'content/comparison/declaration.yml:2:41: Declaration row "first-part": the article\'s words are not in its text of component "first-part": quote the words that decide the level, verbatim from content/declaration/fr.md',
    );
  });

  it('refuses an unknown component, a second row for one component, and an official level without its words', () => {
    expect(buildError('comparison/declaration.yml', (text) => text.replace('component: first-part', 'component: frist-part'))).toBe(
      'content/comparison/declaration.yml:1:14: Unknown component key "frist-part" (known: first-part, second-part)',
    );
    expect(buildError('comparison/declaration.yml', (text) => `${text}\n${text}`)).toMatch(/^content\/comparison\/declaration\.yml:12:14: Component "first-part" has a second row: merge the two$/);
    expect(buildError('comparison/declaration.yml', (text) => text.replace(', levelQuote: "The second part says more"', ''))).toBe(
      'content/comparison/declaration.yml:3:22: Declaration row "first-part": level "consult" needs the words of its evidence that decide it: levelQuote: "…" (words one of its sources\' evidence gives, verbatim)',
    );
  });
});

describe('the matrix downloads', () => {
  it('CSV: a header row, then one row per component × instrument, with the cell anchor of each language', () => {
    const edition = build();
    const csv = comparisonCsv(edition);
    // A spreadsheet opens it as UTF-8: it starts with the byte-order mark, which a CSV reader takes off.
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(csv, { columns: true, bom: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual([...comparisonCsvColumns]);
    expect(rows).toHaveLength(edition.componentKeys.length * edition.context.instruments.length);
    expect(rows.map((row) => [row.cell, row.status])).toEqual([
      ['first-part--a-treaty', 'provides'],
      ['first-part--a-memorandum', 'silent'],
      ['second-part--a-treaty', 'not-established'],
      ['second-part--a-memorandum', 'not-established'],
    ]);
    expect(rows[0]).toMatchObject({ quote: 'an attack against all', quote_language: 'en', paraphrase_fr: 'Une attaque contre tous.', source_ids: 'official-text' });
    // Each row carries its level and the words that decide it; the status published before levels keeps its place.
    expect(rows.map((row) => [row.level, row.level_evidence, row.level_evidence_source])).toEqual([
      ['obligation-to-act', 'shall be an attack against all', 'official-text'],
      ['silent', 'des assurances', 'a-newspaper'],
      ['not-established', '', ''],
      ['not-established', '', ''],
    ]);
    expect(comparisonCsvColumns.indexOf('status')).toBe(5);
    expect(rows[0]!.url_fr).toBe('/fr/comparaison/#first-part--a-treaty');
    expect(rows[0]!.url_en).toBe('/en/comparison/#first-part--a-treaty');
  });

  it('JSON: the instruments, then every cell with its status, quote, paraphrases and sources', () => {
    const data = comparisonJson(build());
    expect(data.components).toEqual(['first-part', 'second-part']);
    expect(data.instruments.map((instrument) => [instrument.id, instrument.officialUrl, instrument.textCopy])).toEqual([
      ['a-treaty', 'https://example.org/treaty', null],
      ['a-memorandum', null, 'https://example.org/report'],
    ]);
    expect(data.cells).toHaveLength(4);
    expect(data.cells[0]).toMatchObject({
      id: 'first-part--a-treaty',
      status: 'provides',
      sources: [{ id: 'official-text', url: 'https://example.org/official', evidence: ['an armed attack against one shall be an attack against all'] }],
    });
    expect(data.cells[3]).toMatchObject({ id: 'second-part--a-memorandum', status: 'not-established', paraphrase: null, sources: [] });
    expect(data.cells[0]).toMatchObject({ level: 'obligation-to-act', levelEvidence: { quote: 'shall be an attack against all', source: 'official-text' } });
    expect(data.cells[3]).toMatchObject({ level: 'not-established', levelEvidence: null });
    expect(data.levels[0]).toBe('obligation-to-act');
    expect(data.declaration).toEqual([
      expect.objectContaining({ id: 'first-part--paris-declaration', levelArticle: 'commitment', levelOfficial: 'consult', articleWords: 'Premier texte' }),
    ]);
  });
});
