import { withHighlights } from '../lib/search/highlight.ts';
import type { Lexicon, Vocabulary } from '../lib/search/lexicon.ts';
import { excerptOf, matchesTerm, matchPassage } from '../lib/search/matches.ts';
import { isSearchable, maxQueryLength, pagefindTerms, prepareQuery, type PreparedQuery } from '../lib/search/query.ts';
import { suggester, type Suggester, type Suggestions } from '../lib/search/suggestions.ts';
import type { SearchPageMessages } from '../lib/site/search-messages.ts';
import { pluralForm } from '../lib/site/plural.ts';
import { fillTemplate } from '../lib/site/template.ts';

/* The search page. Pagefind (its script, WebAssembly and the index chunks a query needs) loads
   when the reader first focuses the box or searches. Every keystroke searches at once (no
   debounce: a search takes a few milliseconds once loaded); only the first page of results loads
   its passages' text, the rest on demand. Each committed query is its own history entry. The
   page shows the words the index matched, never the query as typed. */

interface PagefindFragment {
  url: string;
  content: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  locations: number[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Filters }): Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind filters: a value per filter, or a nested condition (`not`). */
interface Filters {
  [filter: string]: string | string[] | Filters;
}

interface Hit {
  result: PagefindResult;
  score: number;
  /** Pagefind's terms of the query variants that found it, those of them that match every word they begin, and its phrases. */
  terms: string[];
  prefixes: string[];
  phrases: string[][];
  /** How many of the query's words it holds (a query whose words are not all in one passage is ranked by it). */
  coverage: number;
}

const pageSize = 10;
/** How much a passage found through an alias counts, against one found by the words as typed. */
const aliasWeight = 0.6;
/** How much more a passage counts, on the first page, when its title holds every word searched. */
const titleWeight = 1;
const lang = document.documentElement.lang || 'en';
const page = document.querySelector<HTMLElement>('.search-page')!;
const messages = JSON.parse(page.dataset.messages ?? '{}') as SearchPageMessages;
const input = document.querySelector<HTMLInputElement>('#search-query')!;
const kindSelect = document.querySelector<HTMLSelectElement>('#search-kind')!;
const partSelect = document.querySelector<HTMLSelectElement>('#search-part')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const partLabels = new Map([...partSelect.options].filter((option) => option.value).map((option) => [option.value, option.text]));

let engine: Promise<{ pagefind: Pagefind; lexicon: Lexicon }> | undefined;
/** Pagefind runs in the page (no worker: one file fewer to fetch, and a search takes milliseconds). */
function loadSearch(): Promise<{ pagefind: Pagefind; lexicon: Lexicon }> {
  const url = '/pagefind/pagefind.js';
  engine ??= Promise.all([
    (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
      // Titles ("Note 3", a source's publisher) do not rank: headings and text do.
      await pagefind.options({ noWorker: true, ranking: { metaWeights: { title: 0 } } });
      await pagefind.init();
      return pagefind;
    }),
    fetch(page.dataset.lexicon!).then((response) => response.json() as Promise<Lexicon>),
  ]).then(([pagefind, lexicon]) => ({ pagefind, lexicon }));
  engine.catch(() => (engine = undefined));
  return engine;
}

let vocabulary: Promise<Suggester> | undefined;
function loadSuggester(): Promise<Suggester> {
  vocabulary ??= fetch(page.dataset.vocabulary!).then(async (response) => suggester((await response.json()) as Vocabulary));
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}

/* ---- the URL and history */

interface SearchState {
  query: string;
  kind: string;
  part: string;
}

const currentState = (): SearchState => ({ query: input.value.trim().slice(0, maxQueryLength), kind: kindSelect.value, part: partSelect.value });

