import { describe, expect, it } from 'vitest';
import { buildDay } from '../../src/lib/content/values.ts';
import { buildError, buildWith, replacing } from './content-edits.ts';

/*
 * Ids, dates and letters, checked where they are written (tests/fixtures/content, edited as a
 * careless editor would): every message names file:line:column and says what to do.
 */

const fixture = 'tests/fixtures/content';
/** The day these builds are made on: tests set it, so they pass on any day. */
const today = '2026-06-01';
const onDay = { today };

describe('ids: one pattern, unique per kind', () => {
  it('refuses two attendance groups with one id, naming the first', () => {
    const second = `  - id: leaders\n    label: { fr: "Ministres", en: "Ministers", uk: "Міністри" }\n    text: { fr: "Deux ministres.", en: "Two ministers.", uk: "Двоє міністрів." }\n    sources:\n      - id: a-newspaper\n        evidence:\n          - quote: "deux ministres"\n            translations: { en: "two ministers", uk: "двоє міністрів" }\n\nparticipants:\n`;
    expect(buildError('participants.yml', replacing('\nparticipants:\n', `\n${second}`))).toBe(
      'content/participants.yml:13:9: Duplicate attendance group id "leaders" (first used on line 2): each attendance group needs its own id, as it is its anchor',
    );
  });

  it('refuses two conflicting reports with one id', () => {
    const conflict = (text: string) => {
      const block = text.slice(text.indexOf('  - id: did-it-sign'));
      return `${text}${block}`;
    };
    expect(buildError('participants.yml', conflict)).toMatch(
      /^content\/participants\.yml:\d+:9: Duplicate conflicting reports id "did-it-sign" \(first used on line \d+\): each conflicting reports needs its own id/,
    );
  });

  it('holds every id of the data files to one pattern, component keys included', () => {
    expect(buildError('components.yml', replacing('- second-part', '- Second_Part'))).toBe(
      'content/components.yml:2:3: Component key "Second_Part" must be lowercase letters and digits, words joined by hyphens (e.g. "multinational-force")',
    );
    expect(buildError('components.yml', replacing('- second-part', '- first-part'))).toBe('content/components.yml:2:3: Duplicate component key "first-part" (first used on line 1)');
    expect(buildError('participants.yml', replacing('id: leaders', 'id: Leaders'))).toBe(
      'content/participants.yml:2:9: Attendance group 1 id: must be lowercase letters and digits, words joined by hyphens (e.g. "multinational-force")',
    );
    expect(buildError('timeline.yml', replacing('id: 2025-03-02-first-event', 'id: 2025 03 02 first event'))).toBe(
      'content/timeline.yml:13:7: Event "2025 03 02 first event" id: must be lowercase letters and digits, words joined by hyphens (e.g. "multinational-force")',
    );
  });
});

describe('dates that make sense', () => {
  it('refuses an event, a change, a source, an instrument or a reading dated after the day of the build', () => {
    const after = 'after the day of this build (2026-06-01): nothing in the edition can have happened yet; check the year and the month';
    expect(buildError('timeline.yml', replacing('date: 2026-01-06', 'date: 2031-01-06'), fixture, onDay)).toBe(
      `content/timeline.yml:2:9: Event "2026-01-06-second-event" is dated 2031-01-06, ${after}`,
    );
    expect(buildError('changelog.yml', replacing('date: 2026-03-01', 'date: 2031-03-01'), fixture, onDay)).toBe(
      `content/changelog.yml:11:9: Change "2026-03-01-new-source" is dated 2031-03-01, ${after}`,
    );
    expect(buildError('sources.yml', replacing('date: 2026-01-06', 'date: 2031-01-06'), fixture, onDay)).toBe(
      `content/sources.yml:5:9: Source "official-text" is dated 2031-01-06, ${after}`,
    );
    expect(buildError('instruments.yml', replacing(/date: \S+/, 'date: 2031-01-06'), fixture, onDay)).toMatch(
      new RegExp(`^content/instruments\\.yml:\\d+:9: Instrument "a-treaty" is dated 2031-01-06, ${after.replace(/[()]/g, '\\$&')}$`),
    );
    expect(buildError('timeline.yml', replacing('read: 2026-05-30', 'read: 2031-01-06'), fixture, onDay)).toBe(
      `content/timeline.yml:10:17: A passage of "official-text" is read: dated 2031-01-06, ${after}`,
    );
  });

  it('records when and where a passage was read, as a real day and an absolute address', () => {
    const reading = (fields: string) => replacing('read: 2026-05-30', fields);
    expect(() => buildWith(fixture, { 'timeline.yml': reading('read: 2026-05-30\n          readIn: https://example.org/copy') }, onDay)).not.toThrow();
    expect(buildError('timeline.yml', reading('read: 2026-05-32'), fixture, onDay)).toBe(
      'content/timeline.yml:10:17: Citation evidence.0.read: must be a real date written YYYY-MM-DD (e.g. 2026-01-06)',
    );
    expect(buildError('timeline.yml', reading('read: 2026-05-30\n          readIn: example.org/copy'), fixture, onDay)).toBe(
      'content/timeline.yml:11:19: Citation evidence.0.readIn: must be an absolute address starting with https:// (e.g. https://example.org/page)',
    );
  });

  it('refuses a quote without the day it was read, in a note, a data file and a key fact alike', () => {
    const undated = (file: string) => `Quote from "${file}" has no reading date: add "read: YYYY-MM-DD", the day you read these words on the cited page (and "readIn: <the copy's URL>" if you read them in another copy); a quote you cannot find again is left out (see README, Evidence)`;
    expect(buildError('timeline.yml', replacing('\n          read: 2026-05-30', ''), fixture, onDay)).toBe(`content/timeline.yml:9:19: ${undated('official-text')}`);
    expect(buildError('annotations/intro-note.md', replacing(', read: 2026-05-30', ''), fixture, onDay)).toBe(`content/annotations/intro-note.md:4:45: ${undated('a-newspaper')}`);
    expect(buildError('key-facts/second-part.yml', replacing('\n          read: 2026-05-30', ''), fixture, onDay)).toBe(`content/key-facts/second-part.yml:7:19: ${undated('official-text')}`);
  });

  it('accepts today, and takes the build’s day from the clock when no day is given', () => {
    expect(() => buildWith(fixture, { 'timeline.yml': replacing('date: 2026-01-06', `date: ${today}`) }, onDay)).toThrow(/its id says 2026-01-06/);
    expect(() => buildWith(fixture, { 'changelog.yml': replacing('date: 2026-03-01', `date: ${today}`) }, onDay)).not.toThrow();
    // The latest calendar day anywhere: at 23:00 UTC it is already the next day in Kyiv and Auckland.
    expect(buildDay(new Date('2026-12-07T23:00:00Z'))).toBe('2026-12-08');
    expect(buildDay(new Date('2026-12-07T09:00:00Z'))).toBe('2026-12-07');
  });

  it('refuses an event whose id carries another date than its own', () => {
    expect(buildError('timeline.yml', replacing('date: 2026-01-06', 'date: 2026-01-07'), fixture, onDay)).toBe(
      'content/timeline.yml:2:9: Event "2026-01-06-second-event" is dated 2026-01-07, but its id says 2026-01-06: correct the date (the id is published and stays), or, if the id is wrong, retire it (README, "Retiring an id")',
    );
  });
});

