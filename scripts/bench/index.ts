// `npm run bench`: builds the site, serves dist/ on a free localhost port, drives Chromium over
// it and checks the performance budgets. Prints a table, one line per budget, and a summary
// line; writes the figures to reports/bench.json. Exit code 1 when a budget fails (or the
// bench cannot run), 0 otherwise.
//
// Options: --no-build (measure the dist/ already there); --baseline=DIR (also measure search on
// another build, e.g. one of main, side by side); --no-scale (skip the 100× content set);
// --no-pages (search only: skip the page budgets).
//
// Runs on Node 24 by type stripping: erasable TypeScript only.
import type { Browser } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from './build.ts';
import { drawingBudgetLines, drawingFigures, printDrawingFigures } from './drawings.ts';
import { benchLanguages, contextListBudget, contextReadingKinds, eventsIn, matrixBudget, notesIn, pageSpecs, readingBudget, readingBudgetFor, readingKinds, requestBudget, requestBudgetFor, scaleFactor, searchBudgets, timelineBudget, timelineBudgetFor } from './budgets.ts';
import { inPool, launchChromium, measurePage, summarizeLines, type PageResult } from './pages.ts';
import { distDir, KB, reportPath, root } from './paths.ts';
import { failing, kb, ms, table, triple, verdict, type Budget } from './report.ts';
import { buildScaledSite, type ScaledSite } from './scale.ts';
import { measureSites, printSearchFigures, searchBudgetLines, type ServedSite, type SiteSearchFigures } from './search-report.ts';
import { readHeaderRules, startServer, type ServedEntry } from './server.ts';