/** The search page (this one, or another language's) for a state: path and query string. */
function urlOf(state: SearchState, path = location.pathname): string {
  const url = new URL(path, location.href);
  for (const [name, value] of [['q', state.query], ['kind', state.kind], ['part', state.part]] as const) {
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  return url.pathname + url.search;
}

function restore(): void {
  const params = new URLSearchParams(location.search);
  input.value = (params.get('q') ?? '').slice(0, maxQueryLength);
  const pick = (select: HTMLSelectElement, value: string | null) => {
    select.value = [...select.options].some((option) => option.value === value) ? value! : '';
  };
  pick(kindSelect, params.get('kind'));
  pick(partSelect, params.get('part'));
}

/** Whether the current history entry belongs to the query being typed (then it is updated, not added). */
let typing = false;
/** Whether the query's last word is being typed key by key (it may then match the longer words it begins). */
let wordInProgress = false;
type HistoryMode = 'push' | 'replace' | 'none';

function record(state: SearchState, mode: HistoryMode): void {
  const url = urlOf(state);
  if (mode === 'none' || url === location.pathname + location.search) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/* ---- rendering */

function quoted(words: readonly string[]): string {
  return words.map((word) => fillTemplate(messages.quote, { words: word })).join(', ');
}

function renderHit(fragment: PagefindFragment, hit: Hit): { item: HTMLLIElement; highlights: string[] } {
  const matches = matchPassage(fragment.content, fragment.locations, hit.terms, lang, { prefixes: hit.prefixes, phrases: hit.phrases });
  const kind = (fragment.filters.kind?.[0] ?? 'text') as keyof SearchPageMessages['kinds'];
  const part = fragment.filters.part?.[0];
  const title = fragment.meta.title ?? fragment.url;
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.className = 'search-result__title';
  link.href = withHighlights(fragment.url, matches.highlights);
  link.textContent = kind === 'note' && part && partLabels.has(part) ? fillTemplate(messages.resultIn, { title, place: partLabels.get(part)! }) : title;
  const context = document.createElement('span');
  context.className = 'search-result__context';
  context.textContent = messages.kinds[kind] ?? messages.kinds.text;
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const part of excerptOf(matches)) {
    if (!part.marked) {
      excerpt.append(part.text);
      continue;
    }
    const mark = document.createElement('mark');
    mark.textContent = part.text;
    excerpt.append(mark);
  }
  item.append(link, ' ', context, excerpt);
  return { item, highlights: matches.highlights };
}

/** Words of a title that a hit's terms match: a passage whose title names what the reader typed answers it best. */
function titleShare(title: string, hit: Hit): number {
  const keys = title.split(/\s+/).flatMap((word) => pagefindTerms(word));
  const matched = hit.terms.filter((term) => keys.some((key) => matchesTerm(key, term, lang, hit.prefixes.includes(term))));
  return hit.terms.length > 0 ? matched.length / hit.terms.length : 0;
}

/**
 * A page of results, rendered; passages where no word of the query was found (see
 * PassageMatches) are left out and counted. Within the page, a passage whose title holds the
 * words searched rises: its title is known only once its text is loaded.
 */
async function renderPage(hits: readonly Hit[]): Promise<{ items: HTMLLIElement[]; highlights: string[]; dropped: number }> {
  const fragments = await Promise.all(hits.map((hit) => hit.result.data()));
  const rendered = fragments
    .map((fragment, index) => ({ ...renderHit(fragment, hits[index]!), score: hits[index]!.score * (1 + titleWeight * titleShare(fragment.meta.title ?? '', hits[index]!)) }))
    .filter(({ highlights }) => highlights.length > 0)
    .sort((a, b) => b.score - a.score);
  return { items: rendered.map(({ item }) => item), highlights: rendered.flatMap(({ highlights }) => highlights), dropped: hits.length - rendered.length };
}

/** How the results on screen answer the query: as typed, for the closest spelling, or for some of its words only. */
type Answer = 'typed' | 'corrected' | 'partial';

let shownCount = 0;
let shownAnswer: Answer = 'typed';
function showCount(count: number, highlights: readonly string[], answer: Answer): void {
  shownCount = count;
  shownAnswer = answer;
  const results = fillTemplate(pluralForm(lang, messages.results, count), { count });
  const words = [...new Map(highlights.map((word) => [word.toLocaleLowerCase(lang), word])).values()].slice(0, 3);
  // One sentence: never "No results. 7 results for …".
  const template = answer === 'corrected' ? messages.corrected : answer === 'partial' ? messages.partial : messages.resultsFor;
  status.textContent = words.length > 0 || answer !== 'typed' ? fillTemplate(template, { results, words: quoted(words) }) : `${results}.`;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

/** The other spellings the index knows (as links), and the way to the full text and to the other languages. */
function showHelp(suggestions: readonly string[]): void {
  const paragraphs: HTMLParagraphElement[] = [];
  if (suggestions.length > 0) {
    const line = document.createElement('p');
    line.className = 'search-help__suggestions';
    line.append(messages.didYouMean, ' ');
    suggestions.forEach((suggestion, index) => {
      const anchor = link(urlOf({ ...currentState(), query: suggestion }), suggestion);
      anchor.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = suggestion;
        typing = false;
        void runSearch('push');
      });
      line.append(...(index > 0 ? [', '] : []), anchor);
    });
    paragraphs.push(line);
  }
  const ways = document.createElement('p');
  ways.append(messages.noResultsHelp, ' ', link(page.dataset.fullText!, messages.fullText));
  for (const other of document.querySelectorAll<HTMLAnchorElement>('.search-other-language__link')) ways.append(' · ', link(other.getAttribute('href') ?? '', other.textContent ?? ''));
  paragraphs.push(ways);
  help.replaceChildren(...paragraphs);
  help.hidden = false;
}

