import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contextListBudget, contextReadingKinds, eventsIn, matrixBudget, notesIn, pageSpecs, readingBudgetFor, requestBudget, requestBudgetFor, timelineBudgetFor, type PageKind, type PageSpec } from '../../scripts/bench/budgets.ts';
import { sizesOf } from '../../scripts/bench/sizes.ts';

/** What a built page costs a reader on load, read from dist/ (the bench measures it in a browser). */
export interface PageCost {
  path: string;
  /** HTML and stylesheets, each gzip-compressed on its own, in bytes. */
  htmlCssGzip: number;
  /** The page, its stylesheets, scripts (and the scripts they import), favicon. */
  requests: string[];
  /** Notes on the page (a reading page's budget grows with them). */
  notes: number;
  /** Events on the page (the timeline's budget grows with them). */
  events: number;
}

function assetsOf(html: string): { stylesheets: string[]; scripts: string[]; favicon: string[] } {
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const tags = [...html.matchAll(/<(link|script)\b[^>]*>/g)].map((match) => match[0]);
  return {
    stylesheets: tags.filter((tag) => /rel="stylesheet"/.test(tag)).map((tag) => attribute(tag, 'href')!),
    scripts: tags.filter((tag) => tag.startsWith('<script') && /\ssrc=/.test(tag)).map((tag) => attribute(tag, 'src')!),
    favicon: tags.filter((tag) => /rel="icon"/.test(tag)).map((tag) => attribute(tag, 'href')!),
  };
}

/** A module script and every module it imports statically (what the browser fetches on load). */
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

export function pageCost(distDir: string, spec: PageSpec): PageCost | undefined {
  const file = join(distDir, spec.path, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file);
  const { stylesheets, scripts, favicon } = assetsOf(html.toString('utf8'));
  const css = stylesheets.reduce((sum, href) => sum + sizesOf(readFileSync(join(distDir, href))).gzip, 0);
  const modules = new Set(scripts.flatMap((src) => [...moduleGraph(distDir, src)]));
  const text = html.toString('utf8');
  return { path: spec.path, htmlCssGzip: sizesOf(html).gzip + css, requests: [spec.path, ...stylesheets, ...modules, ...favicon], notes: notesIn(text), events: eventsIn(text) };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/**
 * After the build, says how each reading page stands against its budgets (bytes of HTML + CSS,
 * requests on load), loudly when one exceeds them. The figures live with the bench
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
          const budget =
            spec.kind === 'matrix' ? matrixBudget
            : spec.kind === 'timeline' ? timelineBudgetFor(cost.events)
            : contextReadingKinds.includes(spec.kind) ? contextListBudget
            : readingBudgetFor(cost.notes);
          const problems = [
            cost.htmlCssGzip > budget && `HTML+CSS ${kb(cost.htmlCssGzip)} KB gzip > ${kb(budget)} KB${cost.notes > 0 ? ` (${cost.notes} notes)` : ''}${cost.events > 0 ? ` (${cost.events} events)` : ''}`,
            cost.requests.length > requestBudgetFor(spec.kind) && `${cost.requests.length} requests on load > ${requestBudgetFor(spec.kind)} (${cost.requests.join(', ')})`,
          ].filter(Boolean);
          if (problems.length === 0) within += 1;
          else logger.warn(`OVER BUDGET: ${spec.path} (${spec.kind}): ${problems.join('; ')}. Figures: npm run bench`);
        }
        logger.info(`${within} of ${reading.length} reading pages within budget (HTML+CSS gzip, ≤ ${requestBudget} requests on load)`);
      },
    },
  };
}
