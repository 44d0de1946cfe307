import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { buildError, replacing } from './content-edits.ts';

const fixture = 'tests/fixtures/content';
const file = 'key-facts/second-part.yml';

describe('a component’s key facts', () => {
  const edition = buildEdition(fixture, 'tests/fixtures');
  const rows = edition.keyFacts['second-part']!;

  it('reach the model: seven fields in order, our words rendered in every language, the notes and sources of each row', () => {
    expect(rows.map((row) => row.field)).toEqual(['who', 'what', 'when', 'binding', 'means', 'status', 'official-wording']);
    expect(rows[0]!.html).toEqual({ fr: 'Les parties.', en: 'The parties.', uk: 'Сторони.' });
    expect(rows[0]!.notes).toEqual(['second-note']);
    expect(rows[0]!.sources[0]!.source).toBe('official-text');
    expect(edition.keyFacts['first-part']).toBeUndefined();
  });

  it('render emphasis, cross-references and passages in another language as notes do', () => {
    expect(rows[1]!.html!.en).toBe('What <em>the</em> <a href="/en/text/#first-part" class="cross-reference" data-ref="first-part">component\u00a01 (First)</a> says.');
    expect(rows[1]!.html!.uk).toContain('>перша складова</a>');
    expect(rows[3]!.html!.fr).toBe('Non, selon <span lang="en">the official text</span>.');
  });

  it('carry the status’s date and the official wording, with its language and our translations', () => {
    expect(rows[5]!.asOf).toBe('2026-02-24');
    expect(rows[6]!.official).toEqual([
      { source: 'official-text', quote: 'The second part says more.', lang: 'en', translations: { fr: 'La seconde partie en dit plus.', uk: 'Друга частина каже більше.' } },
    ]);
  });
});

describe('key-fact errors stop the build at the line and column, in words an editor understands', () => {
  it('a file named after no component', () => {
    expect(buildError('key-facts/third-part.yml', () => '[]')).toBe(
      'content/key-facts/third-part.yml:1:1: "third-part.yml" is not a component\'s key facts: name the file <component-key>.yml (known: first-part, second-part)',
    );
  });

  it('a field missing, out of order, twice or unknown', () => {
    expect(buildError(file, (text) => text.slice(0, text.indexOf('- field: official-wording')))).toBe(
      'content/key-facts/second-part.yml:46:1: Key facts of second-part lack the row "official-wording": every component answers who, what, when, binding, means, status, official-wording, in this order',
    );
    expect(buildError(file, replacing('- field: what', '- field: when'))).toBe(
      'content/key-facts/second-part.yml:10:10: Key fact "when" of second-part: out of order: row 2 must be "what" (fields in this order: who, what, when, binding, means, status, official-wording)',
    );
    expect(buildError(file, replacing('- field: what', '- field: who'))).toBe(
      'content/key-facts/second-part.yml:10:10: Key fact "who" of second-part: this field is given twice: each field once, in this order: who, what, when, binding, means, status, official-wording',
    );
    expect(buildError(file, replacing('- field: who', '- field: whom'))).toMatch(/^content\/key-facts\/second-part\.yml:1:10: Key fact "whom" of second-part: field: must be one of who, what/);
  });

  it('a note that does not exist, a row with no note', () => {
    expect(buildError(file, replacing('notes: [intro-note]', 'notes: [intro-notes]'))).toBe(
      'content/key-facts/second-part.yml:21:11: Key fact "when" of second-part: unknown note "intro-notes": there is no content/annotations/intro-notes.md',
    );
    expect(buildError(file, replacing('notes: [intro-note]', 'notes: []'))).toBe(
      'content/key-facts/second-part.yml:21:1: Key fact "when" of second-part: notes: must list at least one note that supports the row',
    );
  });

  it('a text missing a language, holding a link or a list', () => {
    expect(buildError(file, replacing('{ fr: "Les parties.", en: "The parties.", uk: "Сторони." }', '{ fr: "Les parties.", en: "The parties." }'))).toBe(
      'content/key-facts/second-part.yml:2:1: The text: The text has no uk text: every language of the edition (fr, en, uk) needs one',
    );
    expect(buildError(file, replacing('en: "The parties."', 'en: "The [parties](https://example.org)."'))).toBe(
      'content/key-facts/second-part.yml:2:36: A key fact holds no links ("https://example.org"): its notes and sources carry them',
    );
    expect(buildError(file, replacing('en: "The parties."', 'en: "- The parties."'))).toBe(
      'content/key-facts/second-part.yml:2:36: A key fact is one or two short sentences, not a list ("- …" or "1. …"): write it as one paragraph',
    );
    expect(buildError(file, replacing('en: "The parties."', 'en: "The :lang[parties]{xx}."'))).toMatch(/^content\/key-facts\/second-part\.yml:2:\d+: Unknown language "xx"/);
  });

  it('a status without its date, a date elsewhere', () => {
    expect(buildError(file, replacing('  asOf: 2026-02-24\n', ''))).toBe(
      'content/key-facts/second-part.yml:46:10: Key fact "status" of second-part: needs the date it is true as of: asOf: YYYY-MM-DD (the latest date its sources state)',
    );
    expect(buildError(file, replacing('asOf: 2026-02-24', 'asOf: 2026-02-30'))).toBe(
      'content/key-facts/second-part.yml:47:9: Key fact "status" of second-part: asOf: must be a real date written YYYY-MM-DD (e.g. 2026-01-06)',
    );
    expect(buildError(file, replacing('- field: means\n', '- field: means\n  asOf: 2026-02-24\n'))).toBe(
      'content/key-facts/second-part.yml:38:9: Key fact "means" of second-part: "asOf" belongs to the status row only',
    );
  });

  it('an official quote that is not one of the row’s evidence quotes; neither official nor unavailable', () => {
    expect(buildError(file, replacing('quote: "The second part says more." }', 'quote: "The second part says much more." }'))).toBe(
      'content/key-facts/second-part.yml:58:40: Key fact "official-wording" of second-part: the official quote is not one of the row\'s evidence quotes from "official-text": quote the official text under sources: (with its translations), then repeat its words here',
    );
    expect(buildError(file, replacing('  official:\n    - { source: official-text, quote: "The second part says more." }\n', ''))).toBe(
      'content/key-facts/second-part.yml:56:10: Key fact "official-wording" of second-part: give the official wording (official: [{ source, quote }]), or why it is not available to us (unavailable: { fr, en, uk }), or both when only one official text could be read',
    );
  });

  it('citations held to the notes’ rules (an unknown source)', () => {
    expect(buildError(file, replacing('    - id: a-newspaper\n      evidence:\n        - quote: "Les composantes', '    - id: a-magazine\n      evidence:\n        - quote: "Les composantes'))).toBe(
      'content/key-facts/second-part.yml:23:11: Unknown source "a-magazine": add it to content/sources.yml',
    );
  });
});