/* ---- searching */

let latest = 0;
let remaining: Hit[] = [];

function settle(query: string, text?: string): void {
  if (text !== undefined) status.textContent = text;
  list.removeAttribute('aria-busy');
  // For tests and the bench: the query whose results are on screen (an attribute, never displayed).
  page.dataset.query = query;
}

async function runSearch(mode: HistoryMode): Promise<void> {
  const run = ++latest;
  const state = currentState();
  record(state, mode);
  for (const other of document.querySelectorAll<HTMLAnchorElement>('.search-other-language__link')) {
    other.href = urlOf(state, other.dataset.searchBase ?? other.pathname);
  }
  help.hidden = true;
  more.hidden = true;
  if (!state.query) {
    remaining = [];
    list.replaceChildren();
    settle('', messages.empty);
    return;
  }
  // Punctuation, symbols or emoji alone hold no word to look for, nor does a letter alone.
  if (!isSearchable(state.query)) {
    list.replaceChildren();
    settle(state.query, messages.noResults);
    showHelp([]);
    return;
  }
  list.setAttribute('aria-busy', 'true');
  if (!engine) status.textContent = messages.loading;
  try {
    const { pagefind, lexicon } = await loadSearch();
    const filters: Filters = {};
    if (state.kind) filters.kind = state.kind;
    if (state.part) filters.part = state.part;
    const outcome = await answer(pagefind, lexicon, state.query, filters);
    if (run !== latest) return;
    const result = outcome.page;
    if (!result) {
      remaining = [];
      list.replaceChildren();
      settle(state.query, messages.noResults);
      showHelp(outcome.suggestions);
      return;
    }
    remaining = result.remaining;
    list.replaceChildren(...result.items);
    more.hidden = remaining.length === 0;
    showCount(result.count, result.highlights, outcome.answer);
    settle(state.query);
    if (outcome.answer === 'corrected' && outcome.suggestions.length > 1) showHelp(outcome.suggestions.slice(1));
  } catch {
    if (run !== latest) return;
    list.replaceChildren();
    settle(state.query, messages.failed);
    help.replaceChildren(link(page.dataset.fullText!, messages.fullText));
    help.hidden = false;
  }
}

type Page = NonNullable<Awaited<ReturnType<typeof firstPage>>['page']>;

/**
 * The results of a query: the passages that hold all its words; if none, the closest spelling
 * the index knows (said so); if none, the passages holding the words the edition has, the query's
 * other words being in no passage (said so), ranked by how many of its words they hold.
 */
async function answer(pagefind: Pagefind, lexicon: Lexicon, query: string, filters: Filters): Promise<{ page?: Page; answer: Answer; suggestions: string[] }> {
  const prepared = prepareQuery(query, lexicon, lang, { typing: wordInProgress });
  const terms = pagefindTerms(prepared.variants[0] ?? '');
  // A question or a long query: passages ranked by how many of its words they hold, then by score.
  const first = await firstPage(terms.length >= longQuery ? await anyWords(pagefind, lexicon, terms, filters) : await rankedHits(pagefind, prepared, filters));
  if (first.page) return { page: first.page, answer: 'typed', suggestions: [] };
  // A word still being typed ("при", on the way to « припинення ») is not a misspelling.
  if (first.unfinished) return { answer: 'typed', suggestions: [] };
  const found = await suggestionsFor(terms);
  // A query with markup in it (<script>…) is no misspelling: its suggestions are offered, never searched for it.
  if (found.complete && found.queries[0] && !/[<>]/.test(query)) {
    const corrected = await firstPage(await rankedHits(pagefind, prepareQuery(found.queries[0], lexicon, lang), filters));
    if (corrected.page) return { page: corrected.page, answer: 'corrected', suggestions: found.queries };
  }
  // The words the edition holds, each searched alone: passages ranked by how many of them they hold.
  if (terms.length > 1 && terms.length < longQuery) {
    const partial = await firstPage(await anyWords(pagefind, lexicon, terms, filters));
    if (partial.page) return { page: partial.page, answer: 'partial', suggestions: found.queries };
  }
  return { answer: 'typed', suggestions: found.queries };
}