describe('letters: one alphabet a word, one Ukrainian apostrophe', () => {
  it('refuses a word mixing Latin and Cyrillic letters, at the stray letter', () => {
    // "Перший" with a Latin "e" (U+0065) in place of the Cyrillic "е".
    expect(buildError('declaration/uk.md', replacing('Перший текст.', 'Пeрший текст.'))).toBe(
      'content/declaration/uk.md:16:2: The word "Пeрший" mixes Cyrillic and Latin letters ("e" is Latin): it looks right but search cannot find it; retype it in one alphabet, or, if the mixed form is intended, add it to content/mixed-script-words.yml',
    );
    // A Cyrillic "о" (U+043E) in an English note.
    expect(buildError('annotations/second-note.md', replacing('See also', 'See alsо'))).toMatch(/^content\/annotations\/second-note\.md:14:8: The word "alsо" mixes Latin and Cyrillic letters \("о" is Cyrillic\)/);
    // In YAML data too.
    expect(buildError('participants.yml', replacing('uk: "Лідери"', 'uk: "Лiдери"'))).toMatch(/^content\/participants\.yml:3:53: The word "Лiдери" mixes Cyrillic and Latin letters/);
  });

  it('accepts a mixed form listed in content/mixed-script-words.yml', () => {
    expect(() => buildWith(fixture, { 'declaration/uk.md': replacing('Перший текст.', 'Пeрший текст.'), 'mixed-script-words.yml': () => '- Пeрший\n' })).not.toThrow();
  });

  it('refuses an allow-list that is not a list of words', () => {
    expect(buildError('mixed-script-words.yml', () => '- two words\n')).toBe(
      'content/mixed-script-words.yml:1:1: Expected a list of words, one a line (- word), each letters only: the words that truly mix alphabets',
    );
  });

  it('refuses another apostrophe than ’ in Ukrainian words, but keeps a verbatim quote as its source wrote it', () => {
    expect(buildError('participants.yml', replacing('Зобов’язується', "Зобов'язується"))).toBe(
      "content/participants.yml:18:60: Ukrainian words take the apostrophe ’ (U+2019), used throughout the edition: \"Зобов'язується\" has a straight apostrophe ' (U+0027); write \"Зобов’язується\" (a verbatim quote, under quote:, keeps its source's own form)",
    );
    expect(buildError('participants.yml', replacing('Зобов’язується', 'Зобовʼязується'))).toMatch(/has the modifier letter apostrophe ʼ \(U\+02BC\)/);
    expect(() => buildWith(fixture, { 'annotations/second-note.md': replacing('quote: "Вона коротша."', 'quote: "Вона зобовʼязана."') })).not.toThrow();
  });

  it('reads every file as NFC: a decomposed file builds the same edition', () => {
    const nfd = buildWith(fixture, { 'declaration/fr.md': (text) => text.normalize('NFD'), 'participants.yml': (text) => text.normalize('NFD') });
    const nfc = buildWith(fixture, {});
    expect(nfd.texts.fr.components).toEqual(nfc.texts.fr.components);
    expect(nfd.context.participants).toEqual(nfc.context.participants);
  });
});