async function main(): Promise<number> {
  const started = performance.now();
  const skipBuild = process.argv.includes('--no-build');
  const baselineDir = process.argv.find((arg) => arg.startsWith('--baseline='))?.slice('--baseline='.length);
  const scale = !process.argv.includes('--no-scale');
  const measurePages = !process.argv.includes('--no-pages');

  let buildMs: number | null = null;
  if (skipBuild) {
    console.log('build: skipped (--no-build), measuring the dist/ already there');
  } else {
    console.log('build: astro build …');
    const result = await build();
    buildMs = result.ms;
    if (!result.ok) {
      console.error(result.output.split('\n').slice(-40).join('\n'));
      console.error(`build: FAILED after ${(result.ms / 1000).toFixed(1)} s — nothing measured`);
      console.log('bench: 0 budgets, 0 passed, 0 failed (build failed)');
      return 1;
    }
    console.log(`build: ${(result.ms / 1000).toFixed(2)} s`);
  }
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/index.html missing: build the site first');

  const served: ServedEntry[] = [];
  const rules = readHeaderRules();
  const servers: Server[] = [];
  let browser: Browser | undefined;
  try {
    const started_ = await startServer(served, rules);
    servers.push(started_.server);
    const origin = started_.origin;
    console.log(`machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' / ')} (1 / 5 / 15 min): times scale with it`);
    console.log(`serve: dist/ at ${origin} (headers of dist/_headers applied: ${rules.length} rule${rules.length === 1 ? '' : 's'})`);

    browser = await launchChromium();
    const chromiumVersion = browser.version();

    const pages = measurePages ? await inPool(pageSpecs, 4, (spec) => measurePage(browser!, origin, spec)) : [];

    /* ---- search: ours, an earlier build if given, and the 100× content set */
    const sites: ServedSite[] = [{ label: 'this build', origin, served, relevance: true }];
    const serveOther = async (label: string, dir: string, relevance: boolean) => {
      const log: ServedEntry[] = [];
      const other = await startServer(log, readHeaderRules(dir), dir);
      servers.push(other.server);
      sites.push({ label, origin: other.origin, served: log, relevance });
    };
    if (baselineDir) await serveOther('baseline', resolve(baselineDir), true);
    let scaled: ScaledSite | undefined;
    if (scale) {
      console.log(`scale: building the ${scaleFactor}× content set …`);
      scaled = await buildScaledSite(distDir, join(root, 'reports', `bench-${scaleFactor}x`), scaleFactor);
      console.log(`scale: ${scaled.passages} passages, ${scaled.words.before} → ${scaled.words.after} indexed words, in ${(scaled.ms / 1000).toFixed(1)} s (${scaled.dir})`);
      await serveOther(`${scaleFactor}× content set`, scaled.dir, false);
    }
    const searchFigures: SiteSearchFigures[] = await measureSites(browser, sites);
    const ours = searchFigures[0]!;
    const scaledFigures = searchFigures.find((site) => site.label.startsWith(`${scaleFactor}×`));

    /* ---- page table */
    const largest = new Map<string, PageResult>();
    for (const page of pages.filter((p) => p.kind === 'component')) {
      const current = largest.get(page.lang);
      if (!current || page.htmlCssGzip > current.htmlCssGzip) largest.set(page.lang, page);
    }
    console.log('');
    console.log(`Pages (KB = 1024 bytes; raw / gzip -9 / brotli q11, each file compressed on its own; Chromium ${chromiumVersion})`);
    console.log(
      table(
        ['page', 'type', 'HTML raw/gz/br', 'CSS raw/gz/br', 'JS raw/gz/br (on load)', 'fonts', 'reqs', 'HTML+CSS gz', 'JS to read', 'status'],
        pages.map((page) => [
          page.path + ([...largest.values()].includes(page) ? ' *' : ''),
          page.kind,
          triple(page.html),
          triple(page.css),
          triple(page.js),
          page.fonts.files.length ? `${kb(page.fonts.bytes)} (${page.fonts.files.length})` : '0',
          String(page.requests),
          kb(page.htmlCssGzip),
          page.mainTextIdentical ? '0' : `${kb(page.jsNeededToRead)} KB`,
          String(page.status),
        ]),
        [false, false, true, true, true, true, true, true, true, true],
      ),
    );
    console.log('* largest component page of its language (HTML+CSS gzip); each reading page has a budget of its own, by the notes it carries');
    console.log('fonts: KB of WOFF2 fetched on load (number of files), counted apart from HTML+CSS; the Ukrainian pages are set in the site\'s own fonts, the others take only Cyrillic from them.');
    const fontFiles = new Map<string, number>();
    for (const page of pages) page.fonts.files.forEach((file) => fontFiles.set(file, (fontFiles.get(file) ?? 0) + 1));
    const fontBytes = new Map(pages.flatMap((page) => page.requested.filter((entry) => entry.type === 'font').map((entry) => [entry.url.replace(/^.*\//, ''), entry.bytes] as const)));
    if (fontFiles.size > 0) {
      console.log(`font files: ${[...fontFiles].map(([file, count]) => `${file} ${kb(fontBytes.get(file) ?? 0)} KB (${count} page${count === 1 ? '' : 's'})`).join(', ')}`);
    }
    console.log('JS to read: text of <main> without JavaScript vs with it (whitespace collapsed, <noscript> left out); 0 when identical.');
    console.log('The search page is not a reading page: it is compared with no query, for information.');
    // Rendered text (innerText) can differ where the document text does not: controls the script reveals.
    const renderedDifferences = new Map<string, string[]>();
    for (const page of pages) {
      if (page.visibleTextIdentical) continue;
      const withJsOnly = page.visibleOnlyWithJs.map((line) => line);
      const summary =
        `shown only with JS: ${withJsOnly.length ? summarizeLines([...new Set(withJsOnly)]) : '—'}; ` +
        `shown only without JS: ${page.visibleOnlyWithoutJs.length ? summarizeLines([...new Set(page.visibleOnlyWithoutJs)]) : '—'}`;
      renderedDifferences.set(summary, [...(renderedDifferences.get(summary) ?? []), `${page.path} (${page.visibleOnlyWithJs.length}/${page.visibleOnlyWithoutJs.length})`]);
    }
    for (const [summary, paths] of renderedDifferences) {
      console.log(`note: rendered text (innerText) differs on ${paths.join(', ')} (lines with JS only/without JS only): ${summary}`);
    }
    for (const page of pages) {
      if (page.firstDifference) {
        console.log(`note: ${page.path}: text differs — without JS: "…${page.firstDifference.withoutJs}…" / with JS: "…${page.firstDifference.withJs}…"`);
      }
      for (const error of page.errors) console.log(`note: ${page.path}: ${error}`);
    }
    const failedPaths = new Map<string, number>();
    for (const entry of served) if (entry.status >= 400) failedPaths.set(`${entry.status} ${entry.path}`, (failedPaths.get(`${entry.status} ${entry.path}`) ?? 0) + 1);
    for (const [path, count] of failedPaths) console.log(`note: server answered ${path} (${count}×)`);

    const drawings = drawingFigures(pages);
    if (drawings.length > 0) printDrawingFigures(drawings);

    printSearchFigures(searchFigures);

    /* ---- budgets */
    const budgets: Budget[] = [];
    const sizeLine = (page: PageResult) => `HTML ${page.html.gzip} B + CSS ${page.css.gzip} B = ${page.htmlCssGzip} B (${kb(page.htmlCssGzip)} KB) gzip`;
    if (measurePages) {
      // Reading pages: 14 KB, plus an allowance for each note a page carries (budgets.ts).
      // Each page's notes, read once from dist/.
      const notesByPage = new Map(pages.map((page) => [page, notesIn(readFileSync(join(distDir, page.path, 'index.html'), 'utf8'))]));
      const headroom = (page: PageResult) => readingBudgetFor(notesByPage.get(page)!) - page.htmlCssGzip;
      const within = (page: PageResult) => headroom(page) >= 0;
      const readingLine = (page: PageResult) => {
        const notes = notesByPage.get(page)!;
        return `${page.path}: ${kb(page.htmlCssGzip)} KB for ${notes} note${notes === 1 ? '' : 's'} (budget ${kb(readingBudgetFor(notes))} KB)`;
      };
      const rule = `HTML+CSS gzip <= ${readingBudget.base / KB} KB + ${readingBudget.perNote / KB} KB a note`;
      for (const kind of ['home', 'component', 'full text'] as const) {
        for (const lang of benchLanguages) {
          const group = pages.filter((p) => p.kind === kind && p.lang === lang);
          if (group.length === 0) continue;
          const failing = group.filter((page) => !within(page));
          const heaviest = group.reduce((a, b) => (headroom(b) < headroom(a) ? b : a));
          budgets.push({
            name: `reading page${group.length > 1 ? 's' : ''}, ${kind} (${lang}${group.length > 1 ? `, ${group.length} pages` : ''}): ${rule}`,
            pass: failing.length === 0,
            detail: failing.length > 0 ? failing.map(readingLine).join('; ') : `${sizeLine(heaviest)}; nearest its budget: ${readingLine(heaviest)}`,
          });
        }
      }
      for (const lang of benchLanguages) {
        const page = pages.find((p) => p.kind === 'matrix' && p.lang === lang)!;
        budgets.push({
          name: `COMPARISON MATRIX page ${page.path} (every cell, every instrument): HTML+CSS gzip <= ${matrixBudget / KB} KB`,
          pass: page.htmlCssGzip <= matrixBudget,
          detail: sizeLine(page),
        });
      }
      for (const kind of contextReadingKinds) {
        for (const lang of benchLanguages) {
          const group = pages.filter((p) => p.kind === kind && p.lang === lang);
          const page = group.reduce((largest, candidate) => (candidate.htmlCssGzip > largest.htmlCssGzip ? candidate : largest));
          if (kind === 'timeline') {
            // The timeline's budget grows with its events (budgets.ts).
            const events = eventsIn(readFileSync(join(distDir, page.path, 'index.html'), 'utf8'));
            budgets.push({
              name: `context page, timeline (${lang}) ${page.path}: HTML+CSS gzip <= ${timelineBudget.base / KB} KB + ${timelineBudget.perEvent / KB} KB an event`,
              pass: page.htmlCssGzip <= timelineBudgetFor(events),
              detail: `${sizeLine(page)}; ${events} events (budget ${kb(timelineBudgetFor(events))} KB)`,
            });
            continue;
          }
          budgets.push({
            name: `context page, ${kind} (${lang}${group.length > 1 ? ', largest' : ''}) ${page.path}: HTML+CSS gzip <= ${contextListBudget / KB} KB`,
            pass: page.htmlCssGzip <= contextListBudget,
            detail: sizeLine(page),
          });
        }
      }
      for (const kind of readingKinds) {
        for (const lang of benchLanguages) {
          const group = pages.filter((p) => p.kind === kind && p.lang === lang);
          if (group.length === 0) continue;
          const failing = group.filter((p) => p.jsNeededToRead !== 0 || !p.mainTextIdentical);
          budgets.push({
            name: `JS needed to read = 0: ${kind} (${lang}${group.length > 1 ? `, ${group.length} pages` : ` ${group[0]!.path}`})`,
            pass: failing.length === 0,
            detail: failing.length === 0 ? 'main text identical with and without JavaScript' : failing.map((p) => `${p.path} needs ${p.jsNeededToRead} B of JS`).join('; '),
          });
        }
      }
      // Requests on load, per page type: fonts apart (the same files for every page, cached after the first).
      const isFont = (request: PageResult['requested'][number]) => request.type === 'font';
      for (const kind of readingKinds) {
        for (const lang of benchLanguages) {
          const group = pages.filter((p) => p.kind === kind && p.lang === lang);
          if (group.length === 0) continue;
          const worst = group.reduce((most, p) => (p.requested.filter((r) => !isFont(r)).length > most.requested.filter((r) => !isFont(r)).length ? p : most));
          const counted = worst.requested.filter((r) => !isFont(r));
          const fonts = worst.requested.filter(isFont);
          budgets.push({
            name: `requests on load <= ${requestBudgetFor(kind)} (page, stylesheet${requestBudgetFor(kind) > requestBudget ? 's' : ''}, one script, favicon): ${kind} (${lang}${group.length > 1 ? `, ${group.length} pages` : ''})`,
            pass: counted.length <= requestBudgetFor(kind),
            detail: `${worst.path}: ${counted.length} (${counted.map((r) => r.url.replace(/^\/_astro\//, '')).join(', ')})` + (fonts.length > 0 ? `; and ${fonts.length} font file(s)` : ''),
          });
        }
      }
    }
    budgets.push(...drawingBudgetLines(drawings));
    budgets.push(...searchBudgetLines(ours, scaledFigures));
    const otherOrigins = [...pages.flatMap((p) => p.otherOrigins), ...ours.sessions.flatMap((s) => s.otherOrigins)];
    budgets.push({
      name: `no request to another origin (${pages.length} page loads + ${ours.sessions.length} search sessions)`,
      pass: otherOrigins.length === 0,
      detail: otherOrigins.length === 0 ? `${pages.reduce((n, p) => n + p.requests, 0)} page-load requests, all to ${origin}` : [...new Set(otherOrigins)].join(', '),
    });

    console.log('');
    for (const budget of budgets) console.log(`${verdict(budget)}  ${budget.name} — ${budget.detail}`);
    const passed = budgets.filter((b) => b.pass).length;
    const failed = failing(budgets).length;

    mkdirSync(join(root, 'reports'), { recursive: true });
    writeFileSync(
      reportPath,
      JSON.stringify(
        {
          date: new Date().toISOString(),
          node: process.version,
          chromium: chromiumVersion,
          buildMs,
          origin,
          headerRules: rules.length,
          budgetsBytes: { reading: readingBudget, matrix: matrixBudget },
          searchBudgets,
          pages,
          drawings,
          search: searchFigures,
          scaled,
          budgets,
          summary: { budgets: budgets.length, passed, failed },
          benchMs: performance.now() - started,
        },
        null,
        2,
      ) + '\n',
    );
    console.log('');
    console.log(`figures: reports/bench.json (bench took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`bench: ${budgets.length} budgets, ${passed} passed, ${failed} failed, ${budgets.length - passed - failed} open (an open issue's target, not yet met)`);
    return failed > 0 ? 1 : 0;
  } finally {
    await browser?.close().catch(() => undefined);
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    console.log('bench: could not run — 0 budgets, 0 passed, 0 failed');
    process.exitCode = 1;
  },
);
