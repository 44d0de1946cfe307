// Page weight and reading figures, as tables, with their budgets: this build's pages, the same
// pages of another build side by side (--baseline=DIR), what a reader sees at 1440 px and on a
// phone, and Lighthouse's scores.
import {
  benchLanguages,
  bannerKinds,
  contextListBudget,
  participantsBudget,
  lighthouseBudget,
  marginKinds,
  matrixBudget,
  readingBudget,
  readingBudgetFor,
  readingBudgets,
  readingKinds,
  requestBudgetFor,
  sentenceKinds,
  timelineBudget,
  timelineBudgetFor,
  transferBudgets,
  type PageKind,
} from './budgets.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageResult, PhoneResult } from './pages.ts';
import { KB } from './paths.ts';
import { kb, table, triple, type Budget } from './report.ts';

/**
 * Issue 18 sets these targets (weight with everything counted, the reading measures, Lighthouse);
 * some are met only once its reading layout lands (notes beside their words and printed once, the
 * phone shell): until then they print OPEN, not FAIL. Fonts, requests and JS needed to read gate.
 */
const openTarget = 'issue 18';
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const typeNames: Record<string, string> = { document: 'HTML', stylesheet: 'CSS', script: 'JS', font: 'fonts', image: 'icons', fetch: 'data' };
const byTypeLine = (page: PageResult) =>
  Object.entries(page.transferred.byType)
    .map(([type, bytes]) => `${typeNames[type] ?? type} ${kb(bytes)}`)
    .join(', ');

/** Every page: bytes transferred on load by type, requests, and the compressed sizes of its HTML, CSS and JS for reference. */
export function printPages(pages: readonly PageResult[], chromiumVersion: string, notesOf: (page: PageResult) => number): void {
  console.log('');
  console.log(`Pages: every byte fetched on load, as sent (brotli on the fly, as a host compresses), in Chromium ${chromiumVersion} at 1440×900; KB = 1024 bytes`);
  console.log(
    table(
      ['page', 'type', 'transferred', 'by type', 'reqs', 'notes', 'HTML raw/gz/br11', 'CSS raw/gz/br11', 'JS raw/gz/br11', 'JS to read', 'status'],
      pages.map((page) => [
        page.path,
        page.kind,
        kb(page.transferred.total),
        byTypeLine(page),
        String(page.requests),
        String(notesOf(page)),
        triple(page.html),
        triple(page.css),
        triple(page.js),
        page.mainTextIdentical ? '0' : `${kb(page.jsNeededToRead)} KB`,
        String(page.status),
      ]),
      [false, false, true, false, true, true, true, true, true, true, true],
    ),
  );
  console.log('transferred: response bodies as received (compressed), every request until load and network idle; HTML/CSS/JS columns: each file compressed on its own (gzip -9, brotli 11), for reference.');
  console.log('JS to read: text of <main> without JavaScript vs with it (whitespace collapsed, <noscript> left out); 0 when identical.');
}

/** This build against another, page by page and summed by page type and language: bytes transferred on load. */
export function printComparison(ours: readonly PageResult[], baseline: readonly PageResult[], label: string): void {
  console.log('');
  console.log(`Bytes transferred on load, ${label} → this build (measured side by side in this run; KB, everything fetched)`);
  const rows: string[][] = [];
  const kinds = [...new Set(ours.map((page) => page.kind))];
  for (const kind of kinds) {
    for (const lang of benchLanguages) {
      const now = ours.filter((page) => page.kind === kind && page.lang === lang);
      const before = baseline.filter((page) => page.kind === kind && page.lang === lang);
      if (now.length === 0) continue;
      const largest = (pages: readonly PageResult[]) => pages.reduce<PageResult | undefined>((max, page) => (!max || page.transferred.total > max.transferred.total ? page : max), undefined);
      const a = largest(before);
      const b = largest(now)!;
      const fonts = (page: PageResult | undefined) => (page ? `${kb(page.fonts.bytes)} (${page.fonts.files.length})` : '—');
      rows.push([
        `${kind} (${lang})${now.length > 1 ? `, largest of ${now.length}` : ''}`,
        b.path,
        a ? kb(a.transferred.total) : '—',
        kb(b.transferred.total),
        a ? `${(((b.transferred.total - a.transferred.total) / a.transferred.total) * 100).toFixed(0)} %` : '—',
        a ? String(a.requests) : '—',
        String(b.requests),
        fonts(a),
        fonts(b),
      ]);
    }
  }
  console.log(table(['page type', 'page', 'before', 'after', 'change', 'reqs before', 'reqs after', 'fonts before', 'fonts after'], rows, [false, false, true, true, true, true, true, true, true]));
}

