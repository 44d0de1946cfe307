import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface NoteMarkerOptions {
  /** The ids of the notes that exist: a span of any other id is left alone. */
  notes: readonly string[];
  /** The marker's accessible name for note `number`, e.g. "Note 3: US signature: reports conflict". */
  name: (number: number, id: string) => string;
}

declare module 'vfile' {
  interface DataMap {
    /** Note ids in the order their markers are numbered. */
    noteOrder: string[];
  }
}

/**
 * After each annotated span (`span.annotated[data-note]`), adds the note's marker: a plain
 * numeral linking to the note (`#sidenote-<id>`, which opens it where it stands, without
 * script). The span gets its own anchor (`#anchor-<id>`). Markers are numbered in reading order.
 */
export default function rehypeNoteMarkers(options: NoteMarkerOptions) {
  const known = new Set(options.notes);
  return (tree: Root, file: VFile) => {
    const order: string[] = [];

    visit(tree, 'element', (node: Element, index, parent) => {
      const id = node.properties.dataNote;
      if (typeof id !== 'string' || !known.has(id) || !parent || index === undefined) return;
      order.push(id);
      const number = order.length;
      node.properties.id = `anchor-${id}`;
      const marker = h(
        'a.note-marker',
        { href: `#sidenote-${id}`, id: `marker-${id}`, ariaLabel: options.name(number, id), dataNote: id, dataPagefindIgnore: '' },
        String(number),
      );
      parent.children.splice(index + 1, 0, marker);
      return index + 2;
    });

    file.data.noteOrder = order;
  };
}
