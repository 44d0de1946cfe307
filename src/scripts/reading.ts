import { findTermRanges, searchTermsFrom } from '../lib/search-terms.ts';
import { fillTemplate } from '../lib/template.ts';

/* The little script reading pages carry: it marks searched terms on arrival from a search
   result (…?highlight=terms#component), and keeps the reader's place when switching language
   (components and notes have the same ids in every language). Reading works without it. */

function markRanges(node: Text, ranges: Array<[number, number]>): void {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start > cursor) fragment.append(node.data.slice(cursor, start));
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    mark.textContent = node.data.slice(start, end);
    fragment.append(mark);
    cursor = end;
  }
  if (cursor < node.data.length) fragment.append(node.data.slice(cursor));
  node.replaceWith(fragment);
}

function highlight(root: HTMLElement, query: string): number {
  const terms = searchTermsFrom(query);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('.note-marker, .component__links, .note-entry__links, script, style, mark')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const pending: Array<[Text, Array<[number, number]>]> = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const ranges = findTermRanges((node as Text).data, terms);
    if (ranges.length > 0) pending.push([node as Text, ranges]);
  }
  for (const [node, ranges] of pending) markRanges(node, ranges);
  return pending.length;
}

function showNotice(root: HTMLElement, query: string): void {
  const clearUrl = new URL(location.href);
  clearUrl.searchParams.delete('highlight');
  const notice = document.createElement('p');
  notice.className = 'highlight-notice';
  notice.append(fillTemplate(root.dataset.highlightNotice ?? '{terms}', { terms: query }), ' ');
  const clear = document.createElement('a');
  clear.href = clearUrl.pathname + clearUrl.search + clearUrl.hash;
  clear.textContent = root.dataset.highlightClear ?? '×';
  notice.append(clear);
  root.before(notice);
}

const query = new URLSearchParams(location.search).get('highlight')?.slice(0, 200).trim();
const root = document.querySelector<HTMLElement>('[data-pagefind-body]');
if (query && root && highlight(root, query) > 0) {
  showNotice(root, query);
  // The notice moved the text down: bring the linked component back into view.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}