export interface ReadingFigures {
  lang: string;
  marginMaxPx: number | null;
  marginWorst: string;
  notInMargin: number;
  notesPrintedTwice: Array<{ path: string; note: string; times: number }>;
  phoneBarPx: number | null;
  firstSentencePx: number | null;
  firstSentenceWorst: string;
  sentencesNotFound: string[];
  separated: Array<{ path: string; width: number; mark: string; context: string }>;
  straightQuotes: Array<{ path: string; context: string }>;
  mixedFaces: Array<{ path: string; text: string; fonts: string[] }>;
  layoutShift: Array<{ path: string; width: number; value: number }>;
}

/** Per language: what a reader sees of the notes, the phone shell, punctuation, quotes, faces and shifts. */
export function readingFigures(pages: readonly PageResult[], phones: readonly PhoneResult[]): ReadingFigures[] {
  return benchLanguages.map((lang) => {
    const desk = pages.filter((page) => page.lang === lang);
    const phone = phones.filter((page) => page.lang === lang);
    const distances = desk.filter((page) => marginKinds.includes(page.kind)).flatMap((page) => (page.desktop.margins?.distances ?? []).map((distance) => ({ ...distance, path: page.path })));
    const worst = distances.reduce<(typeof distances)[number] | undefined>((max, distance) => (!max || distance.px > max.px ? distance : max), undefined);
    const sentences = phone.filter((page) => sentenceKinds.includes(page.kind));
    const found = sentences.filter((page) => typeof page.firstSentencePx === 'number');
    const latest = found.reduce<PhoneResult | undefined>((max, page) => (!max || page.firstSentencePx! > max.firstSentencePx! ? page : max), undefined);
    const banners = phone.filter((page) => bannerKinds.includes(page.kind) && page.bannerPx !== null).map((page) => page.bannerPx!);
    return {
      lang,
      marginMaxPx: worst ? worst.px : null,
      marginWorst: worst ? `${worst.path} note ${worst.number}` : '—',
      notInMargin: desk.filter((page) => marginKinds.includes(page.kind)).reduce((sum, page) => sum + (page.desktop.margins?.notInMargin ?? 0), 0),
      notesPrintedTwice: desk.flatMap((page) =>
        Object.entries(page.desktop.notePrints ?? {})
          .filter(([, times]) => times > 1)
          .map(([note, times]) => ({ path: page.path, note, times })),
      ),
      phoneBarPx: banners.length > 0 ? Math.max(...banners) : null,
      firstSentencePx: latest ? latest.firstSentencePx! : null,
      firstSentenceWorst: latest ? latest.path : '—',
      sentencesNotFound: sentences.filter((page) => page.firstSentencePx === null).map((page) => page.path),
      separated: [
        ...desk.flatMap((page) => page.desktop.separated.map((item) => ({ path: page.path, width: 1440, ...item }))),
        ...phone.flatMap((page) => page.separated.map((item) => ({ path: page.path, width: 375, ...item }))),
      ],
      straightQuotes: desk.flatMap((page) => page.desktop.straightQuotes.map((context) => ({ path: page.path, context }))),
      mixedFaces: desk.flatMap((page) => (page.desktop.mixedFaces ?? []).map((line) => ({ path: page.path, ...line }))),
      layoutShift: [
        ...desk.filter((page) => page.layoutShift > 0).map((page) => ({ path: page.path, width: 1440, value: page.layoutShift })),
        ...phone.filter((page) => page.layoutShift > 0).map((page) => ({ path: page.path, width: 375, value: page.layoutShift })),
      ],
    };
  });
}

const px = (value: number | null) => (value === null ? '—' : `${Math.round(value)} px`);
const examples = (items: readonly string[], count = 3) => (items.length === 0 ? '' : `: ${items.slice(0, count).join('; ')}${items.length > count ? `; … (${items.length})` : ''}`);

