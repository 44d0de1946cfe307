import type { Element, ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

export interface NoteSlotOptions {
  /** The text's language, for finding where its sentences end (Intl.Segmenter). */
  lang: string;
}

const isMarker = (node: ElementContent): boolean =>
  node.type === 'element' && Array.isArray(node.properties.className) && node.properties.className.includes('note-marker');

/** The note ids of the markers in a node (itself, or inside it), in order. */
function markersIn(node: ElementContent): string[] {
  const ids: string[] = [];
  visit(node, 'element', (element: Element) => {
    if (isMarker(element) && typeof element.properties.dataNote === 'string') ids.push(element.properties.dataNote);
  });
  return ids;
}

/** A node's text as a reader reads it: without the markers' numerals. */
function readText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || isMarker(node)) return '';
  return (node as Element).children.map(readText).join('');
}

/**
 * Marks, in each paragraph, where the notes of a sentence open: right after the end of the
 * sentence that carries their markers, never inside it (a note opened on a phone then follows
 * the sentence instead of splitting it). The place is an empty `<span data-note-slot="a b">`
 * among the paragraph's own children, so that a page can cut the paragraph there. Sentences
 * end where `Intl.Segmenter` says they do in the text's language, markers left out; an end
 * inside an element (an annotated span) moves to the end of that element and of the markers
 * right after it.
 */
export default function rehypeNoteSlots(options: NoteSlotOptions) {
  const segmenter = new Intl.Segmenter(options.lang, { granularity: 'sentence' });
  return (tree: Root) => {
    visit(tree, 'element', (paragraph: Element) => {
      if (paragraph.tagName !== 'p') return;
      const children = paragraph.children;
      // Where each child starts in the paragraph's text (markers take no room).
      const starts: number[] = [];
      let text = '';
      for (const child of children) {
        starts.push(text.length);
        text += readText(child);
      }
      const ends = [...segmenter.segment(text)].map((segment) => segment.index + segment.segment.trimEnd().length).filter((end) => end > 0);
      // Each marker opens its note at the first sentence end at or after the marker.
      const groups = new Map<number, string[]>();
      children.forEach((child, index) => {
        const ids = markersIn(child);
        if (ids.length === 0) return;
        const at = child.type === 'element' && !isMarker(child) ? starts[index]! + readText(child).length : starts[index]!;
        const end = ends.find((candidate) => candidate >= at) ?? text.length;
        groups.set(end, [...(groups.get(end) ?? []), ...ids]);
      });
      if (groups.size === 0) return;

      const result: ElementContent[] = [];
      let position = 0;
      const pending = [...groups.entries()].sort(([a], [b]) => a - b);
      const flush = (upTo: number) => {
        while (pending.length > 0 && pending[0]![0] <= upTo) result.push(h('span', { dataNoteSlot: pending.shift()![1].join(' ') }));
      };
      children.forEach((child, index) => {
        const length = readText(child).length;
        const next = children[index + 1];
        if (child.type === 'text') {
          // Cut the text where a sentence carrying notes ends inside it.
          let rest = child.value;
          let offset = position;
          while (pending.length > 0 && pending[0]![0] < offset + rest.length) {
            const cut = pending[0]![0] - offset;
            if (cut > 0) result.push({ type: 'text', value: rest.slice(0, cut) });
            flush(pending[0]![0]);
            rest = rest.slice(cut);
            offset += cut;
          }
          if (rest) result.push({ type: 'text', value: rest });
        } else {
          result.push(child);
        }
        position += length;
        // A sentence ending with this node: its notes open here, once the markers right after it are in.
        if (!next || !isMarker(next)) flush(position);
      });
      flush(Number.POSITIVE_INFINITY);
      paragraph.children = result;
    });
  };
}
