// One page load with and without JavaScript: every byte fetched, requests, whether it reads the
// same, and (at 1440×900) what a reader sees of its notes, punctuation, quotes and fonts; then the
// same page on a phone (375×812).
import { chromium, type Browser, type Page, type Request } from '@playwright/test';
import { chromiumArgs, findChromium } from '../../tests/browser.ts';
import { fontKinds, marginKinds, sentenceKinds, type PageKind, type PageSpec } from './budgets.ts';
import {
  bannerHeight,
  countNotePrints,
  desktopViewport,
  layoutShift,
  layoutShiftObserver,
  measureMargins,
  mixedFaceLines,
  phoneViewport,
  sentenceOffset,
  separatedPunctuation,
  straightQuotes,
  type MarginFigures,
  type MixedLine,
  type ReadingData,
  type Separation,
} from './reading.ts';
import { add, sizesOf, zero, type Sizes } from './sizes.ts';

export interface PageResult {
  kind: PageKind;
  lang: string;
  path: string;
  status: number;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** Web fonts fetched on load: bytes as transferred, and their files. */
  fonts: { bytes: number; files: string[] };
  htmlCssGzip: number;
  /** Every byte fetched on load (response bodies as sent, compressed as the server sends them), by resource type. */
  transferred: { total: number; byType: Record<string, number> };
  requests: number;
  /** Each request on load: `bytes` is the body as received, `transferred` what crossed the wire (compressed). */
  requested: Array<{ url: string; type: string; status: number; bytes: number; transferred: number }>;
  otherOrigins: string[];
  mainTextIdentical: boolean;
  visibleTextIdentical: boolean;
  /** Rendered lines (innerText) seen only with JavaScript / only without it. */
  visibleOnlyWithJs: string[];
  visibleOnlyWithoutJs: string[];
  firstDifference?: { withoutJs: string; withJs: string };
  jsNeededToRead: number;
  /** Layout shift on load at 1440×900, counted as CLS is. */
  layoutShift: number;
  /** What a reader sees at 1440×900 (reading measures, issue 18); absent where they do not apply. */
  desktop: {
    margins?: MarginFigures;
    /** Note id → how many times its full text is in the page (notes present only). */
    notePrints?: Record<string, number>;
    separated: Separation[];
    straightQuotes: string[];
    mixedFaces?: MixedLine[];
  };
  errors: string[];
}

/** The same page on a phone (375×812). */
export interface PhoneResult {
  kind: PageKind;
  lang: string;
  path: string;
  bannerPx: number | null;
  /** Where the first sentence of the page's text starts (px from the top), on pages that carry it. */
  firstSentencePx?: number | null;
  separated: Separation[];
  layoutShift: number;
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of `main` (what is in the document) and what of it is rendered (innerText). */
export async function mainText(page: Page): Promise<{ text: string; visible: string } | null> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return null;
    // <noscript> is parsed as markup without script and as raw text with it: leave it out of both.
    const clone = main.cloneNode(true) as HTMLElement;
    for (const element of clone.querySelectorAll('noscript, script, style, template')) element.remove();
    return { text: clone.textContent ?? '', visible: main.innerText };
  });
}

export function firstDifference(a: string, b: string): { withoutJs: string; withJs: string } {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 40);
  return { withoutJs: a.slice(from, i + 80), withJs: b.slice(from, i + 80) };
}

/** Lines of `a` not matched by a line of `b` (as multisets). */
export function linesMissing(a: string, b: string): string[] {
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
export function summarizeLines(lines: string[]): string {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => `"${line.length > 70 ? `${line.slice(0, 70)}…` : line}"${count > 1 ? ` ×${count}` : ''}`).join(', ');
}

export function isOtherOrigin(url: string, origin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  return new URL(url).origin !== origin;
}

export async function bodyLength(request: Request): Promise<{ status: number; body: Buffer | undefined }> {
  const response = await request.response().catch(() => null);
  if (!response) return { status: 0, body: undefined };
  const body = await response.body().catch(() => undefined);
  return { status: response.status(), body };
}

/** The first sentence a page shows of the text: a component's own, or the article's introduction on the full text. */
function pageSentence(spec: PageSpec, data: ReadingData): string | undefined {
  if (!sentenceKinds.includes(spec.kind)) return undefined;
  const sentences = data.firstSentences[spec.lang] ?? {};
  const key = spec.kind === 'component' ? spec.path.split('/').filter(Boolean)[2] : 'introduction';
  return key ? sentences[key] : undefined;
}

const loadTimeout = 60_000;
/** A page quiet within seconds alone; past this, it is measured again (index.ts). */
const idleTimeout = 20_000;

