// `npm run bench`: builds the site, serves dist/ on a free localhost port, drives Chromium over
// it and checks the performance budgets. Prints a table, one line per budget, and a summary
// line; writes the figures to reports/bench.json. Exit code 1 when a budget fails (or the
// bench cannot run), 0 otherwise.
//
// Options: --no-build (measure the dist/ already there).
//
// Runs on Node 24 by type stripping: erasable TypeScript only.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from '@playwright/test';

const root = resolve(import.meta.dirname, '..');
const distDir = join(root, 'dist');
const reportPath = join(root, 'reports', 'bench.json');
const KB = 1024;

/* ------------------------------------------------------------------ budgets' figures */

const readingBudget = 14 * KB; // HTML + CSS, gzip, of a reading page (home, component)
const fullTextBudget = 32 * KB; // HTML + CSS, gzip, of the full text with all notes and sources
const searchBudgetMs = 100; // results after the index is loaded, debounce subtracted

/* ------------------------------------------------------------------ pages */

type PageKind = 'home' | 'full text' | 'component' | 'sources' | 'parallel' | 'search';
interface PageSpec {
  kind: PageKind;
  lang: 'fr' | 'en';
  path: string;
}

const componentKeys = ['ceasefire-monitoring', 'armed-forces-support', 'multinational-force', 'future-attack-commitment', 'defence-cooperation'];
const pageSpecs: PageSpec[] = [
  { kind: 'home', lang: 'fr', path: '/fr/' },
  { kind: 'home', lang: 'en', path: '/en/' },
  { kind: 'full text', lang: 'fr', path: '/fr/texte/' },
  { kind: 'full text', lang: 'en', path: '/en/text/' },
  ...componentKeys.map((key): PageSpec => ({ kind: 'component', lang: 'fr', path: `/fr/composantes/${key}/` })),
  ...componentKeys.map((key): PageSpec => ({ kind: 'component', lang: 'en', path: `/en/components/${key}/` })),
  { kind: 'sources', lang: 'fr', path: '/fr/sources/' },
  { kind: 'sources', lang: 'en', path: '/en/sources/' },
  { kind: 'parallel', lang: 'fr', path: '/fr/parallele/' },
  { kind: 'parallel', lang: 'en', path: '/en/parallel/' },
  { kind: 'search', lang: 'fr', path: '/fr/recherche/' },
  { kind: 'search', lang: 'en', path: '/en/search/' },
];
const readingKinds: PageKind[] = ['home', 'full text', 'component', 'sources', 'parallel'];

const searchRuns = [
  { lang: 'fr', path: '/fr/recherche/', first: 'cessez-le-feu', next: ['sanctions', 'dissuasion', 'renseignement', 'stocks', 'Coalition'] },
  { lang: 'en', path: '/en/search/', first: 'ceasefire', next: ['sanctions', 'deterrence', 'intelligence', 'monitoring', 'Coalition'] },
];

/* ------------------------------------------------------------------ sizes */

interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

/** Each file is compressed on its own, as it would be sent. */
function sizesOf(body: Buffer): Sizes {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

/* ------------------------------------------------------------------ build */

function build(): Promise<{ ms: number; ok: boolean; output: string }> {
  return new Promise((done) => {
    const start = performance.now();
    // The same Node that runs this script, whatever `node` is first on PATH.
    const child = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done({ ms: performance.now() - start, ok: false, output: output + String(error) }));
    child.on('close', (code) => done({ ms: performance.now() - start, ok: code === 0, output }));
  });
}

