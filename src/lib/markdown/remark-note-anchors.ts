import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { TextDirective } from 'mdast-util-directive';
import type { VFile } from 'vfile';
import { idPattern, idRule } from '../model.ts';

/** A `:note[annotated words]{#note-id}` span as found in one Markdown file. */
export interface NoteAnchor {
  id: string;
  /** The annotated words, as written. */
  text: string;
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    noteAnchors: NoteAnchor[];
  }
}

export interface NoteAnchorOptions {
  /** The ids of the annotations that exist; any other id is an error. */
  noteIds: readonly string[];
}

/**
 * Finds the spans of text an annotation is anchored to (`:note[words]{#id}`), checks them,
 * and turns each into `<span class="annotated" data-note="id">`. The anchors found are left
 * on `file.data.noteAnchors`, in reading order.
 */
export default function remarkNoteAnchors(options: NoteAnchorOptions) {
  return (tree: Root, file: VFile) => {
    const anchors: NoteAnchor[] = [];

    visitParents(tree, 'textDirective', (node, ancestors) => {
      if (node.name !== 'note') return;
      const outer = ancestors.find((ancestor): ancestor is TextDirective => ancestor.type === 'textDirective' && ancestor.name === 'note');
      const id = node.attributes?.id ?? '';
      const text = toString(node);
      const line = node.position?.start.line ?? 1;

      if (outer) {
        file.fail(
          `Note anchor "${id}" is inside note anchor "${outer.attributes?.id ?? ''}": anchors cannot nest or overlap; end one before the other starts`,
          node,
        );
      }
      if (!id) file.fail('A note anchor needs the id of its annotation: `:note[words]{#annotation-id}`', node);
      if (!idPattern.test(id)) file.fail(`Note id "${id}" must be ${idRule}, like its file content/annotations/<id>.md`, node);
      if (!options.noteIds.includes(id)) {
        file.fail(`Unknown annotation "${id}": there is no content/annotations/${id}.md`, node);
      }
      if (!text.trim()) file.fail(`Note "${id}" points to no text: put the annotated words in the brackets`, node);
      const first = anchors.find((anchor) => anchor.id === id);
      if (first) file.fail(`Note "${id}" is anchored twice (first on line ${first.line})`, node);

      anchors.push({ id, text, line });
      node.data = { ...node.data, hName: 'span', hProperties: { className: ['annotated'], dataNote: id } };
    });

    file.data.noteAnchors = anchors;
  };
}
