import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeNoteMarkers from '../../src/lib/markdown/rehype-note-markers.ts';

function run(tree: Root, notes: string[]) {
  const file = new VFile();
  const result = unified()
    .use(rehypeNoteMarkers, { notes, name: (number: number, id: string) => `Note ${number}: ${id}` })
    .runSync(tree, file) as Root;
  return { html: toHtml(result), order: file.data.noteOrder };
}

describe('rehype-note-markers', () => {
  it('adds a plain numbered marker after each annotated span, linking to its note, and anchors the span', () => {
    const tree: Root = {
      type: 'root',
      children: [h('p', ['Un ', h('span.annotated', { dataNote: 'a' }, 'mot'), ' et ', h('span.annotated', { dataNote: 'b' }, 'un autre'), '.'])],
    };
    const { html, order } = run(tree, ['a', 'b']);
    expect(order).toEqual(['a', 'b']);
    expect(html).toBe(
      '<p>Un <span class="annotated" data-note="a" id="anchor-a">mot</span>' +
        '<a class="note-marker" href="#sidenote-a" id="marker-a" aria-label="Note 1: a" data-note="a" data-pagefind-ignore="">1</a>' +
        ' et <span class="annotated" data-note="b" id="anchor-b">un autre</span>' +
        '<a class="note-marker" href="#sidenote-b" id="marker-b" aria-label="Note 2: b" data-note="b" data-pagefind-ignore="">2</a>.</p>',
    );
  });

  it('leaves spans without a known note alone', () => {
    const tree: Root = { type: 'root', children: [h('p', [h('span.annotated', { dataNote: 'zz' }, 'mot')])] };
    expect(run(tree, []).html).toBe('<p><span class="annotated" data-note="zz">mot</span></p>');
  });
});