/** From this many words (after stop words), a query is ranked by how many of its words a passage holds, not required to hold them all. */
const longQuery = 3;

/** Passages holding any of the words, each searched alone: ranked by their summed scores, times the share of the words they hold (squared). */
async function anyWords(pagefind: Pagefind, lexicon: Lexicon, terms: readonly string[], filters: Filters): Promise<Found> {
  const alone = await Promise.all(terms.map((term) => rankedHits(pagefind, prepareQuery(term, lexicon, lang), filters)));
  const merged = new Map<string, Hit>();
  for (const { hits } of alone) {
    for (const hit of hits) {
      const seen = merged.get(hit.result.id);
      merged.set(
        hit.result.id,
        seen
          ? { ...seen, score: seen.score + hit.score, coverage: seen.coverage + 1, terms: [...new Set([...seen.terms, ...hit.terms])], prefixes: [...new Set([...seen.prefixes, ...hit.prefixes])] }
          : { ...hit, coverage: 1 },
      );
    }
  }
  const rank = (hit: Hit) => hit.score * (hit.coverage / terms.length) ** 2;
  return { hits: [...merged.values()].map((hit) => ({ ...hit, score: rank(hit) })).sort((a, b) => b.score - a.score), unfinished: false };
}

/** The first page of a ranking, rendered, or no page when no passage holds a word of the query. */
async function firstPage(found: Found) {
  const page = await renderPage(found.hits.slice(0, pageSize));
  if (page.items.length === 0) return { page: undefined, unfinished: found.unfinished };
  return { page: { ...page, count: found.hits.length - page.dropped, remaining: found.hits.slice(pageSize) }, unfinished: found.unfinished };
}

interface Found {
  hits: Hit[];
  /** The word being typed begins only longer words: no passage yet, and no misspelling either. */
  unfinished: boolean;
}

/**
 * What a search without a kind finds: every kind at once, ranked by score, a kind counting for
 * this much (the text and the notes first where scores are close, the sources, which only name
 * what they are, last).
 */
const kindGroups: Array<{ kinds: Filters; weight: number }> = [
  { kinds: { any: ['text', 'note'] }, weight: 1 },
  { kinds: { any: ['comparison', 'participant', 'event'] }, weight: 1.1 },
  { kinds: { any: ['source'] }, weight: 0.3 },
];

/** The passages a prepared query finds, best first: its variants searched, their results merged. */
async function rankedHits(pagefind: Pagefind, prepared: PreparedQuery, filters: Filters): Promise<Found> {
  const held = await passagesHolding(pagefind, prepared);
  if (filters.kind) return searchVariants(pagefind, prepared, held, filters, 1);
  const groups = await Promise.all(kindGroups.map(({ kinds, weight }) => searchVariants(pagefind, prepared, held, { ...filters, kind: kinds }, weight)));
  return { hits: groups.flatMap((group) => group.hits).sort((a, b) => b.score - a.score), unfinished: groups.some((group) => group.unfinished) };
}

/**
 * For each variant, the passages that hold what it requires (see PreparedQuery.required): for
 * each requirement one of its exact words or phrases, found by Pagefind's exact search. Pagefind
 * matches every word a term begins; these keep out the passages that hold only longer words.
 */
async function passagesHolding(pagefind: Pagefind, prepared: PreparedQuery): Promise<Array<Set<string> | undefined>> {
  const exact = new Map<string, Promise<string[]>>();
  const idsOf = (words: string) => {
    if (!exact.has(words)) exact.set(words, pagefind.search(`"${words}"`).then((search) => search?.results.map((result) => result.id) ?? []));
    return exact.get(words)!;
  };
  return Promise.all(
    prepared.required.map(async (requirements) => {
      if (requirements.length === 0) return undefined;
      const sets = await Promise.all(requirements.map(async (alternatives) => new Set((await Promise.all(alternatives.map(idsOf))).flat())));
      return new Set([...sets[0]!].filter((id) => sets.every((set) => set.has(id))));
    }),
  );
}

