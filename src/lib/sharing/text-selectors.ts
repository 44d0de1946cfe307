import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Where some words stand in a page, told the ways the W3C Web Annotation model tells it. */
export interface TextSelectors {
  /** The element's id (a FragmentSelector, RFC 3236). */
  fragment: string;
  /** The words, with what comes just before and after them (a TextQuoteSelector). */
  quote: { exact: string; prefix: string; suffix: string };
  /** Their place in the text of the page's body, in characters from its start (a TextPositionSelector). */
  position: { start: number; end: number };
}

/** How much context a quote carries on each side: enough to tell a short quote from its repeats. */
const contextLength = 32;

/**
 * Finds the elements with the given ids in a built page and tells where their words stand in the
 * text of the page's `<body>`: the text an annotation tool (Hypothesis, Apache Annotator) reads, every
 * text node in document order, notes and links included. Computed from the page as built, so the
 * positions are those a browser sees.
 */
export function textSelectors(html: string, ids: readonly string[]): Map<string, TextSelectors> {
  const tree: Root = fromHtml(html);
  const body = findElement(tree, (element) => element.tagName === 'body');
  if (!body) throw new Error('No <body> in the page');
  let text = '';
  const spans = new Map<string, { start: number; end: number }>();
  const wanted = new Set(ids);
  const walk = (node: RootContent | Element) => {
    if (node.type === 'text') text += node.value;
    if (node.type !== 'element') return;
    const id = typeof node.properties.id === 'string' && wanted.has(node.properties.id) ? node.properties.id : undefined;
    const start = text.length;
    for (const child of node.type === 'element' && node.tagName === 'template' ? [] : node.children) walk(child);
    if (id) spans.set(id, { start, end: text.length });
  };
  walk(body);
  const selectors = new Map<string, TextSelectors>();
  for (const id of ids) {
    const span = spans.get(id);
    if (!span) throw new Error(`No element with id "${id}" in the page`);
    selectors.set(id, {
      fragment: id,
      quote: {
        exact: text.slice(span.start, span.end),
        prefix: text.slice(Math.max(0, span.start - contextLength), span.start),
        suffix: text.slice(span.end, span.end + contextLength),
      },
      position: span,
    });
  }
  return selectors;
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}
