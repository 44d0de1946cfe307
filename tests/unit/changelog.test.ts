import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { buildError, buildWith, replacing } from './content-edits.ts';

const fixture = 'tests/fixtures/content';

describe('the record of changes (content/changelog.yml)', () => {
  const edition = buildEdition(fixture, 'tests/fixtures');

  it('lists the changes newest first, and the edition’s version is the date of the latest', () => {
    expect(edition.changes.map((change) => [change.date, change.id])).toEqual([
      ['2026-03-01', '2026-03-01-new-source'],
      ['2026-02-01', '2026-02-01-first-fix'],
    ]);
    expect(edition.version).toBe('2026-03-01');
    expect(edition.changes[1]).toEqual({
      id: '2026-02-01-first-fix',
      date: '2026-02-01',
      kind: 'correction',
      touches: ['second-note'],
      summary: { fr: 'Une correction.', en: 'A correction.', uk: 'Виправлення.' },
      retires: {},
    });
  });

  it('keeps the file’s order for the changes of one day', () => {
    const sameDay = buildWith(fixture, { 'changelog.yml': replacing('date: 2026-03-01', 'date: 2026-02-01') });
    expect(sameDay.changes.map((change) => change.id)).toEqual(['2026-02-01-first-fix', '2026-03-01-new-source']);
  });

  it('keeps a source no note cites any more when a change says why (its anchor is published)', () => {
    const uncited = buildWith(fixture, {
      'annotations/intro-note.md': replacing(/ {2}- \{ id: a-newspaper.*/, '  - { id: official-text, evidence: [{ quote: "Two.", read: 2026-05-30, translations: { fr: "Deux.", uk: "Два." } }] }'),
      'annotations/second-note.md': replacing(/\n {2}- \{ id: a-newspaper.*/, ''),
    });
    expect(uncited.sources.map((source) => source.id)).toEqual(['official-text', 'a-newspaper']);
    expect(uncited.texts.fr.notes.flatMap((note) => note.sources)).not.toContain('a-newspaper');
  });
});

describe('changelog errors stop the build at the line, in words an editor understands', () => {
  const changelog = 'changelog.yml';

  it('a date that is not a real day', () => {
    expect(buildError(changelog, replacing('date: 2026-02-01', 'date: 2026-02-30'))).toBe(
      'content/changelog.yml:2:9: Change "2026-02-01-first-fix": date: must be a real date written YYYY-MM-DD (e.g. 2026-01-06)',
    );
  });

  it('an unknown kind of change', () => {
    expect(buildError(changelog, replacing('kind: correction', 'kind: erratum'))).toBe(
      'content/changelog.yml:3:9: Change "2026-02-01-first-fix": kind: must be one of correction, clarification, new-note, new-source, translation-change',
    );
  });

  it('touching an id the edition does not have', () => {
    expect(buildError(changelog, replacing('touches: [second-note]', 'touches: [second-notes]'))).toBe(
      'content/changelog.yml:4:13: Change "2026-02-01-first-fix" touches "second-notes", which is no note id, source id or component key of the edition',
    );
    expect(buildError(changelog, replacing('touches: [second-note]', 'touches: []'))).toBe(
      'content/changelog.yml:4:1: Change "2026-02-01-first-fix": touches: must list what the change touches: note ids, source ids or component keys',
    );
  });

  it('a summary missing a language', () => {
    expect(buildError(changelog, replacing('    en: "A correction."\n', ''))).toBe(
      'content/changelog.yml:5:1: Change "2026-02-01-first-fix": summary.en: needs the summary in en',
    );
  });

  it('two changes with one id, a misspelt field, an empty record', () => {
    expect(buildError(changelog, replacing('id: 2026-03-01-new-source', 'id: 2026-02-01-first-fix'))).toBe(
      'content/changelog.yml:10:1: Duplicate change id "2026-02-01-first-fix": each entry\'s anchor #change-<id> must be unique',
    );
    expect(buildError(changelog, replacing('touches: [second-note]', 'touch: [second-note]'))).toBe(
      'content/changelog.yml:1:1: Change "2026-02-01-first-fix": unknown field "touch" (known: id, date, kind, touches, summary, retires)',
    );
    expect(buildError(changelog, () => '[]\n')).toBe(
      'content/changelog.yml:1:1: The changelog needs at least one entry: the edition’s version is the date of its latest change',
    );
  });
});
