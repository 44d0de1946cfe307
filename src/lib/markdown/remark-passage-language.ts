import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The canonical form of a BCP 47 language tag naming a known language ("en", "uk", "de-CH"), or undefined. */
export function knownLanguageTag(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return undefined;
  }
  return canonical && languageNames.of(canonical) ? canonical : undefined;
}

/**
 * Marks words written in another language than the text around them, `:lang[words]{en}` (an English
 * quote in a French note, a Ukrainian title…), as `<span lang="en">`: screen readers then pronounce them
 * in their own language, and browsers hyphenate and quote them right. The one attribute is the
 * passage's language, a BCP 47 tag.
 */
export default function remarkPassageLanguage() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'textDirective', (node) => {
      if (node.name !== 'lang') return;
      const attributes = Object.entries(node.attributes ?? {});
      const [tag, value] = attributes[0] ?? [];
      if (attributes.length !== 1 || tag === undefined || value !== '' || tag === 'id' || tag === 'class') {
        file.fail('A passage in another language needs its language, and only that: `:lang[words]{en}`', node);
      }
      const lang = knownLanguageTag(tag);
      if (!lang) file.fail(`Unknown language "${tag}" in :lang[…]{${tag}}: use a language tag such as en, fr, uk, de`, node);
      if (node.children.length === 0) file.fail(`:lang{${tag}} marks no words: put them in the brackets, :lang[words]{${tag}}`, node);
      node.data = { ...node.data, hName: 'span', hProperties: { lang } };
    });
  };
}
