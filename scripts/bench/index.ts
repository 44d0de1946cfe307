// `npm run bench`: builds the site, serves dist/ on a free localhost port, drives Chromium over
// it and checks the performance budgets. Prints a table, one line per budget, and a summary
// line; writes the figures to reports/bench.json. Exit code 1 when a budget fails (or the
// bench cannot run), 0 otherwise.
//
// Options: --no-build (measure the dist/ already there).
//
// Runs on Node 24 by type stripping: erasable TypeScript only.
import type { Browser } from '@playwright/test';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from './build.ts';
import { benchLanguages, fullTextBudget, pageSpecs, readingBudget, readingKinds, requestBudget, searchBudgetMs, searchRuns } from './budgets.ts';
import { inPool, launchChromium, measurePage, summarizeLines, type PageResult } from './pages.ts';
import { distDir, KB, reportPath, root } from './paths.ts';
import { kb, ms, table, triple, type Budget } from './report.ts';
import { measureSearch, searchDebounce, type SearchResult } from './search.ts';
import { readHeaderRules, startServer, type ServedEntry } from './server.ts';

async function main(): Promise<number> {
  const started = performance.now();
  const skipBuild = process.argv.includes('--no-build');

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
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const started_ = await startServer(served, rules);
    server = started_.server;
    const origin = started_.origin;
    console.log(`serve: dist/ at ${origin} (headers of dist/_headers applied: ${rules.length} rule${rules.length === 1 ? '' : 's'})`);

    browser = await launchChromium();
    const chromiumVersion = browser.version();

    const pages = await inPool(pageSpecs, 4, (spec) => measurePage(browser!, origin, spec));
    const debounce = searchDebounce();
    const searches: SearchResult[] = [];
    for (const run of searchRuns) searches.push(await measureSearch(browser, origin, run, debounce.ms, served));

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
    console.log('* largest component page of its language (HTML+CSS gzip), the one the budget applies to');
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

    /* ---- search table */
    console.log('');
    console.log(`Search (query set at once and an input event fired; timed in the page with performance.now() until #search-status names the query, results in the DOM).`);
    console.log(
      `The search script debounces input by ${debounce.ms} ms${debounce.fromSource ? ' (read from src/scripts/search.ts)' : ' (assumed: not found in src/scripts/search.ts)'}: every time below includes it; "−debounce" subtracts it.`,
    );
    const searchRows: string[][] = [];
    for (const search of searches) {
      searchRows.push([
        search.path,
        `${search.first.query} (first, cold)`,
        ms(search.first.ms),
        ms(search.first.ms - search.debounceMs),
        String(search.first.results),
        `${kb(search.first.pagefindBytes)} KB in ${search.first.pagefindFiles} files`,
      ]);
      for (const timing of search.next) {
        searchRows.push([
          search.path,
          timing.query,
          ms(timing.ms),
          ms(timing.ms - search.debounceMs),
          String(timing.results),
          timing.pagefindFiles ? `${kb(timing.pagefindBytes)} KB in ${timing.pagefindFiles} files` : '0',
        ]);
      }
    }
    console.log(table(['page', 'query', 'to results', '−debounce', 'results', '/pagefind/ fetched'], searchRows, [false, false, true, true, true, true]));
    for (const search of searches) {
      console.log(
        `${search.path}: index bytes fetched for a first query: ${search.first.pagefindBytes} B (${kb(search.first.pagefindBytes)} KB, response bodies; server counted ${search.first.serverBytes} B): ` +
          search.first.files.map((file) => `${file.path.replace('/pagefind/', '')} ${kb(file.bytes)}`).join(', '),
      );
      console.log(
        `${search.path}: after the index is loaded (${search.next.length} queries): median ${ms(search.nextMedianMs)}, max ${ms(search.nextMaxMs)}; minus ${search.debounceMs} ms debounce: median ${ms(search.nextMedianMinusDebounceMs)}, max ${ms(search.nextMaxMinusDebounceMs)}`,
      );
      for (const error of search.errors) console.log(`note: ${search.path} (search): ${error}`);
    }

    /* ---- budgets */
    const budgets: Budget[] = [];
    const sizeLine = (page: PageResult) => `HTML ${page.html.gzip} B + CSS ${page.css.gzip} B = ${page.htmlCssGzip} B (${kb(page.htmlCssGzip)} KB) gzip`;
    for (const lang of benchLanguages) {
      const home = pages.find((p) => p.kind === 'home' && p.lang === lang)!;
      budgets.push({ name: `reading page ${home.path}: HTML+CSS gzip <= ${readingBudget / KB} KB`, pass: home.htmlCssGzip <= readingBudget, detail: sizeLine(home) });
    }
    for (const lang of benchLanguages) {
      const page = largest.get(lang)!;
      budgets.push({
        name: `reading page, largest component (${lang}) ${page.path}: HTML+CSS gzip <= ${readingBudget / KB} KB`,
        pass: page.htmlCssGzip <= readingBudget,
        detail: sizeLine(page),
      });
    }
    for (const lang of benchLanguages) {
      const page = pages.find((p) => p.kind === 'full text' && p.lang === lang)!;
      budgets.push({
        name: `FULL TEXT page ${page.path} (whole declaration, all notes and sources): HTML+CSS gzip <= ${fullTextBudget / KB} KB`,
        pass: page.htmlCssGzip <= fullTextBudget,
        detail: sizeLine(page),
      });
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
          name: `requests on load <= ${requestBudget} (page, stylesheet, one script, favicon): ${kind} (${lang}${group.length > 1 ? `, ${group.length} pages` : ''})`,
          pass: counted.length <= requestBudget,
          detail: `${worst.path}: ${counted.length} (${counted.map((r) => r.url.replace(/^\/_astro\//, '')).join(', ')})` + (fonts.length > 0 ? `; and ${fonts.length} font file(s)` : ''),
        });
      }
    }
    for (const search of searches) {
      budgets.push({
        name: `search ${search.path}: results < ${searchBudgetMs} ms after the index is loaded (time to results minus ${search.debounceMs} ms debounce, median and max)`,
        pass: search.nextMedianMinusDebounceMs < searchBudgetMs && search.nextMaxMinusDebounceMs < searchBudgetMs,
        detail: `median ${ms(search.nextMedianMinusDebounceMs)}, max ${ms(search.nextMaxMinusDebounceMs)} (with debounce: ${ms(search.nextMedianMs)}, ${ms(search.nextMaxMs)})`,
      });
    }
    const otherOrigins = [...pages.flatMap((p) => p.otherOrigins), ...searches.flatMap((s) => s.otherOrigins)];
    budgets.push({
      name: `no request to another origin (${pages.length} page loads + ${searches.length} search sessions)`,
      pass: otherOrigins.length === 0,
      detail: otherOrigins.length === 0 ? `${pages.reduce((n, p) => n + p.requests, 0)} page-load requests, all to ${origin}` : [...new Set(otherOrigins)].join(', '),
    });

    console.log('');
    for (const budget of budgets) console.log(`${budget.pass ? 'PASS' : 'FAIL'}  ${budget.name} — ${budget.detail}`);
    const passed = budgets.filter((b) => b.pass).length;
    const failed = budgets.length - passed;

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
          budgetsBytes: { reading: readingBudget, fullText: fullTextBudget },
          searchBudgetMs,
          debounceMs: debounce.ms,
          pages,
          search: searches,
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
    console.log(`bench: ${budgets.length} budgets, ${passed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  } finally {
    await browser?.close().catch(() => undefined);
    if (server) {
      server.closeAllConnections();
      await new Promise<void>((done) => server!.close(() => done()));
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