/* ------------------------------------------------------------------ static server */

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  // Pagefind's binary files (gzip-compressed by Pagefind itself, served as they are).
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** dist/_headers (Netlify / Cloudflare Pages format), so the pages run under the policy they are published with. */
function readHeaderRules(): HeaderRule[] {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function ruleMatches(pattern: string, pathname: string): boolean {
  if (pattern.endsWith('*')) return pathname.startsWith(pattern.slice(0, -1));
  return pattern === pathname;
}

interface ServedEntry {
  at: number;
  path: string;
  status: number;
  bytes: number;
}

function startServer(log: ServedEntry[], rules: HeaderRule[]): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname: string;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = '';
      }
      const send = (status: number, body: Buffer, type: string, extra: Record<string, string> = {}) => {
        for (const rule of rules) {
          if (ruleMatches(rule.pattern, url.pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
        }
        response.writeHead(status, { 'Content-Type': type, 'Content-Length': String(body.length), ...extra });
        response.end(request.method === 'HEAD' ? undefined : body);
        log.push({ at: performance.now(), path: url.pathname, status, bytes: body.length });
      };
      const notFound = async () => {
        const page = join(distDir, '404.html');
        const body = existsSync(page) ? await readFile(page) : Buffer.from('Not found\n');
        send(404, body, 'text/html; charset=utf-8');
      };
      if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, Buffer.from('Method not allowed\n'), 'text/plain');
      let file = normalize(join(distDir, pathname));
      if (!pathname || (file !== distDir && !file.startsWith(distDir + sep))) return notFound();
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!url.pathname.endsWith('/')) return send(301, Buffer.alloc(0), 'text/plain', { Location: `${url.pathname}/${url.search}` });
        file = join(file, 'index.html');
      } else if (!info?.isFile()) {
        return notFound();
      }
      const body = await readFile(file).catch(() => undefined);
      if (!body) return notFound();
      send(200, body, contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream');
    })().catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/* ------------------------------------------------------------------ page loads */

interface PageResult {
  kind: PageKind;
  lang: string;
  path: string;
  status: number;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  htmlCssGzip: number;
  requests: number;
  requested: Array<{ url: string; type: string; status: number; bytes: number }>;
  otherOrigins: string[];
  mainTextIdentical: boolean;
  visibleTextIdentical: boolean;
  /** Rendered lines (innerText) seen only with JavaScript / only without it. */
  visibleOnlyWithJs: string[];
  visibleOnlyWithoutJs: string[];
  firstDifference?: { withoutJs: string; withJs: string };
  jsNeededToRead: number;
  errors: string[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of `main` (what is in the document) and what of it is rendered (innerText). */
async function mainText(page: Page): Promise<{ text: string; visible: string } | null> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return null;
    // <noscript> is parsed as markup without script and as raw text with it: leave it out of both.
    const clone = main.cloneNode(true) as HTMLElement;
    for (const element of clone.querySelectorAll('noscript, script, style, template')) element.remove();
    return { text: clone.textContent ?? '', visible: main.innerText };
  });
}

function firstDifference(a: string, b: string): { withoutJs: string; withJs: string } {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return { withoutJs: a.slice(from, i + 80), withJs: b.slice(from, i + 80) };
}

/** Lines of `a` not matched by a line of `b` (as multisets). */
function linesMissing(a: string, b: string): string[] {
  const pool = new Map<string, number>();
  for (const line of b.split('\n').map(collapse).filter(Boolean)) pool.set(line, (pool.get(line) ?? 0) + 1);
  const missing: string[] = [];
  for (const line of a.split('\n').map(collapse).filter(Boolean)) {
    const left = pool.get(line) ?? 0;
    if (left > 0) pool.set(line, left - 1);
    else missing.push(line);
  }
  return missing;
}

/** "Copier le lien" ×4, … */
function summarizeLines(lines: string[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => `"${line.length > 70 ? `${line.slice(0, 70)}…` : line}"${count > 1 ? ` ×${count}` : ''}`).join(', ');
}

function isOtherOrigin(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  return new URL(url).origin !== origin;
}

async function bodyLength(request: Request): Promise<{ status: number; body: Buffer | undefined }> {
  const response = await request.response().catch(() => null);
  if (!response) return { status: 0, body: undefined };
  const body = await response.body().catch(() => undefined);
  return { status: response.status(), body };
}

