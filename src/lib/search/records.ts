/**
 * The index is made of passages, not pages: every element of an indexed page that has an `id`
 * and a `data-pagefind-title` (a component, a note, the introduction …) becomes one record whose
 * URL is the page with that anchor. A result therefore always lands on a passage, a passage is
 * ranked on its own words, and only the passages shown load their text. Whatever is outside a
 * passage (site header, navigation, footer, notices) is never indexed.
 *
 * On a passage, `data-search-kind` (text, note, source; comparison, participant, event on the
 * context pages) and `data-search-parts` (component keys, `introduction`, `conclusion`) become
 * Pagefind filters; `data-pagefind-weight` and
 * `data-pagefind-ignore` work as usual. A passage may hold others (a component holds the notes
 * printed after its sentences): each is a record of its own, and the outer one leaves them out.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { toIndexText } from './index-text.ts';

export interface IndexRecord {
  url: string;
  lang: string;
  title: string;
  /** The record as Pagefind reads it: a small HTML page. */
  html: string;
  /** The passage's indexed text as readers see it, for the lexicon. */
  text: string;
}

const isElement = (node: unknown): node is Element => (node as Element | undefined)?.type === 'element';
const property = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
};

const isPassage = (element: Element) => element.properties.id !== undefined && element.properties.dataPagefindTitle !== undefined;

/**
 * The passage as indexed: ignored parts dropped, passages inside it dropped (they are records of
 * their own: a note printed inside the component it comments on), ids dropped (no sub-results),
 * text encoded for Pagefind.
 */
function indexedCopy(passage: Element): { element: Element; text: string } {
  const element = structuredClone(passage);
  const texts: string[] = [];
  visit(element, (node, index, parent) => {
    if (isElement(node)) {
      if ((node.properties.dataPagefindIgnore !== undefined || (node !== element && isPassage(node))) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      delete node.properties.id;
      delete node.properties.dataPagefindTitle;
    }
    if (node.type === 'text') {
      texts.push((node as Text).value);
      (node as Text).value = toIndexText((node as Text).value);
    }
    return undefined;
  });
  return { element, text: texts.join(' ').replace(/\s+/g, ' ').trim() };
}

/** Every passage under `root`, those inside another passage included, in document order. */
function passagesIn(root: Element): Element[] {
  const passages: Element[] = [];
  visit(root, 'element', (node) => {
    if (node.properties.dataPagefindIgnore !== undefined) return SKIP;
    if (isPassage(node)) passages.push(node);
    return undefined;
  });
  return passages;
}

/** The passages of a parsed page, and the page's language. */
export function indexedPassages(tree: Root): { lang: string; passages: Element[] } {
  let lang = 'unknown';
  const roots: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === 'html') lang = property(node, 'lang') ?? lang;
    if (node.properties.dataPagefindBody !== undefined) {
      roots.push(node);
      return SKIP;
    }
    return undefined;
  });
  return { lang, passages: roots.flatMap(passagesIn) };
}

/** The records of one built page (`pagePath` is its URL path, e.g. `/fr/texte/`). */
export function passageRecords(html: string, pagePath: string): IndexRecord[] {
  const { lang, passages } = indexedPassages(fromHtml(html));
  return passages.map((passage) => {
    const title = property(passage, 'dataPagefindTitle')!;
    const { element, text } = indexedCopy(passage);
    const filters: ElementContent[] = [
      ...(property(passage, 'dataSearchKind') ?? '').split(' ').filter(Boolean).map((kind) => h('span', { dataPagefindFilter: `kind:${kind}` })),
      ...(property(passage, 'dataSearchParts') ?? '').split(' ').filter(Boolean).map((part) => h('span', { dataPagefindFilter: `part:${part}` })),
    ];
    const page = h('html', { lang }, [h('head', [h('title', title)]), h('body', [h('main', { dataPagefindBody: '' }, [...filters, element])])]);
    return { url: `${pagePath}#${property(passage, 'id')}`, lang, title, html: `<!doctype html>${toHtml(page)}`, text };
  });
}

/** The passage's text as indexed (what `data-pagefind-ignore` leaves). */
export function passageText(passage: Element): string {
  return indexedCopy(passage).text;
}
