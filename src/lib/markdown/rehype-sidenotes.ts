import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What a sidenote shows, prepared by the caller in the page's language. */
export interface SidenoteContent {
  /** What kind of note it is, e.g. "Contexte". */
  kind: string;
  /** The note's text and sources, as phrasing content (it sits inside a paragraph), given the note's number. */
  content: (number: number) => Array<Element | string>;
}

export interface SidenoteOptions {
  notes: Readonly<Record<string, SidenoteContent>>;
  labels: {
    /** Accessible name of a marker, e.g. "Note 3". */
    marker: (number: number) => string;
    /** The link that closes an opened note on small screens: its words, and its accessible name for note n. */
    close: { text: string; name: (number: number) => string };
  };
}

declare module 'vfile' {
  interface DataMap {
    /** Note ids in the order their markers are numbered. */
    sidenoteOrder: string[];
  }
}

/**
 * After each annotated span (`span.annotated[data-note]`), adds a numbered marker and the
 * note itself, Tufte-style: the marker is a link to the note (`#sidenote-id`), so the note
 * opens in place with `:target` on small screens and stands in the margin on wide ones,
 * without script. Markers are numbered in reading order.
 */
export default function rehypeSidenotes(options: SidenoteOptions) {
  return (tree: Root, file: VFile) => {
    const order: string[] = [];

    visit(tree, 'element', (node: Element, index, parent) => {
      const id = node.properties.dataNote;
      if (typeof id !== 'string' || !parent || index === undefined) return;
      const note = options.notes[id];
      if (!note) return;
      order.push(id);
      const number = order.length;
      node.properties.id = `anchor-${id}`;
      const marker = h(
        'a.note-marker',
        { href: `#sidenote-${id}`, id: `marker-${id}`, ariaLabel: options.labels.marker(number), dataNote: id, dataPagefindIgnore: '' },
        String(number),
      );
      const sidenote = h('span.sidenote', { id: `sidenote-${id}`, role: 'note', dataPagefindIgnore: '' }, [
        h('span.sidenote__number', `${number}`),
        ' ',
        h('span.sidenote__kind', note.kind),
        ' ',
        ...note.content(number),
        ' ',
        h('a.sidenote__close', { href: `#marker-${id}`, ariaLabel: options.labels.close.name(number) }, options.labels.close.text),
      ]);
      parent.children.splice(index + 1, 0, marker, sidenote);
      return index + 3;
    });

    file.data.sidenoteOrder = order;
  };
}