export function printReading(figures: readonly ReadingFigures[]): void {
  console.log('');
  console.log('Reading, as a reader sees it (1440×900 and a 375×812 phone), per language');
  console.log(
    table(
      ['lang', 'marker→margin max', 'not in margin', 'notes printed twice', 'phone bar', 'first sentence (phone)', 'separated , ; : ! ? « »', 'straight quotes (en)', 'mixed faces', 'layout shift'],
      figures.map((f) => [
        f.lang,
        `${px(f.marginMaxPx)} (${f.marginWorst})`,
        String(f.notInMargin),
        String(f.notesPrintedTwice.length),
        px(f.phoneBarPx),
        `${px(f.firstSentencePx)} (${f.firstSentenceWorst})`,
        String(f.separated.length),
        String(f.straightQuotes.length),
        String(f.mixedFaces.length),
        f.layoutShift.length === 0 ? '0' : f.layoutShift.map((shift) => shift.value).reduce((a, b) => Math.max(a, b)).toFixed(3),
      ]),
      [false, true, true, true, true, true, true, true, true, true],
    ),
  );
  for (const f of figures) {
    if (f.separated.length > 0) console.log(`note: ${f.lang}: separated punctuation${examples(f.separated.map((item) => `${item.path} @${item.width} “${item.context.replace(/\s+/g, ' ')}”`))}`);
    if (f.mixedFaces.length > 0) console.log(`note: ${f.lang}: mixed faces${examples(f.mixedFaces.map((item) => `${item.path} “${item.text}” ${item.fonts.join(' + ')}`))}`);
    if (f.straightQuotes.length > 0) console.log(`note: ${f.lang}: straight quotes${examples(f.straightQuotes.map((item) => `${item.path} “${item.context}”`))}`);
    if (f.sentencesNotFound.length > 0) console.log(`note: ${f.lang}: first sentence not found on ${f.sentencesNotFound.join(', ')}`);
  }
}

