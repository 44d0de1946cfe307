import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** What a note may hold: paragraphs, emphasis, code, line breaks, words in another language (`:lang`), and links to the web, to mail, or within the site. */
export const noteSchema: Schema = {
  tagNames: ['p', 'em', 'strong', 'code', 'br', 'a', 'span'],
  attributes: { a: ['href', ['className', 'cross-reference'], 'dataRef'], span: ['lang'] },
  protocols: { href: ['https', 'http', 'mailto'] },
  ancestors: {},
  required: {},
  clobber: [],
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};

export interface RefuseUnsafeOptions {
  /** The sanitizer's schema: what is allowed (defaults to what a note may hold). */
  schema?: Schema;
}

/** What the sanitizer keeps of one element, on its own. */
function kept(element: Element, schema: Schema): Element | undefined {
  const root = sanitize({ type: 'root', children: [{ ...element, children: [] }] }, schema);
  const first = root.type === 'root' ? root.children[0] : undefined;
  return first?.type === 'element' ? first : undefined;
}

function reasonFor(element: Element, after: Element | undefined): string {
  if (element.tagName === 'img') return 'Images are not allowed in notes: describe what the image shows, or link to it';
  if (element.tagName === 'a') {
    const href = String(element.properties.href ?? '');
    return `Link to "${href.slice(0, 60)}" refused: a link in a note must start with https://, http://, mailto: or / (a page of this site)`;
  }
  return after ? `This markup is not allowed in a note (<${element.tagName}>)` : `<${element.tagName}> is not allowed in a note: write it as sentences`;
}

/**
 * Refuses, where it is written, anything of a note the sanitizer would drop or change (images,
 * `javascript:` and other links, however their scheme is spelt or encoded): the sanitizer that
 * runs after it (rehype-sanitize, same schema) would otherwise drop it silently. The sanitizer
 * decides what is safe; this plugin only says so at the right line.
 */
export default function rehypeRefuseUnsafe(options: RefuseUnsafeOptions = {}) {
  const schema = options.schema ?? noteSchema;
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (element: Element) => {
      const after = kept(element, schema);
      const same = after && after.tagName === element.tagName && JSON.stringify(after.properties) === JSON.stringify(element.properties);
      // A link whose address has no scheme must be a path of this site (not "//host", not "page.html").
      const href = element.tagName === 'a' ? String(element.properties.href ?? '') : '/';
      const local = !/^[a-z][a-z0-9+.-]*:/i.test(href) ? /^\/(?!\/)|^#/.test(href) : true;
      if (!same || !local) file.fail(reasonFor(element, after), element);
    });
  };
}