async function searchVariants(pagefind: Pagefind, prepared: PreparedQuery, held: Array<Set<string> | undefined>, filters: Filters, weight: number): Promise<Found> {
  const searches = await Promise.all(
    prepared.variants.map(async (variant, index) => {
      const results = (await pagefind.search(variant, { filters }))?.results ?? [];
      const holding = held[index];
      return holding ? results.filter((result) => holding.has(result.id)) : results;
    }),
  );
  // A passage found by several variants keeps its best score; the words as typed count more than their aliases.
  const hits = new Map<string, Hit>();
  searches.forEach((results, index) => {
    const terms = pagefindTerms(prepared.variants[index]!);
    const scale = (index === 0 ? 1 : aliasWeight) * weight;
    for (const result of results) {
      const score = result.score * scale;
      const hit = hits.get(result.id);
      const found: Hit = { result, score, terms, prefixes: prepared.prefixes[index] ?? [], phrases: prepared.phrases[index] ?? [], coverage: 1 };
      if (!hit) hits.set(result.id, found);
      else
        hits.set(result.id, {
          ...(hit.score >= score ? hit : found),
          score: Math.max(hit.score, score),
          terms: [...new Set([...hit.terms, ...terms])],
          prefixes: [...new Set([...hit.prefixes, ...found.prefixes])],
          phrases: [...hit.phrases, ...found.phrases],
        });
    }
  });
  // Found by Pagefind, then all left out for holding only longer words than the one being typed.
  const unfinished = wordInProgress && hits.size === 0 && prepared.required.some((requirements) => requirements.length > 0);
  return { hits: [...hits.values()].sort((a, b) => b.score - a.score), unfinished };
}

async function suggestionsFor(terms: readonly string[]): Promise<Suggestions> {
  try {
    return (await loadSuggester()).suggest(terms, 3, lang);
  } catch {
    // Suggestions are a help, not a need.
    return { queries: [], complete: false };
  }
}

more.addEventListener('click', async () => {
  const next = remaining.slice(0, pageSize);
  remaining = remaining.slice(pageSize);
  const { items, dropped } = await renderPage(next);
  list.append(...items);
  more.hidden = remaining.length === 0;
  if (dropped > 0) showCount(shownCount - dropped, [], shownAnswer);
  items[0]?.querySelector('a')?.focus();
});

// The search page is there to search: the engine loads once the page is shown and the browser
// is idle, so that a query typed or pasted a moment later finds it ready; the first sign that
// the reader is about to search starts it sooner.
const loadQuietly = () => void loadSearch().catch(() => undefined);
for (const event of ['focus', 'pointerenter'] as const) input.addEventListener(event, loadQuietly, { once: true });
if ('requestIdleCallback' in window) requestIdleCallback(loadQuietly, { timeout: 2000 });
else setTimeout(loadQuietly, 200);
input.addEventListener('input', (event) => {
  const mode = typing ? 'replace' : 'push';
  typing = true;
  // A word typed key by key may still be growing; a pasted or dropped query is finished.
  const kind = (event as InputEvent).inputType ?? '';
  wordInProgress = /^(?:insertText|insertCompositionText|deleteContent)/.test(kind);
  void runSearch(mode);
});
// Leaving the box, or pressing Enter, commits the query: the next one typed gets its own history entry.
input.addEventListener('change', () => {
  typing = false;
  wordInProgress = false;
});
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  wordInProgress = false;
  void runSearch(typing ? 'replace' : 'push');
  typing = false;
});
for (const select of [kindSelect, partSelect]) {
  select.addEventListener('change', () => {
    typing = false;
    void runSearch('push');
  });
}
window.addEventListener('popstate', () => {
  typing = false;
  restore();
  void runSearch('none');
});

// On a slow connection a reader may type before this module arrives: their words are kept and
// searched, not replaced by the (empty) query of the URL.
const typedEarly = input.value;
restore();
if (typedEarly.trim() && typedEarly !== input.value) {
  input.value = typedEarly.slice(0, maxQueryLength);
  typing = true;
  void runSearch('push');
} else if (input.value.trim()) void runSearch('none');
