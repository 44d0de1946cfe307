import { offerOfflineReading } from './offline.ts';
/* The parts fetched on demand, each built by Vite as a bundle of its own whose address it gives
   (`?worker&url`; they run as ordinary modules, see vite.worker in astro.config.ts): a plain import()
   would add Vite's preloading helper, 0.7 KB, to this file and so to every page. */
import notFoundUrl from './not-found.ts?worker&url';
import readingUrl from './reading.ts?worker&url';
import searchMarksUrl from './search-marks.ts?worker&url';
import searchUrl from './search.ts?worker&url';

// Each part runs on arrival (a bundle of its own keeps no exports).
const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/* The one script every page loads (src/components/PageScript.astro), kept small: the home page pays
   for every byte (page weight counts everything fetched on load). Reading works without it; with it,
   the reader keeps their place when switching language (components and notes have the same ids in
   every language), the contents menu closes once a place is chosen, short jumps glide, and the
   language's pages are kept for offline reading. What only some pages or readers need is fetched
   when they need it: the notes and sharing tools of the pages that have them, once the reader
   reaches for them (./reading.ts), the
   search marks on arrival from a result, the search page's and the 404 page's own parts. */

// Marking what a search matched is fetched only when the page is opened from a result.
if (/[?&]highlight=/.test(location.search)) void load(searchMarksUrl);

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

glideShortJumps();
closeMenuOnChoice();
offerOfflineReading();

/* Notes, copy buttons, citations and quote links: only where a page has them, and only once the
   reader moves towards them (./reading.ts catches up with what they did meanwhile): a pointer or a
   finger over the page, a key (Tab towards a marker), focus, a selection, a note or panel opened.
   A reader who only reads, or scrolls with a wheel, fetches nothing more (print shows every note
   by its stylesheet). */
if (document.querySelector('.sidenote, .share, .quote-link')) {
  const moves = ['pointerover', 'keydown', 'focusin', 'selectionchange', 'toggle'];
  /* A copy button pressed before the file arrived (a tap brings the pointer and the press at once):
     pressed again once it has, so the first tap copies too. */
  let pressed: HTMLButtonElement | undefined;
  const keepPress = (event: Event): void => {
    pressed = (event.target as Element | null)?.closest<HTMLButtonElement>('.copy-button') ?? pressed;
  };
  addEventListener('click', keepPress, true);
  const fetchReading = (): void => {
    for (const move of moves) removeEventListener(move, fetchReading, true);
    void load(readingUrl).then(() => {
      removeEventListener('click', keepPress, true);
      pressed?.click();
    });
  };
  // Capturing: a note's toggle and the document's selectionchange do not bubble up to the window.
  for (const move of moves) addEventListener(move, fetchReading, true);
}
if (document.getElementById('search-query')) void load(searchUrl);
if (document.querySelector('.not-found[data-pages]')) void load(notFoundUrl);