export function printLighthouse(results: readonly LighthouseResult[]): void {
  if (results.length === 0) return;
  console.log('');
  const reruns = results.filter((result) => result.rerunFrom).length;
  console.log(
    `Lighthouse performance (npm lighthouse, simulated throttling; mobile CPU slowdown from the benchmark index Lighthouse measures as each run starts, set by the run before and the run made again when its own index calls for a slowdown 20 % away: ${reruns} run${reruns === 1 ? '' : 's'} made again; desktop preset 1×)`,
  );
  const cpu = (result: LighthouseResult) => {
    if (result.formFactor === 'desktop') return '1×';
    const index = result.benchmarkIndex ? ` (index ${Math.round(result.benchmarkIndex)})` : '';
    const first = result.rerunFrom;
    const again = first ? `, run again: ${first.cpuSlowdown}× scored ${first.score ?? '—'}${first.benchmarkIndex ? ` (index ${Math.round(first.benchmarkIndex)})` : ''}` : '';
    return `${result.cpuSlowdown}×${index}${again}`;
  };
  console.log(
    table(
      ['page', 'type', 'form factor', 'build', 'score', 'FCP', 'LCP', 'TBT', 'CLS', 'SI', 'CPU', 'run'],
      results.map((result) => [
        result.path,
        result.kind,
        result.formFactor,
        result.site,
        result.score === null ? `— ${result.error ?? ''}` : String(result.score),
        ...['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => result.metrics[id] ?? '—'),
        cpu(result),
        `${(result.ms / 1000).toFixed(1)} s`,
      ]),
      [false, false, false, false, true, true, true, true, true, true, false, true],
    ),
  );
}

/** The page budgets: bytes transferred, fonts, requests, JavaScript needed to read. */
export function pageBudgetLines(pages: readonly PageResult[], notesOf: (page: PageResult) => number, eventsOf: (page: PageResult) => number): Budget[] {
  const budgets: Budget[] = [];
  const line = (page: PageResult) => `${page.path}: ${kb(page.transferred.total)} KB (${byTypeLine(page)})`;
  const fixed = (kind: PageKind, budget: number, label: string) => {
    for (const lang of benchLanguages) {
      const group = pages.filter((page) => page.kind === kind && page.lang === lang);
      if (group.length === 0) continue;
      const heaviest = group.reduce((a, b) => (b.transferred.total > a.transferred.total ? b : a));
      const failing = group.filter((page) => page.transferred.total > budget);
      budgets.push({
        name: `${label} (${lang}${group.length > 1 ? `, ${group.length} pages` : ''}): everything transferred on load <= ${budget / KB} KB`,
        pass: failing.length === 0,
        open: openTarget,
        detail: (failing.length > 0 ? failing : [heaviest]).map(line).join('; '),
      });
    }
  };
  fixed('home', transferBudgets.home, 'home page');
  fixed('component', transferBudgets.component, 'component pages');
  for (const lang of benchLanguages) {
    for (const page of pages.filter((candidate) => candidate.kind === 'full text' && candidate.lang === lang)) {
      const notes = notesOf(page);
      const budget = readingBudgetFor(notes);
      budgets.push({
        name: `full text (${lang}): everything transferred <= ${readingBudget.base / KB} KB + ${readingBudget.perNote / KB} KB a note`,
        pass: page.transferred.total <= budget,
        open: openTarget,
        detail: `${line(page)}, ${plural(notes, 'note')}: budget ${kb(budget)} KB`,
      });
    }
  }
  fixed('matrix', matrixBudget, 'comparison matrix (every cell, every instrument)');
  fixed('component comparison', contextListBudget, 'context page, component comparison');
  fixed('participants', participantsBudget, 'context page, participants (with its map)');
  // The timeline's budget grows with its events (budgets.ts).
  for (const page of pages.filter((candidate) => candidate.kind === 'timeline')) {
    const events = eventsOf(page);
    budgets.push({
      name: `context page, timeline (${page.lang}): everything transferred <= ${timelineBudget.base / KB} KB + ${timelineBudget.perEvent / KB} KB an event`,
      pass: page.transferred.total <= timelineBudgetFor(events),
      open: openTarget,
      detail: `${line(page)}, ${plural(events, 'event')}: budget ${kb(timelineBudgetFor(events))} KB`,
    });
  }
  const heavyFonts = pages.filter((page) => page.fonts.bytes > transferBudgets.fontsPerPage);
  const mostFonts = pages.reduce((a, b) => (b.fonts.bytes > a.fonts.bytes ? b : a));
  budgets.push({
    name: `fonts on any page (${pages.length} pages) <= ${transferBudgets.fontsPerPage / KB} KB`,
    pass: heavyFonts.length === 0,
    detail: heavyFonts.length > 0 ? heavyFonts.map((page) => `${page.path}: ${kb(page.fonts.bytes)} KB in ${page.fonts.files.length} files`).join('; ') : `most: ${mostFonts.path} ${kb(mostFonts.fonts.bytes)} KB (${mostFonts.fonts.files.length} files)`,
  });
  for (const kind of readingKinds) {
    for (const lang of benchLanguages) {
      const group = pages.filter((page) => page.kind === kind && page.lang === lang);
      if (group.length === 0) continue;
      const worst = group.reduce((a, b) => (b.requests > a.requests ? b : a));
      budgets.push({
        name: `requests on load <= ${requestBudgetFor(kind)}, everything counted (fonts and icons too): ${kind} (${lang}${group.length > 1 ? `, ${group.length} pages` : ''})`,
        pass: worst.requests <= requestBudgetFor(kind),
        detail: `${worst.path}: ${worst.requests} (${worst.requested.map((request) => request.url.replace(/^\/_astro\//, '')).join(', ')})`,
      });
    }
  }
  for (const kind of readingKinds) {
    for (const lang of benchLanguages) {
      const group = pages.filter((page) => page.kind === kind && page.lang === lang);
      if (group.length === 0) continue;
      const failing = group.filter((page) => page.jsNeededToRead !== 0 || !page.mainTextIdentical);
      budgets.push({
        name: `JS needed to read = 0: ${kind} (${lang}${group.length > 1 ? `, ${group.length} pages` : ` ${group[0]!.path}`})`,
        pass: failing.length === 0,
        detail: failing.length === 0 ? 'main text identical with and without JavaScript' : failing.map((page) => `${page.path} needs ${page.jsNeededToRead} B of JS`).join('; '),
      });
    }
  }
  return budgets;
}

export function readingBudgetLines(figures: readonly ReadingFigures[]): Budget[] {
  const budgets: Budget[] = [];
  const push = (budget: Budget) => budgets.push({ ...budget, open: openTarget });
  const b = readingBudgets;
  for (const f of figures) {
    const at = `(${f.lang})`;
    push({
      name: `reading ${at}: marker to margin note <= ${b.marginDistancePx} px at 1440×900 (full text, components)`,
      pass: f.marginMaxPx !== null && f.marginMaxPx <= b.marginDistancePx,
      detail: f.marginMaxPx === null ? 'no note in the margin' : `max ${px(f.marginMaxPx)} (${f.marginWorst}); ${f.notInMargin} marker(s) with no margin entry in view`,
    });
    push({
      name: `reading ${at}: notes printed more than once on a page = ${b.notesPrintedTwice}`,
      pass: f.notesPrintedTwice.length <= b.notesPrintedTwice,
      detail: f.notesPrintedTwice.length === 0 ? 'each note’s full text once per page' : `${f.notesPrintedTwice.length} (page, note) pairs${examples(f.notesPrintedTwice.map((item) => `${item.path} ${item.note} ×${item.times}`))}`,
    });
    push({
      name: `reading ${at}: phone bar <= ${b.phoneBarPx} px at 375×812 (the header landmark; home, full text, components)`,
      pass: f.phoneBarPx !== null && f.phoneBarPx <= b.phoneBarPx,
      detail: `tallest ${px(f.phoneBarPx)}`,
    });
    push({
      name: `reading ${at}: first sentence of the text within the first screen on a phone, <= ${b.firstSentencePx} px (full text, components)`,
      pass: f.firstSentencePx !== null && f.firstSentencePx <= b.firstSentencePx && f.sentencesNotFound.length === 0,
      detail: `latest ${px(f.firstSentencePx)} (${f.firstSentenceWorst})${f.sentencesNotFound.length > 0 ? `; not found on ${f.sentencesNotFound.join(', ')}` : ''}`,
    });
    push({
      name: `reading ${at}: French punctuation separated from its word (; : ! ? » starting a line, « ending one) at 375 and 1440 px = ${b.separatedPunctuation}`,
      pass: f.separated.length <= b.separatedPunctuation,
      detail: f.separated.length === 0 ? 'none' : `${f.separated.length}${examples(f.separated.map((item) => `${item.path} @${item.width} “${item.context.replace(/\s+/g, ' ')}”`))}`,
    });
    push({
      name: `reading ${at}: straight quotes in English text of ours = ${b.straightQuotes}`,
      pass: f.straightQuotes.length <= b.straightQuotes,
      detail: f.straightQuotes.length === 0 ? 'none' : `${f.straightQuotes.length}${examples(f.straightQuotes.map((item) => `${item.path} “${item.context}”`))}`,
    });
    push({
      name: `reading ${at}: lines that mix font faces = ${b.mixedFaces} (home, full text)`,
      pass: f.mixedFaces.length <= b.mixedFaces,
      detail: f.mixedFaces.length === 0 ? 'none' : `${f.mixedFaces.length}${examples(f.mixedFaces.map((item) => `${item.path} “${item.text}” ${item.fonts.join(' + ')}`))}`,
    });
    push({
      name: `reading ${at}: layout shift on load = ${b.layoutShift} (every page, 1440 and 375 px)`,
      pass: f.layoutShift.length === 0,
      detail: f.layoutShift.length === 0 ? '0 everywhere' : examples(f.layoutShift.map((item) => `${item.path} @${item.width}: ${item.value.toFixed(4)}`), 5).slice(2),
    });
  }
  return budgets;
}

export function lighthouseBudgetLines(results: readonly LighthouseResult[]): Budget[] {
  return results.map((result) => ({
    name: `Lighthouse performance >= ${lighthouseBudget}: ${result.kind} ${result.path}, ${result.formFactor}`,
    pass: result.score !== null && result.score >= lighthouseBudget,
    open: openTarget,
    detail:
      result.score === null
        ? `not scored: ${result.error ?? 'no result'}`
        : `${result.score} (FCP ${result.metrics['first-contentful-paint']}, LCP ${result.metrics['largest-contentful-paint']}, TBT ${result.metrics['total-blocking-time']}, CLS ${result.metrics['cumulative-layout-shift']})`,
  }));
}