async function measurePage(browser: Browser, origin: string, spec: PageSpec): Promise<PageResult> {
  const url = origin + spec.path;
  const errors: string[] = [];

  // With JavaScript: every request until `load` and network idle.
  const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: 'block' });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  let status = 0;
  let withJs: { text: string; visible: string } | null = null;
  let html = zero();
  let css = zero();
  let js = zero();
  const requested: PageResult['requested'] = [];
  let onLoad: Request[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    status = response?.status() ?? 0;
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    withJs = await mainText(page);
    onLoad = requests.slice();
    // Bodies are read while the context is open (they are gone once it closes).
    const seen = new Set<string>();
    for (const request of onLoad) {
      const { status: code, body } = await bodyLength(request);
      const type = request.resourceType();
      requested.push({ url: request.url().replace(origin, ''), type, status: code, bytes: body?.length ?? 0 });
      if (!body || seen.has(request.url())) continue;
      seen.add(request.url());
      if (type === 'document' && request.frame().parentFrame() === null && request.isNavigationRequest()) html = add(html, sizesOf(body));
      else if (type === 'stylesheet') css = add(css, sizesOf(body));
      else if (type === 'script') js = add(js, sizesOf(body));
    }
  } finally {
    await context.close().catch(() => undefined);
  }

  // Without JavaScript: the same page must read the same.
  const noJs = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  let withoutJs: { text: string; visible: string } | null = null;
  try {
    const page = await noJs.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    withoutJs = await mainText(page);
  } finally {
    await noJs.close().catch(() => undefined);
  }

  const textOn = collapse(withJs?.text ?? '');
  const textOff = collapse(withoutJs?.text ?? '');
  const mainTextIdentical = withJs !== null && withoutJs !== null && textOn === textOff;
  const visibleTextIdentical = collapse(withJs?.visible ?? '') === collapse(withoutJs?.visible ?? '');
  const visibleOnlyWithJs = linesMissing(withJs?.visible ?? '', withoutJs?.visible ?? '');
  const visibleOnlyWithoutJs = linesMissing(withoutJs?.visible ?? '', withJs?.visible ?? '');
  if (!withJs || !withoutJs) errors.push('no <main> element');
  return {
    kind: spec.kind,
    lang: spec.lang,
    path: spec.path,
    status,
    html,
    css,
    js,
    htmlCssGzip: html.gzip + css.gzip,
    requests: onLoad.length,
    requested,
    otherOrigins: onLoad.map((request) => request.url()).filter((u) => isOtherOrigin(u, origin)),
    mainTextIdentical,
    visibleTextIdentical,
    visibleOnlyWithJs,
    visibleOnlyWithoutJs,
    ...(mainTextIdentical ? {} : { firstDifference: firstDifference(textOff, textOn) }),
    jsNeededToRead: mainTextIdentical ? 0 : js.raw,
    errors,
  };
}

async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

/* ------------------------------------------------------------------ search */

/** The search script's debounce, read from its source (150 ms when it cannot be found). */
function searchDebounce(): { ms: number; fromSource: boolean } {
  try {
    const source = readFileSync(join(root, 'src', 'scripts', 'search.ts'), 'utf8');
    const match = /debounce\s*=\s*setTimeout\([\s\S]*?,\s*(\d+)\s*\)/.exec(source);
    if (match?.[1]) return { ms: Number(match[1]), fromSource: true };
  } catch {
    // fall through
  }
  return { ms: 150, fromSource: false };
}

interface QueryTiming {
  query: string;
  ms: number;
  results: number;
  listChanged: boolean;
  pagefindBytes: number;
  pagefindFiles: number;
}

