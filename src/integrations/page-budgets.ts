import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { contextListBudget, contextReadingKinds, participantsBudget, eventsIn, matrixBudget, notesIn, pageSpecs, readingBudgetFor, requestBudget, requestBudgetFor, timelineBudgetFor, transferBudgets, type PageKind, type PageSpec } from '../../scripts/bench/budgets.ts';

/** What a built page costs a reader on load, read from dist/ (the bench measures it in a browser). */
export interface PageCost {
  path: string;
  /** Everything fetched on load, each file brotli-compressed as a host compresses on the fly (quality 4), in bytes. */
  transferred: number;
  /** The page, its stylesheets, scripts (and the scripts they import), favicon, and the fonts its stylesheets declare. */
  requests: string[];
  /** Notes on the page (the full text's budget grows with them). */
  notes: number;
  /** Events on the page (the timeline's budget grows with them). */
  events: number;
}

/** Bytes as sent by a host compressing on the fly; WOFF2 and images are sent as they are. */
function sentBytes(file: string): number {
  const body = readFileSync(file);
  if (/\.(woff2?|png|jpe?g|webp|avif)$/.test(file)) return body.length;
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length;
}

function assetsOf(html: string): { stylesheets: string[]; scripts: string[]; favicon: string[] } {
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = [...html.matchAll(/<(link|script)\b[^>]*>/g)].map((match) => match[0]);
  return {
    stylesheets: tags.filter((tag) => /rel="stylesheet"/.test(tag)).map((tag) => attribute(tag, 'href')!),
    scripts: tags.filter((tag) => tag.startsWith('<script') && /\ssrc=/.test(tag)).map((tag) => attribute(tag, 'src')!),
    // An icon written into the page as a data: URI costs no request.
    favicon: tags.filter((tag) => /rel="icon"/.test(tag)).map((tag) => attribute(tag, 'href')!).filter((href) => !href.startsWith('data:')),
  };
}

/** A module script and every module it imports statically (what the browser fetches on load; import() waits for a reader's need). */
function moduleGraph(distDir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const file = join(distDir, entry);
  if (!existsSync(file)) return seen;
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import\s*|from\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
    moduleGraph(distDir, join(dirname(entry), match[1]!), seen);
  }
  return seen;
}

/** Font files a stylesheet declares (an upper bound: a browser fetches only those its page's characters need). */
function fontsOf(distDir: string, stylesheet: string): string[] {
  const css = readFileSync(join(distDir, stylesheet), 'utf8');
  return [...css.matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)].map((match) => join(dirname(stylesheet), match[1]!));
}

/**
 * The parts of the script a page fetches on load (src/scripts/shell.ts fetches each where the page
 * holds what it serves): the search page's part. The notes and sharing tools (reading-….js) wait
 * for the reader's first move towards them, so they are not fetched on load.
 */
const partsOnLoad: Array<{ part: string; page: RegExp }> = [
  // A part is named by its file, its name then the hash (search-marks-… is not search-…).
  { part: 'search', page: /\sid="search-query"/ },
];

function partsOf(distDir: string, html: string): string[] {
  const files = existsSync(join(distDir, '_astro')) ? readdirSync(join(distDir, '_astro')) : [];
  return partsOnLoad
    .filter(({ page }) => page.test(html))
    .flatMap(({ part }) => files.filter((name) => new RegExp(`^${part}-[\\w-]{8}\\.js$`).test(name)).map((name) => `/_astro/${name}`));
}

export function pageCost(distDir: string, spec: PageSpec): PageCost | undefined {
  const file = join(distDir, spec.path, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  const { stylesheets, scripts, favicon } = assetsOf(html);
  const modules = [...new Set([...scripts, ...partsOf(distDir, html)].flatMap((src) => [...moduleGraph(distDir, src)]))];
  const fonts = [...new Set(stylesheets.flatMap((href) => fontsOf(distDir, href)))];
  const assets = [...stylesheets, ...modules, ...favicon, ...fonts].filter((asset) => existsSync(join(distDir, asset)));
  return {
    path: spec.path,
    transferred: sentBytes(file) + assets.reduce((sum, asset) => sum + sentBytes(join(distDir, asset)), 0),
    requests: [spec.path, ...stylesheets, ...modules, ...favicon, ...fonts],
    notes: notesIn(html),
    events: eventsIn(html),
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function budgetOf(kind: PageKind, cost: PageCost): number {
  if (kind === 'home') return transferBudgets.home;
  if (kind === 'component') return transferBudgets.component;
  if (kind === 'matrix') return matrixBudget;
  if (kind === 'timeline') return timelineBudgetFor(cost.events);
  if (kind === 'participants') return participantsBudget;
  if (contextReadingKinds.includes(kind)) return contextListBudget;
  return readingBudgetFor(cost.notes);
}

/**
 * After the build, says how each reading page stands against its budgets (everything it fetches on
 * load, requests), loudly when one exceeds them. The figures live with the bench
 * (scripts/bench/budgets.ts), which measures the same in a browser.
 */
export default function pageBudgets(): AstroIntegration {
  return {
    name: 'page-budgets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const kinds: PageKind[] = ['home', 'component', 'full text', 'matrix', ...contextReadingKinds];
        const reading = pageSpecs.filter((spec) => kinds.includes(spec.kind));
        let within = 0;
        for (const spec of reading) {
          const cost = pageCost(distDir, spec);
          if (!cost) continue;
          const budget = budgetOf(spec.kind, cost);
          const problems = [
            cost.transferred > budget && `${kb(cost.transferred)} KB on load > ${kb(budget)} KB${spec.kind === 'full text' ? ` (${cost.notes} notes)` : ''}${spec.kind === 'timeline' ? ` (${cost.events} events)` : ''}`,
            cost.requests.length > requestBudgetFor(spec.kind) && `${cost.requests.length} requests on load > ${requestBudgetFor(spec.kind)} (${cost.requests.join(', ')})`,
          ].filter(Boolean);
          if (problems.length === 0) within += 1;
          else logger.warn(`OVER BUDGET: ${spec.path} (${spec.kind}): ${problems.join('; ')}. Figures: npm run bench`);
        }
        logger.info(`${within} of ${reading.length} reading pages within budget (everything fetched on load, ≤ ${requestBudget} requests)`);
      },
    },
  };
}
