import { excerptParts, rankHits, withHighlight, type PagefindResultData } from '../lib/search/hits.ts';
import { searchTermsFrom } from '../lib/search/terms.ts';
import { pluralForm, type PluralForms } from '../lib/site/plural.ts';
import { fillTemplate } from '../lib/site/template.ts';

interface Messages {
  loading: string;
  empty: string;
  failed: string;
  inText: string;
  inNote: string;
  noResults: string;
  /** "{count} results for …", in each plural form of the page's language. */
  results: PluralForms;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

const page = document.querySelector<HTMLElement>('.search-page')!;
const messages = JSON.parse(page.dataset.messages ?? '{}') as Messages;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const maxQueryLength = 200;
/* The index holds a handful of pages (the full texts), each split into its components and notes:
   every hit is listed, so the count the reader hears is the true one. */
const maxPages = 10;

/** Notes live at `#note-<id>` (see routes.note). */
const isNote = (url: string) => url.includes('#note-');

let pagefind: Promise<Pagefind> | undefined;
/** Pagefind (its script, worker, WebAssembly and the index: about 170 KB, 105 KB compressed) is fetched only once the reader searches. */
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (module) => {
    await module.options({ excerptLength: 24 });
    await module.init();
    return module;
  });
  return pagefind;
}

function renderHit(title: string, url: string, excerpt: string, query: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result__title';
  link.href = withHighlight(url, query);
  link.textContent = title;
  const context = document.createElement('span');
  context.className = 'search-result__context';
  context.textContent = isNote(url) ? messages.inNote : messages.inText;
  const text = document.createElement('p');
  text.className = 'search-result__excerpt';
  for (const part of excerptParts(excerpt)) {
    if (!part.marked) {
      text.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    text.append(mark);
  }
  item.append(link, ' ', context, text);
  return item;
}

let latest = 0;
async function runSearch(rawQuery: string): Promise<void> {
  const query = rawQuery.trim().slice(0, maxQueryLength);
  const run = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  // The links to the other languages' search carry the query along.
  for (const other of document.querySelectorAll<HTMLAnchorElement>('a[data-search-base]')) {
    other.href = query ? `${other.dataset.searchBase}?q=${encodeURIComponent(query)}` : (other.dataset.searchBase ?? other.href);
  }

  if (!query) {
    list.replaceChildren();
    status.textContent = messages.empty;
    return;
  }
  // Punctuation, symbols, emoji or single characters alone hold no word to look for.
  if (searchTermsFrom(query).length === 0) {
    list.replaceChildren();
    status.textContent = fillTemplate(messages.noResults, { query });
    return;
  }
  status.textContent = messages.loading;
  try {
    const module = await loadPagefind();
    const search = await module.search(query);
    if (run !== latest || !search) return;
    const data = await Promise.all(search.results.slice(0, maxPages).map((result) => result.data()));
    if (run !== latest) return;
    const hits = rankHits(data, query, isNote);
    list.replaceChildren(...hits.map((hit) => renderHit(hit.title, hit.url, hit.excerpt, query)));
    const template = hits.length === 0 ? messages.noResults : pluralForm(document.documentElement.lang, messages.results, hits.length);
    status.textContent = fillTemplate(template, { query, count: new Intl.NumberFormat(document.documentElement.lang).format(hits.length) });
  } catch {
    if (run !== latest) return;
    list.replaceChildren();
    status.textContent = messages.failed;
  }
}

let debounce: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(debounce);
  debounce = setTimeout(() => void runSearch(input.value), 150);
});
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(debounce);
  void runSearch(input.value);
});

const initial = new URLSearchParams(location.search).get('q') ?? '';
input.value = initial.slice(0, maxQueryLength);
if (initial.trim()) void runSearch(initial);
