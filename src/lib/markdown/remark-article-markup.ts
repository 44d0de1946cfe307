import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { nodeName } from './node-names.ts';

/** What the declaration's text is made of: paragraphs of words, in component blocks or not, and note anchors. */
const allowed = new Set(['root', 'yaml', 'paragraph', 'text', 'containerDirective', 'textDirective']);

/**
 * Keeps the declaration's text what the article printed: paragraphs of words, the components'
 * blocks and the note anchors we add. Headings, lists, emphasis, links, images and the like are
 * refused where they are written, so nothing can change how the article's words read.
 */
export default function remarkArticleMarkup() {
  return (tree: Root, file: VFile) => {
    visitParents(tree, (node, ancestors) => {
      if (allowed.has(node.type)) return;
      const name = nodeName(node.type);
      const capitalised = name.charAt(0).toUpperCase() + name.slice(1);
      const note = ancestors.find((ancestor): ancestor is TextDirective => ancestor.type === 'textDirective');
      const inner = 'children' in node ? (node.children as Array<{ type: string; attributes?: TextDirective['attributes'] }>).find((child) => child.type === 'textDirective') : undefined;
      const where = note
        ? ` inside note anchor "${note.attributes?.id ?? ''}"`
        : inner
          ? ` around note anchor "${inner.attributes?.id ?? ''}" (a note anchor cannot sit inside it)`
          : '';
      file.fail(
        `${capitalised}${where} is not part of the article's text: the text holds its paragraphs as printed, with note anchors :note[…]{#id} and nothing else; remove it`,
        node,
      );
    });
  };
}
