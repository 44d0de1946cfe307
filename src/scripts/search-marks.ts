import { fragmentId, highlightParam, highlightsFrom } from '../lib/search/highlight.ts';
import { findMarkRanges } from '../lib/search/marks.ts';
import { pluralForm } from '../lib/site/plural.ts';
import { fillTemplate } from '../lib/site/template.ts';
import type { MarkMessages } from '../lib/site/search-messages.ts';

/* On arrival from a search result (…?highlight=cessez-le-feu#ceasefire-monitoring), marks in the
   passage linked to the words and phrases the index matched, says how many marks it placed, and
   lets the reader step through them and clear them. It shows only words found on the page, never
   text from the URL, and nothing in the URL can make it throw. */

/** Text the index leaves out is not marked either. */
const skipped = '[data-pagefind-ignore], script, style, mark';
/** A passage of the index: what a result links to. */
const passageSelector = '[data-pagefind-title][id]';
const blocks = new Set(['P', 'LI', 'DIV', 'SECTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'HEADER', 'ARTICLE']);

interface Segment {
  node: Text;
  /** Where the node's text starts in the joined text. */
  offset: number;
}

function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && !blocks.has(element.tagName)) element = element.parentElement;
  return element;
}

/** The passage's text nodes, joined into one text (a space between blocks), so words split by inline markup stay whole. */
function textOf(root: Element): { text: string; segments: Segment[] } {
  const isPassage = root.matches(passageSelector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || parent.closest(skipped)) return NodeFilter.FILTER_REJECT;
      // A passage inside this one (a note printed inside its component) is marked when it is the one linked to.
      return isPassage && parent.closest(passageSelector) !== root ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  let text = '';
  let block: Element | null = null;
  const segments: Segment[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const nodeBlock = blockOf(node);
    if (segments.length > 0 && nodeBlock !== block) text += ' ';
    block = nodeBlock;
    segments.push({ node, offset: text.length });
    text += node.data;
  }
  return { text, segments };
}

/** Wraps [start, end) of the joined text in marks (one per text node it crosses); returns them. */
function wrap(segments: readonly Segment[], start: number, end: number): HTMLElement[] {
  const marks: HTMLElement[] = [];
  for (const { node, offset } of segments) {
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + node.data.length) - offset;
    if (from >= to) continue;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}

/** The passage linked to, inside an indexed part of the page (a page may have several), or else the first indexed part. */
function passageFor(): HTMLElement | null {
  const id = fragmentId(location.hash);
  const target = id ? document.getElementById(id) : null;
  const passage = target?.closest<HTMLElement>('[data-pagefind-title][id]');
  if (passage?.closest('[data-pagefind-body]')) return passage;
  return document.querySelector<HTMLElement>('[data-pagefind-body]');
}

function clearMarks(hits: HTMLElement[][], toolbar: HTMLElement): void {
  for (const mark of hits.flat()) {
    const parent = mark.parentNode;
    mark.replaceWith(...mark.childNodes);
    parent?.normalize();
  }
  toolbar.remove();
  const url = new URL(location.href);
  url.searchParams.delete(highlightParam);
  history.replaceState(history.state, '', url);
}

function showToolbar(hits: HTMLElement[][], messages: MarkMessages, lang: string): void {
  const words = [...new Map(hits.map((hit) => hit.map((mark) => mark.textContent ?? '').join('')).map((word) => [word.toLocaleLowerCase(lang), word])).values()];
  const quoted = words
    .slice(0, 3)
    .map((word) => fillTemplate(messages.quote, { words: word }))
    .join(', ');
  const toolbar = document.createElement('div');
  toolbar.className = 'search-marks';
  toolbar.setAttribute('role', 'region');
  toolbar.setAttribute('aria-label', messages.region);
  const summary = document.createElement('p');
  summary.className = 'search-marks__summary';
  summary.textContent = fillTemplate(pluralForm(lang, messages.marks, hits.length), { count: hits.length, words: quoted + (words.length > 3 ? ' …' : '') });
  const position = document.createElement('span');
  position.className = 'search-marks__position';
  position.setAttribute('aria-live', 'polite');
  const button = (label: string, className: string) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = className;
    element.textContent = label;
    return element;
  };
  const previous = button(messages.previous, 'search-marks__previous');
  const next = button(messages.next, 'search-marks__next');
  const clear = button(messages.clear, 'search-marks__clear');
  let current = -1;
  const go = (step: number) => {
    hits[current]?.forEach((mark) => mark.classList.remove('search-hit--current'));
    current = (current + step + hits.length) % hits.length;
    const hit = hits[current]!;
    hit.forEach((mark) => mark.classList.add('search-hit--current'));
    hit[0]!.scrollIntoView({ block: 'center' });
    position.textContent = fillTemplate(messages.position, { index: current + 1, count: hits.length });
  };
  previous.addEventListener('click', () => go(current === -1 ? 0 : -1));
  next.addEventListener('click', () => go(1));
  clear.addEventListener('click', () => clearMarks(hits, toolbar));
  const controls = document.createElement('p');
  controls.className = 'search-marks__controls';
  controls.append(previous, next, position, clear);
  toolbar.append(summary, controls);
  document.body.append(toolbar);
}

/** Marks the words of `?highlight=`, if any; returns how many marks were placed. Never throws. */
export function markSearchHits(): number {
  try {
    const values = highlightsFrom(location.search);
    const passage = passageFor();
    if (values.length === 0 || !passage) return 0;
    const lang = document.documentElement.lang || 'en';
    const { text, segments } = textOf(passage);
    const ranges = findMarkRanges(text, values, lang);
    // From the last range to the first, so that wrapping one leaves the offsets of the others valid.
    const hits = ranges
      .reverse()
      .map(([start, end]) => wrap(segments, start, end))
      .reverse()
      .filter((hit) => hit.length > 0);
    if (hits.length === 0) return 0;
    const messages = JSON.parse(document.querySelector<HTMLElement>('[data-search-marks]')?.dataset.searchMarks ?? '{}') as MarkMessages;
    showToolbar(hits, messages, lang);
    return hits.length;
  } catch {
    return 0;
  }
}

// Fetched by the shell script (./shell.ts) only when the page is opened from a result: it marks them on arrival.
markSearchHits();
