import { describe, expect, it } from 'vitest';
import remarkArticleMarkup from '../../src/lib/markdown/remark-article-markup.ts';
import { failureOf, runRemark } from './helpers.ts';

const run = (markdown: string) => failureOf(() => runRemark(markdown, [remarkArticleMarkup]));

describe('remark-article-markup', () => {
  it('lets through paragraphs, component blocks and note anchors', () => {
    expect(run('Un :note[mot]{#x}.\n\n:::component{#a title="A"}\nTexte.\n:::\n')).toBeUndefined();
  });

  it('refuses headings, lists, quotation blocks, emphasis, links, images and code, where they are written', () => {
    expect(run('# Titre\n')).toMatch(/^1:1: A heading .* is not part of the article's text/);
    expect(run('Texte.\n\n1. un\n')).toMatch(/^3:1: A list /);
    expect(run('> cité\n')).toMatch(/^1:1: A quotation block/);
    expect(run('Un **mot**.\n')).toMatch(/^1:4: Bold text/);
    expect(run('Un [lien](https://example.org).\n')).toMatch(/^1:4: A link is not part/);
    expect(run('Un ![x](/x.png).\n')).toMatch(/^1:4: An image is not part/);
    expect(run('Un `code`.\n')).toMatch(/^1:4: Code/);
  });

  it('says when the refused markup holds, or sits in, a note anchor', () => {
    expect(run('[:note[mot]{#x}](https://example.org)\n')).toMatch(/^1:1: A link around note anchor "x" \(a note anchor cannot sit inside it\)/);
    expect(run(':note[un *mot*]{#x}\n')).toMatch(/^1:10: Emphasis \(\*…\* or _…_\) inside note anchor "x"/);
  });
});
