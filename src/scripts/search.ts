import { byCoverage } from '../lib/search/coverage.ts';
import { withHighlights } from '../lib/search/highlight.ts';
import { byTitle, titledScore, titleMatch } from '../lib/search/title-match.ts';
import { namesIn, type Lexicon, type Vocabulary } from '../lib/search/lexicon.ts';
import { excerptOf, matchPassage, wholeWords } from '../lib/search/matches.ts';
import { holdsOtherAlphabet, holdsStopWords, isSearchable, maxQueryLength, extensionBounds, pagefindTerms, prepareQuery } from '../lib/search/query.ts';
import { suggester, type Suggester, type Suggestions } from '../lib/search/suggestions.ts';
import type { SearchPageMessages } from '../lib/site/search-messages.ts';
import { isStopWord } from '../lib/search/words.ts';
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
  preload(query: string, options?: { filters?: Filters }): Promise<void>;
}

/** Pagefind filters: a value per filter, or a nested condition (`not`). */
interface Filters {
  [filter: string]: string | string[] | Filters;
}

interface Hit {
  result: PagefindResult;
  score: number;
  /** Pagefind's terms of the query variants that found it. */
  terms: string[];
  /** The same, variant by variant: a title names the query when it holds every term of one. */
  variants: string[][];
  /** What its score was weighed by against the text's (`contextWeight` for a context entry). */
  weight?: number;
}

const pageSize = 10;
/** How much a passage found through an alias counts, against one found by the words as typed. */
const aliasWeight = 0.6;
/** How much more a passage counts when it holds the query's words as a phrase, in the order typed. */
const phraseWeight = 3;
/**
 * How much a passage of the context pages (comparison, participants, timeline) counts against one
 * of the text and its notes: the text answers most questions, but a context entry that holds the
 * words far better (an instrument's name, a date of the timeline) comes first.
 */
const contextWeight = 0.3;
/** How much a title that names the query raises a passage of the first page (see title-match.ts). */
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
      // Titles name passages (a note's subject, an instrument, a date of the timeline): Pagefind's
      // own weight for a query's words found in one.
      await pagefind.options({ noWorker: true, ranking: { metaWeights: { title: 5 } } });
      await pagefind.init();
      return pagefind;
    }),
    fetch(page.dataset.lexicon!).then((response) => response.json() as Promise<Lexicon>),
  ]).then(([pagefind, lexicon]) => ({ pagefind, lexicon }));
  engine.catch(() => (engine = undefined));
  return engine;
}

let vocabulary: Promise<Vocabulary> | undefined;
function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(page.dataset.vocabulary!).then((response) => response.json() as Promise<Vocabulary>);
  vocabulary.catch(() => (vocabulary = undefined));
  return vocabulary;
}
let suggestions: Promise<Suggester> | undefined;
function loadSuggester(): Promise<Suggester> {
  suggestions ??= loadVocabulary().then(suggester);
  suggestions.catch(() => (suggestions = undefined));
  return suggestions;
}

let stopWords: Promise<string[]> | undefined;
function loadStopWords(): Promise<string[]> {
  stopWords ??= fetch(page.dataset.stopWords!).then((response) => response.json() as Promise<string[]>);
  stopWords.catch(() => (stopWords = undefined));
  return stopWords;
}

/** The lexicon with the stop words, for a query whose words as typed found nothing. */
async function withStopWords(lexicon: Lexicon): Promise<Lexicon> {
  try {
    return lexicon.stopWords ? lexicon : { ...lexicon, stopWords: await loadStopWords() };
  } catch {
    return lexicon;
  }
}