export async function measurePage(browser: Browser, origin: string, spec: PageSpec, data: ReadingData, options: { reading: boolean } = { reading: true }): Promise<PageResult> {
  const url = origin + spec.path;
  const errors: string[] = [];

  // With JavaScript, as a reader at a desk sees it: every request until `load` and network idle.
  const context = await browser.newContext({ javaScriptEnabled: true, serviceWorkers: 'block', viewport: desktopViewport });
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  let status = 0;
  let withJs: { text: string; visible: string } | null = null;
  let html = zero();
  let css = zero();
  let js = zero();
  const fonts: PageResult['fonts'] = { bytes: 0, files: [] };
  const requested: PageResult['requested'] = [];
  const transferred: PageResult['transferred'] = { total: 0, byType: {} };
  let shift = 0;
  const desktop: PageResult['desktop'] = { separated: [], straightQuotes: [] };
  let onLoad: Request[] = [];
  try {
    const page = await context.newPage();
    await page.addInitScript(layoutShiftObserver);
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    const response = await page.goto(url, { waitUntil: 'load', timeout: loadTimeout });
    status = response?.status() ?? 0;
    // A page that never stops fetching says which, and what it fetched last.
    await page.waitForLoadState('networkidle', { timeout: idleTimeout }).catch((error: Error) => {
      throw new Error(`${spec.path} never went quiet: ${error.message}; last requests: ${requests.slice(-5).map((request) => request.url().replace(origin, '')).join(' ')}`);
    });
    withJs = await mainText(page);
    onLoad = requests.slice();
    // Bodies are read while the context is open (they are gone once it closes).
    const seen = new Set<string>();
    for (const request of onLoad) {
      const { status: code, body } = await bodyLength(request);
      const type = request.resourceType();
      const wire = (await request.sizes().catch(() => undefined))?.responseBodySize ?? body?.length ?? 0;
      requested.push({ url: request.url().replace(origin, ''), type, status: code, bytes: body?.length ?? 0, transferred: wire });
      transferred.total += wire;
      transferred.byType[type] = (transferred.byType[type] ?? 0) + wire;
      if (!body || seen.has(request.url())) continue;
      seen.add(request.url());
      if (type === 'document' && request.frame().parentFrame() === null && request.isNavigationRequest()) html = add(html, sizesOf(body));
      else if (type === 'stylesheet') css = add(css, sizesOf(body));
      else if (type === 'script') js = add(js, sizesOf(body));
      else if (type === 'font') {
        fonts.bytes += wire;
        fonts.files.push(request.url().replace(/^.*\//, ''));
      }
    }
    // What a reader sees, once the page has settled.
    shift = await layoutShift(page);
    if (options.reading) {
      desktop.separated = await separatedPunctuation(page);
      desktop.straightQuotes = await straightQuotes(page);
      if (marginKinds.includes(spec.kind)) {
        desktop.margins = await measureMargins(page);
        desktop.notePrints = await countNotePrints(page, data.notes[spec.lang] ?? {});
      }
      if (fontKinds.includes(spec.kind)) desktop.mixedFaces = await mixedFaceLines(page);
    }
  } finally {
    await context.close().catch(() => undefined);
  }

  // Without JavaScript: the same page must read the same.
  const noJs = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  let withoutJs: { text: string; visible: string } | null = null;
  try {
    const page = await noJs.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: loadTimeout });
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
    fonts,
    htmlCssGzip: html.gzip + css.gzip,
    transferred,
    requests: onLoad.length,
    requested,
    otherOrigins: onLoad.map((request) => request.url()).filter((u) => isOtherOrigin(u, origin)),
    mainTextIdentical,
    visibleTextIdentical,
    visibleOnlyWithJs,
    visibleOnlyWithoutJs,
    ...(mainTextIdentical ? {} : { firstDifference: firstDifference(textOff, textOn) }),
    jsNeededToRead: mainTextIdentical ? 0 : js.raw,
    layoutShift: shift,
    desktop,
    errors,
  };
}

/** The page on a phone (375×812, touch): its banner, where its text starts, punctuation at that width, layout shift. */
export async function measurePhone(browser: Browser, origin: string, spec: PageSpec, data: ReadingData): Promise<PhoneResult> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: phoneViewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    await page.addInitScript(layoutShiftObserver);
    await page.goto(origin + spec.path, { waitUntil: 'load', timeout: loadTimeout });
    await page.waitForLoadState('networkidle', { timeout: loadTimeout });
    const sentence = pageSentence(spec, data);
    return {
      kind: spec.kind,
      lang: spec.lang,
      path: spec.path,
      bannerPx: await bannerHeight(page),
      ...(sentence ? { firstSentencePx: await sentenceOffset(page, sentence) } : {}),
      separated: await separatedPunctuation(page),
      layoutShift: await layoutShift(page),
    };
  } finally {
    await context.close().catch(() => undefined);
  }
}


export async function inPool<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
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

/** Debian's Chromium where it is installed, otherwise Playwright's own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}
