import type { Element, ElementContent, Root, Text } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visitParents } from 'unist-util-visit-parents';

export interface BindPunctuationOptions {
  /** The text's language: only French text is bound (the rule is French typography's). */
  lang: string;
}

/*
 * A word followed by a space and ; : ! ? or », or « followed by a space and a word, within one
 * text node; at a node's edge (the word ends an element before it, e.g. an annotated span or
 * its marker), the space and the mark alone: a line breaks only at a space, and a held space
 * offers none. The space stays the character the text has: the article is reproduced as received.
 */
const separated = /\S+[ \t\n]+[;:!?»]|«[ \t\n]+\S+|^[ \t\n]+[;:!?»]|«[ \t\n]+$/g;

/**
 * Keeps French punctuation on the line of its word without changing a character of the text:
 * each word and the spaced ; : ! ? » that follows it (and each « and the word after it) are
 * wrapped in `<span class="bound">` (white-space: nowrap), so a line never starts with » or ends
 * with «. For texts we reproduce as received (the article), whose spaces are ordinary ones; our
 * own texts get no-break spaces from the typographic step instead. Text inside links and note
 * markers is left alone.
 */
export default function rehypeBindPunctuation(options: BindPunctuationOptions) {
  return (tree: Root) => {
    if (!options.lang.toLowerCase().startsWith('fr')) return;
    const texts: Array<{ node: Text; parent: Element | Root }> = [];
    visitParents(tree, 'text', (node: Text, ancestors) => {
      if (ancestors.some((ancestor) => ancestor.type === 'element' && (ancestor.tagName === 'a' || ancestor.tagName === 'script' || ancestor.tagName === 'style'))) return;
      const parent = ancestors[ancestors.length - 1] as Element | Root;
      if (separated.test(node.value)) texts.push({ node, parent });
      separated.lastIndex = 0;
    });
    for (const { node, parent } of texts) {
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(separated)) {
        if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
        pieces.push({ type: 'element', tagName: 'span', properties: { className: ['bound'] }, children: [{ type: 'text', value: match[0] }] });
        last = match.index + match[0].length;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...pieces);
    }
  };
}

/** A plain text (the article's words in a table cell, say) as HTML, its French punctuation held as above. */
export function bindPunctuationHtml(text: string, lang: string): string {
  const tree: Root = { type: 'root', children: [{ type: 'text', value: text }] };
  rehypeBindPunctuation({ lang })(tree);
  return toHtml(tree);
}