/** In the page: set the query, fire `input`, resolve when the status names the query (the list is replaced just before). */
async function timeQuery(page: Page, query: string): Promise<{ ms: number; results: number; listChanged: boolean }> {
  return page.evaluate(
    ({ query, timeout }) =>
      new Promise<{ ms: number; results: number; listChanged: boolean }>((done, fail) => {
        const input = document.querySelector<HTMLInputElement>('#search-query');
        const status = document.querySelector<HTMLElement>('#search-status');
        const list = document.querySelector<HTMLElement>('#search-results');
        if (!input || !status || !list) return fail(new Error('#search-query, #search-status or #search-results missing'));
        const before = list.innerHTML;
        let start = 0;
        const observer = new MutationObserver(() => {
          if (!(status.textContent ?? '').includes(query)) return;
          const ms = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          done({ ms, results: list.querySelectorAll('.search-result').length, listChanged: list.innerHTML !== before });
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        observer.observe(list, { childList: true, subtree: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          fail(new Error(`no results for "${query}" after ${timeout} ms (status: "${status.textContent ?? ''}")`));
        }, timeout);
        start = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query, timeout: 15_000 },
  );
}

interface SearchResult {
  lang: string;
  path: string;
  debounceMs: number;
  first: QueryTiming & { files: Array<{ path: string; bytes: number }>; serverBytes: number };
  next: QueryTiming[];
  nextMedianMs: number;
  nextMaxMs: number;
  nextMedianMinusDebounceMs: number;
  nextMaxMinusDebounceMs: number;
  otherOrigins: string[];
  errors: string[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function measureSearch(
  browser: Browser,
  origin: string,
  run: (typeof searchRuns)[number],
  debounceMs: number,
  served: ServedEntry[],
): Promise<SearchResult> {
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
  const all: Request[] = [];
  let recording: Request[] | undefined;
  // Context-wide: Pagefind fetches its index from a web worker.
  context.on('request', (request) => {
    all.push(request);
    recording?.push(request);
  });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    await page.goto(origin + run.path, { waitUntil: 'load', timeout: 20_000 });
    await page.waitForLoadState('networkidle', { timeout: 15_000 });

    const timed = async (query: string) => {
      recording = [];
      const serverFrom = served.length;
      const timing = await timeQuery(page, query);
      const requests = recording;
      recording = undefined;
      const files: Array<{ path: string; bytes: number }> = [];
      for (const request of requests) {
        const path = new URL(request.url()).pathname;
        if (!path.startsWith('/pagefind/')) continue;
        const { body } = await bodyLength(request);
        files.push({ path, bytes: body?.length ?? 0 });
      }
      const serverBytes = served
        .slice(serverFrom)
        .filter((entry) => entry.path.startsWith('/pagefind/'))
        .reduce((sum, entry) => sum + entry.bytes, 0);
      const timingResult: QueryTiming = {
        query,
        ...timing,
        pagefindBytes: files.reduce((sum, file) => sum + file.bytes, 0),
        pagefindFiles: files.length,
      };
      return { ...timingResult, files, serverBytes };
    };

    const first = await timed(run.first);
    const next: QueryTiming[] = [];
    for (const query of run.next) {
      const timing = await timed(query);
      next.push({
        query: timing.query,
        ms: timing.ms,
        results: timing.results,
        listChanged: timing.listChanged,
        pagefindBytes: timing.pagefindBytes,
        pagefindFiles: timing.pagefindFiles,
      });
    }
    const times = next.map((timing) => timing.ms);
    return {
      lang: run.lang,
      path: run.path,
      debounceMs,
      first,
      next,
      nextMedianMs: median(times),
      nextMaxMs: Math.max(...times),
      nextMedianMinusDebounceMs: median(times) - debounceMs,
      nextMaxMinusDebounceMs: Math.max(...times) - debounceMs,
      otherOrigins: all.map((request) => request.url()).filter((u) => isOtherOrigin(u, origin)),
      errors,
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}

/* ------------------------------------------------------------------ output */

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const triple = (sizes: Sizes) => `${kb(sizes.raw)} / ${kb(sizes.gzip)} / ${kb(sizes.brotli)}`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function table(header: string[], rows: string[][], alignRight: boolean[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface Budget {
  name: string;
  pass: boolean;
  detail: string;
}

/* ------------------------------------------------------------------ main */

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

    const systemChromium = '/usr/bin/chromium';
    browser = await chromium.launch({
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
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
        ['page', 'type', 'HTML raw/gz/br', 'CSS raw/gz/br', 'JS raw/gz/br (on load)', 'reqs', 'HTML+CSS gz', 'JS to read', 'status'],
        pages.map((page) => [
          page.path + ([...largest.values()].includes(page) ? ' *' : ''),
          page.kind,
          triple(page.html),
          triple(page.css),
          triple(page.js),
          String(page.requests),
          kb(page.htmlCssGzip),
          page.mainTextIdentical ? '0' : `${kb(page.jsNeededToRead)} KB`,
          String(page.status),
        ]),
        [false, false, true, true, true, true, true, true, true],
      ),
    );
    console.log('* largest component page of its language (HTML+CSS gzip), the one the budget applies to');
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
    for (const lang of ['fr', 'en']) {
      const home = pages.find((p) => p.kind === 'home' && p.lang === lang)!;
      budgets.push({ name: `reading page ${home.path}: HTML+CSS gzip <= ${readingBudget / KB} KB`, pass: home.htmlCssGzip <= readingBudget, detail: sizeLine(home) });
    }
    for (const lang of ['fr', 'en']) {
      const page = largest.get(lang)!;
      budgets.push({
        name: `reading page, largest component (${lang}) ${page.path}: HTML+CSS gzip <= ${readingBudget / KB} KB`,
        pass: page.htmlCssGzip <= readingBudget,
        detail: sizeLine(page),
      });
    }
    for (const lang of ['fr', 'en']) {
      const page = pages.find((p) => p.kind === 'full text' && p.lang === lang)!;
      budgets.push({
        name: `FULL TEXT page ${page.path} (whole declaration, all notes and sources): HTML+CSS gzip <= ${fullTextBudget / KB} KB`,
        pass: page.htmlCssGzip <= fullTextBudget,
        detail: sizeLine(page),
      });
    }
    for (const kind of readingKinds) {
      for (const lang of ['fr', 'en']) {
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
