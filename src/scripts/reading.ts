import { offerOfflineReading } from './offline.ts';
import { textFragmentUrl } from '../lib/sharing/text-fragment.ts';

/* The little script reading pages carry. Reading works without it; with it, searched terms are
   marked on arrival from a search result (…?highlight=terms#component), the reader keeps their
   place when switching language (components and notes have the same ids in every language),
   copy buttons work, and selected words of a component can be linked to. What only some readers
   need is fetched when they need it (page weight counts every byte on load): the search marks on
   arrival from a result, the citation formats when a reader opens "Cite". */

// Marking what a search matched is fetched only when the page is opened from a result.
if (/[?&]highlight=/.test(location.search)) void import('./search-marks.ts').then(({ markSearchHits }) => markSearchHits());

/* A short link served as a static page, where the host does not redirect: its refresh would drop the
   fragment (/1/#note-…), so the script sends the reader on first, fragment kept. */
const refresh = document.querySelector<HTMLMetaElement>('meta[http-equiv="refresh"]')?.content;
const forward = refresh === undefined ? undefined : /;\s*url=(.+)$/i.exec(refresh)?.[1];
if (forward && location.hash) location.replace(forward + location.hash);


for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-hash]')) {
  link.addEventListener('click', () => {
    if (location.hash) link.hash = location.hash;
  });
}

/* Copy buttons and citations: shown as text without script; with it, buttons copy, and the
   access date becomes today's, once the reader opens a citation (or copies one). */
async function updateAccessDates(share: Element): Promise<void> {
  if (share instanceof HTMLElement && share.dataset.accessed) return;
  const { bibtexCitation, citationTargetFromCslJson, cslJsonCitation, plainCitation } = await import('../lib/sharing/citation.ts');
  const record = citationTargetFromCslJson(share.querySelector('[data-citation-format="csl-json"]')?.textContent ?? '');
  if (!record) return;
  const target = { ...record, accessed: new Date().toISOString().slice(0, 10) };
  const formats: Record<string, string> = { text: plainCitation(target), bibtex: bibtexCitation(target), 'csl-json': cslJsonCitation(target) };
  for (const value of share.querySelectorAll<HTMLElement>('[data-citation-format]')) {
    value.textContent = formats[value.dataset.citationFormat ?? ''] ?? value.textContent;
  }
  if (share instanceof HTMLElement) share.dataset.accessed = target.accessed;
}

for (const share of document.querySelectorAll('.share')) {
  share.querySelector('details')?.addEventListener('toggle', () => void updateAccessDates(share), { once: true });
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
    button.addEventListener('click', async () => {
      const share = button.closest('.share, .quote-link');
      if (button.dataset.copyFrom && share) await updateAccessDates(share);
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

/* Notes (see Sidenote.astro): they open and close without script; with it, the words of the note
   being read are marked, a marker followed keeps its sentence where it stood on screen (the note
   opens under it), closing a note returns to its marker, and printing shows every note. */
function followNotes(): void {
  const anchorOf = (details: HTMLDetailsElement) => document.getElementById(`anchor-${details.dataset.note}`);
  const markerOf = (details: HTMLDetailsElement) => document.getElementById(`marker-${details.dataset.note}`);
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.sidenote')) {
    details.addEventListener('toggle', () => {
      anchorOf(details)?.classList.toggle('is-read', details.open);
      if (details.open) return;
      const marker = markerOf(details);
      if (!marker) return;
      // Focus was in the note, which is gone from a narrow screen: it goes back to the marker.
      if (details.contains(document.activeElement) || document.activeElement === document.body) marker.focus({ preventScroll: true });
      const box = marker.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) marker.scrollIntoView({ block: 'center' });
    });
    const gloss = details.querySelector('summary');
    gloss?.addEventListener('mouseenter', () => anchorOf(details)?.classList.add('is-read'));
    gloss?.addEventListener('mouseleave', () => anchorOf(details)?.classList.toggle('is-read', details.open));
  }
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a');
    if (!link) return;
    if (link.classList.contains('note-marker')) {
      const before = link.getBoundingClientRect().top;
      requestAnimationFrame(() => scrollBy(0, link.getBoundingClientRect().top - before));
    } else if (link.classList.contains('sidenote__close')) {
      const details = link.closest<HTMLDetailsElement>('details.sidenote');
      if (details) details.open = false;
    }
  });
  const opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details.sidenote:not([open])')) {
      details.open = true;
      opened.push(details);
    }
  });
  addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
  });
}

/* Jumps within the page are instant (a long smooth scroll shows a blank screen for seconds); a
   short one, two screens at most, glides for readers who have not asked for less motion. */
function glideShortJumps(): void {
  const reduced = matchMedia('(prefers-reduced-motion: reduce)');
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href^="#"]');
    if (!link || reduced.matches || link.classList.contains('note-marker')) return;
    const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target || Math.abs(target.getBoundingClientRect().top) > 2 * innerHeight) return;
    const root = document.documentElement;
    root.style.scrollBehavior = 'smooth';
    setTimeout(() => root.style.removeProperty('scroll-behavior'), 1000);
  });
}

/* The bar's menu closes once a place on the page is chosen, or with Escape. */
function closeMenuOnChoice(): void {
  const menu = document.querySelector<HTMLDetailsElement>('.bar-menu');
  if (!menu) return;
  menu.addEventListener('click', (event) => {
    if ((event.target as Element | null)?.closest('a')) menu.open = false;
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    menu.querySelector('summary')?.focus();
  });
}

enableCopyButtons();
offerQuoteLinks();
followNotes();
glideShortJumps();
closeMenuOnChoice();

offerOfflineReading();

/* The search page's part, fetched only there (reading pages load this one file and nothing else); the
   404 page's, likewise. */
if (document.getElementById('search-query')) void import('./search.ts');
if (document.querySelector('.not-found[data-pages]')) void import('./not-found.ts');
