import type { Nodes, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { typesetRun, type RunPiece } from '../typography/typeset.ts';

export interface TypographyOptions {
  /** The language the text is written in (BCP 47): its typographic rules apply. */
  lang: string;
}

/** The language a node marks its words as (`:lang[…]{en}`, once remark-passage-language has read it), if any. */
function languageOf(node: Nodes): string | undefined {
  const lang = (node.data as { hProperties?: { lang?: unknown } } | undefined)?.hProperties?.lang;
  if (typeof lang === 'string') return lang;
  if (node.type === 'textDirective' && node.name === 'lang') return Object.keys(node.attributes ?? {})[0];
  return undefined;
}

/** A link that shows its own address: the address is not words to set. */
function showsItsUrl(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1 || node.children[0]!.type !== 'text') return false;
  const text = node.children[0].value;
  return text === node.url || `mailto:${text}` === node.url || /^[a-z][a-z+.-]*:\/\//i.test(text);
}

/**
 * Sets our own Markdown texts (notes, key facts) with the edition's typographic step
 * (src/lib/typography/typeset.ts): French spacing before ; : ! ? and inside « », curly quotes and
 * apostrophes in English, «…» in Ukrainian, no-break spaces in dates and after "art.", "p.",
 * "ст."… Each paragraph, heading or cell is set as one run, so quotation marks and spaces around
 * emphasis and links are placed as a reader sees them; code, links that show their address and
 * words marked as another language (`:lang[…]{en}`, set by their own language's rules) are left
 * out of the run. Never run it on the article: its words are reproduced as received.
 */
export default function remarkTypography(options: TypographyOptions) {
  return (tree: Root) => {
    const runs: Array<{ children: PhrasingContent[]; lang: string }> = [];
    const collect = (node: Nodes, lang: string) => {
      const own = languageOf(node) ?? lang;
      if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
        runs.push({ children: node.children, lang: own });
        return;
      }
      if ('children' in node) for (const child of node.children) collect(child as Nodes, own);
    };
    collect(tree, options.lang);

    for (let index = 0; index < runs.length; index++) {
      const { children, lang } = runs[index]!;
      const pieces: RunPiece[] = [];
      const texts: Text[] = [];
      const add = (node: PhrasingContent) => {
        if (node.type === 'text') {
          // Two texts in a row are one piece: the first carries both.
          const previous = pieces.at(-1);
          if (typeof previous === 'string') {
            texts.at(-1)!.value += node.value;
            pieces[pieces.length - 1] = previous + node.value;
            node.value = '';
          } else {
            pieces.push(node.value);
            texts.push(node);
          }
          return;
        }
        const other = languageOf(node);
        if (other !== undefined && other !== lang && 'children' in node) {
          // Words in another language: one word to this run, a run of their own.
          pieces.push({ boundary: 'opaque' });
          runs.push({ children: node.children as PhrasingContent[], lang: other });
          return;
        }
        if (!('children' in node) || showsItsUrl(node)) {
          pieces.push({ boundary: 'opaque' }); // code, a break, an image, a URL
          return;
        }
        pieces.push({ boundary: 'open' });
        for (const child of node.children as PhrasingContent[]) add(child);
        pieces.push({ boundary: 'close' });
      };
      for (const child of children) add(child);
      typesetRun(pieces, lang).forEach((value, position) => (texts[position]!.value = value));
    }
    // Texts emptied by a merge are dropped.
    visit(tree, 'text', (node, position, parent) => {
      if (node.value === '' && parent && position !== undefined) {
        parent.children.splice(position, 1);
        return position;
      }
      return undefined;
    });
  };
}
