import { textFragmentUrl } from '../lib/sharing/text-fragment.ts';

/* What the pages with notes and sharing tools (the article view, the component pages) add to the
   shell script (./shell.ts), which fetches this file only there, at the reader's first move towards
   them (a pointer or finger over the page, a key, focus, a selection, a note or panel opened): a
   reader who only reads never fetches it. Reading works without it; with it, copy buttons work,
   selected words of a component can be linked to, and notes keep the reader's place as they open
   and close. Whatever the reader did before it arrived is caught up on arrival. The citation
   formats are fetched when a reader opens "Cite". */

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
  const cite = share.querySelector('details');
  if (cite?.open) void updateAccessDates(share);
  else cite?.addEventListener('toggle', () => void updateAccessDates(share), { once: true });
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
  const offer = (): void => {
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
  };
  document.addEventListener('selectionchange', offer);
  // Words selected before this file arrived (the selection fetched it).
  offer();
}

/* Notes (see Sidenote.astro): they open and close without script; with it, the words of the note
   being read are marked, a marker followed keeps its sentence where it stood on screen (the note
   opens under it), closing a note returns to its marker, and printing shows every note. */
function followNotes(): void {
  const anchorOf = (details: HTMLDetailsElement) => document.getElementById(`anchor-${details.dataset.note}`);
  const markerOf = (details: HTMLDetailsElement) => document.getElementById(`marker-${details.dataset.note}`);
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.sidenote')) {
    // A note opened before this file arrived (opening it fetched it).
    if (details.open) anchorOf(details)?.classList.add('is-read');
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

enableCopyButtons();
offerQuoteLinks();
followNotes();
