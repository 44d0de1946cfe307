import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeRefuseUnsafe, { noteSchema } from '../../src/lib/markdown/rehype-refuse-unsafe.ts';
import { buildError, buildWith, replacing } from './content-edits.ts';
import { failureOf } from './helpers.ts';

/** A note's Markdown through the same steps as a note: checked, sanitized, external links marked. */
function renderNote(markdown: string): string {
  const file = new VFile({ value: markdown });
  const hast = toHast(unified().use(remarkParse).parse(file) as Root) as HastRoot;
  const processor = unified().use(rehypeRefuseUnsafe, { schema: noteSchema }).use(rehypeSanitize, noteSchema).use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] });
  return toHtml(processor.runSync(hast, file) as HastRoot);
}

describe('rehype-refuse-unsafe (notes)', () => {
  it('keeps paragraphs, emphasis and safe links, and marks external links noopener noreferrer', () => {
    expect(renderNote('Un *mot*, [un site](https://example.org/a), [une page](/fr/texte/#x), [écrire](mailto:a@example.org).')).toBe(
      '<p>Un <em>mot</em>, <a href="https://example.org/a" rel="noopener noreferrer">un site</a>, <a href="/fr/texte/#x">une page</a>, <a href="mailto:a@example.org">écrire</a>.</p>',
    );
  });

  it('refuses images, at their line and column', () => {
    expect(failureOf(() => renderNote('Texte.\n\nVoir ![carte](/carte.png).'))).toBe(
      '3:6: Images are not allowed in notes: describe what the image shows, or link to it',
    );
  });

  const refused = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'jav&#x61;script:alert(1)', '&#106;avascript:alert(1)', 'data:text/html;base64,PGI+eDwvYj4=', 'vbscript:msgbox(1)', '//elsewhere.example/x', 'page.html', 'java%73cript:alert(1)'];
  for (const href of refused) {
    it(`refuses a link to ${href}`, () => {
      expect(failureOf(() => renderNote(`Voir [ici](<${href}>).`))).toMatch(/^1:6: Link to ".*" refused: a link in a note must start with https:\/\/, http:\/\/, mailto: or \/ \(a page of this site\)$/);
    });
  }

  it('refuses an autolink with a forbidden scheme', () => {
    expect(failureOf(() => renderNote('Voir <javascript:alert(1)>.'))).toMatch(/^1:6: Link to "javascript:alert\(1\)" refused/);
  });
});

describe('links in notes, in the edition', () => {
  it('an external link carries rel="noopener noreferrer" in the note (printed once, where it opens)', () => {
    const edition = buildWith('tests/fixtures/content', { 'annotations/intro-note.md': replacing('An introduction note.', 'An [introduction](https://example.org/intro) note.') });
    expect(edition.texts.en.notes[0]!.html).toBe('<p>An <a href="https://example.org/intro" rel="noopener noreferrer">introduction</a> note.</p>');
  });

  it('a javascript: link stops the build at the note’s file and line', () => {
    expect(buildError('annotations/intro-note.md', replacing('An introduction note.', 'An [introduction](javascript:alert(1)) note.'))).toBe(
      'content/annotations/intro-note.md:13:4: Link to "javascript:alert(1)" refused: a link in a note must start with https://, http://, mailto: or / (a page of this site)',
    );
  });

  it('an image stops the build at the note’s file and line', () => {
    expect(buildError('annotations/intro-note.md', replacing('An introduction note.', 'An ![map](/map.png) note.'))).toBe(
      'content/annotations/intro-note.md:13:4: Images are not allowed in notes: describe what the image shows, or link to it',
    );
  });
});
