import type { Paragraph, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

declare module 'mdast' {
  interface ParagraphData {
    /** Sentence ends marked `:split`: where a translation had to make two sentences of one. */
    sentenceSplits?: number;
  }
}

/** The end of a sentence: a full stop, question or exclamation mark or ellipsis, maybe closed by a quote or bracket. */
const sentenceEnd = /[.!?…][»”’"')\]]*\s*$/u;

/**
 * Reads `:split`, the escape a translation uses where one sentence of the source must become
 * two: written right after the first one's full stop, it tells the alignment check to count the
 * two as one. The marker is removed from the text; each paragraph keeps the count of its splits.
 */
export default function remarkSentenceSplits() {
  return (tree: Root, file: VFile) => {
    visitParents(tree, 'textDirective', (node: TextDirective, ancestors) => {
      if (node.name !== 'split') return;
      const parent = ancestors.at(-1);
      if (node.children.length > 0 || Object.keys(node.attributes ?? {}).length > 0) {
        file.fail('`:split` takes no words and no attributes: write it alone, right after the full stop of a sentence', node);
      }
      if (parent?.type !== 'paragraph') file.fail('`:split` goes between two sentences of a paragraph, outside note anchors', node);
      const paragraph = parent as Paragraph;
      const index = paragraph.children.indexOf(node);
      const before = paragraph.children[index - 1];
      if (!before || before.type !== 'text' || !sentenceEnd.test(before.value)) {
        file.fail('`:split` must come right after the end of a sentence (its full stop, question or exclamation mark)', node);
      }
      paragraph.children.splice(index, 1);
      paragraph.data = { ...paragraph.data, sentenceSplits: (paragraph.data?.sentenceSplits ?? 0) + 1 };
      return index;
    });
  };
}
