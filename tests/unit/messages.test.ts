import { describe, expect, it } from 'vitest';
import { buildError, replacing } from './content-edits.ts';

/** Words of the parser that mean nothing to an editor. */
const internalWords = /containerDirective|leafDirective|textDirective|mdast|hast|undefined|\[object/;

describe('messages name the real line, say what to do, and speak the editor’s language', () => {
  it('a block written with escaped quotes is reported on its own line', () => {
    const message = buildError('declaration/en.md', replacing(':::component{#second-part title="Second"}', ':::component{#second-part title=\\"Second\\"}'));
    expect(message).toBe(
      'content/declaration/en.md:19:1: This ":::component" line was not read as a block: write it :::name{#key title="…"}, with straight double quotes (not \\" nor curly quotes), a closing }, and ::: alone on the closing line',
    );
  });

  it('a block with curly quotes, or an unclosed brace, the same', () => {
    expect(buildError('declaration/fr.md', replacing('title="Seconde"}', 'title=“Seconde”}'))).toBe(
      'content/declaration/fr.md:19:1: Component "second-part": its title is wrapped in typographic quotes; write title="…" with straight double quotes',
    );
    expect(buildError('declaration/fr.md', replacing('title="Seconde"}', 'title="Seconde"'))).toMatch(/^content\/declaration\/fr\.md:19:1: This ":::component" line was not read as a block/);
  });

  it('a list added to one language only is reported where it is written', () => {
    expect(buildError('declaration/en.md', replacing('After.', 'After.\n\n- one more point'))).toBe(
      'content/declaration/en.md:25:1: A list ("- …" or "1. …") is not part of the article\'s text: the text holds its paragraphs as printed, with note anchors :note[…]{#id} and nothing else; remove it',
    );
  });

  it('a list in a note', () => {
    expect(buildError('annotations/intro-note.md', replacing('An introduction note.', 'An introduction note.\n\n- a point'))).toBe(
      'content/annotations/intro-note.md:15:1: A note holds paragraphs only, not a list ("- …" or "1. …"): write it as sentences',
    );
  });

  it('a language block nested in another', () => {
    const message = buildError('annotations/intro-note.md', replacing(':::en\nAn introduction note.\n:::', '::::en\nAn introduction note.\n\n:::fr\nUne autre.\n:::\n::::'));
    expect(message).toBe('content/annotations/intro-note.md:15:1: A note holds paragraphs only, not a ::: block: write it as sentences');
  });

  it('a YAML error in the front matter, at its line, with what to check', () => {
    expect(buildError('declaration/fr.md', replacing('a signé"', 'a signé'))).toMatch(
      /^content\/declaration\/fr\.md:7:\d+: Invalid YAML: .*\. Check the indentation and that every quote is closed/,
    );
  });

  it('a YAML error in the bibliography, at its line', () => {
    expect(buildError('sources.yml', replacing('  publisher: "A newspaper"', ' publisher: "A newspaper"'))).toMatch(/^content\/sources\.yml:11:\d+: Invalid YAML: /);
  });

  it('a value holding ": " unquoted', () => {
    expect(buildError('declaration/en.md', replacing('updatedLabel: "Updated 07-01-2026"', 'updatedLabel: Updated: 07-01-2026'))).toMatch(
      /^content\/declaration\/en\.md:8:\d+: Invalid YAML: .*write a value holding ": " or "#" in double quotes\)$/,
    );
  });

  it('none of these messages uses a parser’s word', () => {
    const messages = [
      buildError('annotations/intro-note.md', replacing(':::en\nAn introduction note.\n:::', '::::en\nAn introduction note.\n\n:::fr\nUne autre.\n:::\n::::')),
      buildError('annotations/intro-note.md', replacing('An introduction note.', 'An introduction note.\n\n> quoted')),
      buildError('declaration/fr.md', replacing('Premier texte', '## Premier texte')),
      buildError('declaration/fr.md', replacing('Premier texte', 'Premier `texte`')),
      buildError('declaration/fr.md', replacing('Premier texte', '::lone')),
    ];
    for (const message of messages) expect(message).not.toMatch(internalWords);
  });
});
