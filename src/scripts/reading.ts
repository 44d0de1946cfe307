import { bibtexCitation, citationTargetFromCslJson, cslJsonCitation, plainCitation } from '../lib/sharing/citation.ts';
import { findTermRanges, searchTermsFrom } from '../lib/search/terms.ts';
import { fillTemplate } from '../lib/site/template.ts';
import { textFragmentUrl } from '../lib/sharing/text-fragment.ts';

/* The little script reading pages carry. Reading works without it; with it, searched terms are
   marked on arrival from a search result (…?highlight=terms#component), the reader keeps their
   place when switching language (components and notes have the same ids in every language),
   copy buttons work, and selected words of a component can be linked to. */

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
      node.parentElement?.closest('.note-marker, .component__links, .note-entry__links, .share, script, style, mark')
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

/* Copy buttons and citations: shown as text without script; with it, buttons copy, and the
   access date becomes today's. */
function updateAccessDates(): void {
  const today = new Date().toISOString().slice(0, 10);
  for (const share of document.querySelectorAll<HTMLElement>('.share')) {
    const record = citationTargetFromCslJson(share.querySelector('[data-citation-format="csl-json"]')?.textContent ?? '');
    if (!record) continue;
    const target = { ...record, accessed: today };
    const formats: Record<string, string> = { text: plainCitation(target), bibtex: bibtexCitation(target), 'csl-json': cslJsonCitation(target) };
    for (const value of share.querySelectorAll<HTMLElement>('[data-citation-format]')) {
      value.textContent = formats[value.dataset.citationFormat ?? ''] ?? value.textContent;
    }
  }
}

/** What the copy buttons say once they are done, in the page's language (on <main>). */
const copyMessages = document.querySelector<HTMLElement>('main')?.dataset ?? {};

async function copy(text: string, status: HTMLElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    if (status) status.textContent = copyMessages.copied ?? '';
  } catch {
    if (status) status.textContent = copyMessages.copyFailed ?? '';
  }
}

function enableCopyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('.copy-button')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const share = button.closest('.share, .quote-link');
      // A citation format, the quote link the script made, or else the permanent link.
      const text = button.dataset.copyFrom
        ? share?.querySelector(`[data-citation-format="${button.dataset.copyFrom}"]`)?.textContent
        : (button.dataset.copyText ?? share?.querySelector<HTMLAnchorElement>('.share__url')?.href);
      void copy(text ?? '', share?.querySelector<HTMLElement>('[role="status"]') ?? null);
    });
  }
}

/* Selecting words of a component offers a link that lands on them (a text fragment). */
function offerQuoteLinks(): void {
  const panel = document.querySelector<HTMLElement>('.quote-link');
  if (!panel) return;
  const link = panel.querySelector<HTMLAnchorElement>('a')!;
  const button = panel.querySelector<HTMLButtonElement>('.copy-button')!;
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    const range = selection && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
    const start = range?.startContainer.parentElement?.closest<HTMLElement>('[data-component-url]');
    const end = range?.endContainer.parentElement?.closest<HTMLElement>('[data-component-url]');
    // Words around the quote, from the same runs of text only: that is text the reader sees.
    const context = range && {
      before: range.startContainer.nodeType === Node.TEXT_NODE ? range.startContainer.textContent!.slice(0, range.startOffset) : '',
      after: range.endContainer.nodeType === Node.TEXT_NODE ? range.endContainer.textContent!.slice(range.endOffset) : '',
    };
    const url = start && start === end ? textFragmentUrl(start.dataset.componentUrl!, selection!.toString(), context) : undefined;
    if (!url) {
      if (!panel.contains(document.activeElement)) panel.hidden = true;
      return;
    }
    link.href = url;
    button.dataset.copyText = url;
    panel.hidden = false;
  });
}

updateAccessDates();
enableCopyButtons();
offerQuoteLinks();

/* The search page's part, fetched only there (reading pages load this one file and nothing else). */
if (document.getElementById('search-query')) void import('./search.ts');