/** The lexicon a query needs: with the index's names when it holds a word of the other alphabet (fetched then only). */
async function lexiconFor(query: string, lexicon: Lexicon): Promise<Lexicon> {
  if (lexicon.names || !holdsOtherAlphabet(query, lang)) return lexicon;
  try {
    return { ...lexicon, names: namesIn(await loadVocabulary(), lang) };
  } catch {
    return lexicon;
  }
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

function renderHit(fragment: PagefindFragment, terms: readonly string[]): { item: HTMLLIElement; highlights: string[] } {
  const matches = matchPassage(fragment.content, fragment.locations, terms, lang, finishedTerms);
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

/** A page of results, rendered; passages where no word of the query was found (see PassageMatches) are left out and counted. */
async function renderPage(hits: readonly Hit[], firstPage = false): Promise<{ items: HTMLLIElement[]; highlights: string[]; dropped: number }> {
  const loaded = (await Promise.all(hits.map((hit) => hit.result.data()))).map((fragment, index) => ({ fragment, hit: hits[index]! }));
  // The first page, loaded: a passage whose title names the query comes first (see title-match.ts).
  // The sources stay last, where rankedHits puts them.
  const isSource = ({ fragment }: (typeof loaded)[number]) => fragment.filters.kind?.[0] === 'source';
  const ordered = firstPage
    ? [
        ...byTitle(
          loaded.filter((entry) => !isSource(entry)).map((entry) => ({ ...entry, match: titleMatch(entry.fragment.meta.title ?? '', entry.hit.variants, lang) })),
          ({ hit, match }) => titledScore(hit.score, hit.weight ?? 1, match),
          ({ match }) => match,
          titleWeight,
        ),
        ...loaded.filter(isSource),
      ]
    : loaded;
  const rendered = ordered.map(({ fragment, hit }) => renderHit(fragment, hit.terms)).filter(({ highlights }) => highlights.length > 0);
  return { items: rendered.map(({ item }) => item), highlights: rendered.flatMap(({ highlights }) => highlights), dropped: hits.length - rendered.length };
}

let shownCount = 0;
function showCount(count: number, highlights: readonly string[], corrected: boolean): void {
  shownCount = count;
  const results = fillTemplate(pluralForm(lang, messages.results, count), { count });
  const words = [...new Map(highlights.map((word) => [word.toLocaleLowerCase(lang), word])).values()].slice(0, 3);
  // One sentence: a corrected search says that the words as typed found nothing, then what it found instead.
  const template = corrected ? messages.corrected : messages.resultsFor;
  status.textContent = words.length > 0 ? fillTemplate(template, { results, words: quoted(words) }) : `${results}.`;
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
/** The words of the query the reader has finished typing: every word but the last while typing it (see `matchesTerm`). */
let finishedTerms: ReadonlySet<string> = new Set();

function finishedTermsOf(query: string, live: boolean): Set<string> {
  const terms = pagefindTerms(query);
  return new Set(live && !/\s$/.test(input.value) ? terms.slice(0, -1) : terms);
}

function settle(query: string, text?: string): void {
  if (text !== undefined) status.textContent = text;
  list.removeAttribute('aria-busy');
  // For tests and the bench: the query whose results are on screen (an attribute, never displayed).
  page.dataset.query = query;
}

async function runSearch(mode: HistoryMode, live = false): Promise<void> {
  const run = ++latest;
  const state = currentState();
  finishedTerms = finishedTermsOf(state.query, live);
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
    const loaded = await loadSearch();
    const pagefind = loaded.pagefind;
    const lexicon = await lexiconFor(state.query, loaded.lexicon);
    const filters: Filters = {};
    if (state.kind) filters.kind = state.kind;
    if (state.part) filters.part = state.part;
    // Nothing found: the closest spelling the index knows is searched instead, and said so.
    const first = await firstPage(pagefind, lexicon, state.query, filters);
    let result = first.page;
    if (run !== latest) return;
    let suggestions: string[] = [];
    let corrected = false;
    // A word still being typed ("при", on the way to « припинення ») is not a misspelling.
    if (!result && !first.unfinished) {
      const found = await suggestionsFor(state.query, lexicon);
      suggestions = found.queries;
      // A query with markup in it (<script>…) is no misspelling: its suggestions are offered, never searched for it.
      if (found.complete && suggestions[0] && !/[<>]/.test(state.query)) {
        result = (await firstPage(pagefind, lexicon, suggestions[0], filters)).page;
        corrected = result !== undefined;
      }
      if (run !== latest) return;
    }
    if (!result) {
      remaining = [];
      list.replaceChildren();
      settle(state.query, messages.noResults);
      showHelp(suggestions);
      return;
    }
    remaining = result.remaining;
    list.replaceChildren(...result.items);
    more.hidden = remaining.length === 0;
    showCount(result.count, result.highlights, corrected);
    settle(state.query);
    if (corrected && suggestions.length > 1) showHelp(suggestions.slice(1));
  } catch {
    if (run !== latest) return;
    list.replaceChildren();
    settle(state.query, messages.failed);
    help.replaceChildren(link(page.dataset.fullText!, messages.fullText));
    help.hidden = false;
  }
}

/**
 * The first page of results of a query, rendered, or no page when no passage holds a word of it;
 * `unfinished` when the index holds only longer words that its short words begin.
 */
async function firstPage(pagefind: Pagefind, lexicon: Lexicon, query: string, filters: Filters) {
  let { hits: ranked, unfinished } = await rankedHits(pagefind, lexicon, query, filters);
  let page = await renderPage(ranked.slice(0, pageSize), true);
  // A question ("who monitors the ceasefire", "combien de soldats") whose words as typed no passage
  // holds together: searched again by the words that carry its meaning, its stop words dropped.
  if (page.items.length === 0 && holdsStopWords(query, (lexicon = await withStopWords(lexicon)), lang)) {
    ({ hits: ranked, unfinished } = await rankedHits(pagefind, lexicon, query, filters, true));
    page = await renderPage(ranked.slice(0, pageSize), true);
  }
  // Still nothing: no passage holds all its words ("kremlin response"). The passages that hold
  // most of them, each word searched alone; a word no passage holds is left out.
  // A query with markup in it (<img onerror=…>) is no question: its words are not searched one by one.
  if (page.items.length === 0 && !/[<>]/.test(query)) {
    const words = pagefindTerms(prepareQuery(query, lexicon, lang, { dropStopWords: true }).variants[0] ?? '');
    if (words.length > 1) {
      const perWord = await Promise.all(words.map((word) => rankedHits(pagefind, lexicon, word, filters, true)));
      // No title names all the words: the page keeps the order of how many words each passage holds.
      ranked = byCoverage(perWord.map((found) => found.hits)).map((hit) => ({ ...hit, variants: [] }));
      page = await renderPage(ranked.slice(0, pageSize));
    }
  }
  if (page.items.length === 0) return { page: undefined, unfinished };
  return { page: { ...page, count: ranked.length - page.dropped, remaining: ranked.slice(pageSize) }, unfinished };
}

interface Found {
  hits: Hit[];
  /** Pagefind found only words that the query's short words begin (see `searchVariant`). */
  unfinished: boolean;
}

/** What a search without a kind finds: the text and the notes, and the context pages (comparison, participants, timeline), ranked together; then the sources. */
const textAndNotes: Filters = { any: ['text', 'note'] };
const contextEntries: Filters = { any: ['comparison', 'participant', 'event'] };
const sourceEntries: Filters = { any: ['source'] };

/**
 * The passages a query finds, best first: the query and its alias variants searched, their
 * results merged. Unless the reader asked for one kind, the text, the notes and the context
 * pages are ranked together (a context entry's score weighed by `contextWeight`), then come the
 * sources whose entries hold the words.
 */
async function rankedHits(pagefind: Pagefind, lexicon: Lexicon, query: string, filters: Filters, dropStopWords = false): Promise<Found> {
  if (filters.kind) return searchVariants(pagefind, lexicon, query, filters, dropStopWords);
  const search = (kind: Filters) => searchVariants(pagefind, lexicon, query, { ...filters, kind }, dropStopWords);
  const [text, context, sources] = await Promise.all([search(textAndNotes), search(contextEntries), search(sourceEntries)]);
  const reading = [...text.hits, ...context.hits.map((hit) => ({ ...hit, score: hit.score * contextWeight, weight: contextWeight }))].sort((a, b) => b.score - a.score);
  return { hits: [...reading, ...sources.hits], unfinished: text.unfinished || context.unfinished || sources.unfinished };
}

/**
 * Pagefind's results for one variant. Pagefind matches every word a term begins, but a short
 * word or a stop word matches only whole words here (see `matchesTerm`): when the variant holds
 * only such words, only the passages holding one of them whole are kept (Pagefind's exact
 * search, one per word), so that "при", typed on the way to « припинення », loads no passage
 * the page would then drop.
 */
async function searchVariant(pagefind: Pagefind, variant: string, filters: Filters, asTyped: boolean): Promise<{ results: PagefindResult[]; unfinished: boolean; phrase: Set<string> }> {
  /* Every word each term begins, even past the index chunk the term falls in (see
     `extensionBounds`): the chunks of the terms and of their bounds, fetched at once. A stop word
     or a short term matches whole words only (`wholeWords`): its bound would fetch for nothing. */
  const extended = pagefindTerms(variant).filter((term) => !wholeWords(term, isStopWord(term, lang)));
  await pagefind.preload([variant, ...extensionBounds(extended)].join(' '), { filters });
  const results = (await pagefind.search(variant, { filters }))?.results ?? [];
  // The phrase as typed only: an alias's words are the edition's, not the reader's order.
  const phrase = asTyped ? await phraseHolders(pagefind, variant, results, filters) : new Set<string>();
  const whole = pagefindTerms(variant).map((term) => wholeWords(term, isStopWord(term, lang)));
  if (results.length === 0 || !whole.every((words) => words !== undefined)) return { results, unfinished: false, phrase };
  const exact = await Promise.all(whole.flat().map((word) => pagefind.search(`"${word}"`, { filters })));
  const holding = new Set(exact.flatMap((search) => search?.results.map((result) => result.id) ?? []));
  const kept = results.filter((result) => holding.has(result.id));
  return { results: kept, unfinished: kept.length === 0, phrase };
}

/**
 * The passages that hold a query of several words as typed, in that order ("2 mars 2025", not
 * « 27 mars 2025 » nor a passage that has "2" and "mars" apart): Pagefind's exact search, which
 * reads the word positions the index already holds (no passage text is fetched).
 */
async function phraseHolders(pagefind: Pagefind, variant: string, results: readonly PagefindResult[], filters: Filters): Promise<Set<string>> {
  if (results.length < 2 || pagefindTerms(variant).length < 2 || variant.includes('"')) return new Set();
  const exact = (await pagefind.search(`"${variant}"`, { filters }))?.results ?? [];
  return new Set(exact.map((result) => result.id));
}

async function searchVariants(pagefind: Pagefind, lexicon: Lexicon, query: string, filters: Filters, dropStopWords = false): Promise<Found> {
  const prepared = prepareQuery(query, lexicon, lang, { dropStopWords });
  const searches = await Promise.all(prepared.variants.map((variant, index) => searchVariant(pagefind, variant, filters, index === 0)));
  // A passage found by several variants keeps its best score; the words as typed count more than their aliases.
  const hits = new Map<string, Hit>();
  searches.forEach((search, index) => {
    const terms = pagefindTerms(prepared.variants[index]!);
    const weight = index === 0 ? 1 : aliasWeight;
    for (const result of search.results) {
      const score = result.score * weight * (search.phrase.has(result.id) ? phraseWeight : 1);
      const hit = hits.get(result.id);
      if (!hit) hits.set(result.id, { result, score, terms, variants: [terms] });
      else hits.set(result.id, { result: hit.score >= score ? hit.result : result, score: Math.max(hit.score, score), terms: [...new Set([...hit.terms, ...terms])], variants: [...hit.variants, terms] });
    }
  });
  return { hits: [...hits.values()].sort((a, b) => b.score - a.score), unfinished: searches.some((search) => search.unfinished) };
}

async function suggestionsFor(query: string, base: Lexicon): Promise<Suggestions> {
  try {
    const lexicon = await withStopWords(base);
    // Suggestions for the words that carry the meaning: a stop word is never "corrected".
    const terms = pagefindTerms(prepareQuery(query, lexicon, lang, { dropStopWords: true }).variants[0] ?? '');
    return (await loadSuggester()).suggest(terms);
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
  if (dropped > 0) showCount(shownCount - dropped, [], false);
  items[0]?.querySelector('a')?.focus();
});

// The search page is there to search: the engine loads once the page is shown and the browser
// is idle, so that a query typed or pasted a moment later finds it ready; the first sign that
// the reader is about to search starts it sooner.
const loadQuietly = () => void loadSearch().catch(() => undefined);
for (const event of ['focus', 'pointerenter'] as const) input.addEventListener(event, loadQuietly, { once: true });
if ('requestIdleCallback' in window) requestIdleCallback(loadQuietly, { timeout: 2000 });
else setTimeout(loadQuietly, 200);
input.addEventListener('input', () => {
  const mode = typing ? 'replace' : 'push';
  typing = true;
  void runSearch(mode, true);
});
// Leaving the box, or pressing Enter, commits the query: the next one typed gets its own history entry.
input.addEventListener('change', () => (typing = false));
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
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
