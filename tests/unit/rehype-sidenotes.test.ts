import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeSidenotes from '../../src/lib/markdown/rehype-sidenotes.ts';

function run(tree: Root, given: Record<string, { kind: string; content: ReturnType<typeof h>[] }>) {
  const notes = Object.fromEntries(Object.entries(given).map(([id, note]) => [id, { ...note, content: () => note.content }]));
  const file = new VFile();
  const result = unified()
    .use(rehypeSidenotes, { notes, labels: { marker: (n: number) => `Note ${n}`, close: { text: 'Fermer', name: (n: number) => `Fermer (note ${n})` } } })
    .runSync(tree, file) as Root;
  return { html: toHtml(result), order: file.data.sidenoteOrder };
}

describe('rehype-sidenotes', () => {
  it('adds a numbered marker linking to the note, and the note, after each annotated span', () => {
    const tree: Root = {
      type: 'root',
      children: [h('p', ['Un ', h('span.annotated', { dataNote: 'a' }, 'mot'), ' et ', h('span.annotated', { dataNote: 'b' }, 'un autre'), '.'])],
    };
    const { html, order } = run(tree, {
      a: { kind: 'Contexte', content: [h('span.sidenote__paragraph', 'Note A.')] },
      b: { kind: 'Définition', content: [h('span.sidenote__paragraph', 'Note B.')] },
    });
    expect(order).toEqual(['a', 'b']);
    expect(html).toBe(
      '<p>Un <span class="annotated" data-note="a" id="anchor-a">mot</span>' +
        '<a class="note-marker" href="#sidenote-a" id="marker-a" aria-label="Note 1" data-note="a" data-pagefind-ignore="">1</a>' +
        '<span class="sidenote" id="sidenote-a" role="note" data-pagefind-ignore=""><span class="sidenote__number">1</span> <span class="sidenote__kind">Contexte</span> <span class="sidenote__paragraph">Note A.</span> <a class="sidenote__close" href="#marker-a" aria-label="Fermer (note 1)">Fermer</a></span>' +
        ' et <span class="annotated" data-note="b" id="anchor-b">un autre</span>' +
        '<a class="note-marker" href="#sidenote-b" id="marker-b" aria-label="Note 2" data-note="b" data-pagefind-ignore="">2</a>' +
        '<span class="sidenote" id="sidenote-b" role="note" data-pagefind-ignore=""><span class="sidenote__number">2</span> <span class="sidenote__kind">Définition</span> <span class="sidenote__paragraph">Note B.</span> <a class="sidenote__close" href="#marker-b" aria-label="Fermer (note 2)">Fermer</a></span>.</p>',
    );
  });

  it('leaves spans without a known note alone', () => {
    const tree: Root = { type: 'root', children: [h('p', [h('span.annotated', { dataNote: 'zz' }, 'mot')])] };
    expect(run(tree, {}).html).toBe('<p><span class="annotated" data-note="zz">mot</span></p>');
  });
});
