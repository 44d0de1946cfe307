// The drawings of issue 20 (the matrix of commitment strength, the ladders, the redlines, the timeline's
// axis, the sources' mix): each one's bytes, alone and compressed, beside the page that carries it and that page's budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contextListBudget, drawingBudgetOf, eventsIn, participantsBudget, matrixBudget, notesIn, readingBudgetFor, timelineBudgetFor, type PageKind } from './budgets.ts';
import type { PageResult } from './pages.ts';
import { distDir, KB } from './paths.ts';
import { kb, table, type Budget } from './report.ts';
import { sizesOf, type Sizes } from './sizes.ts';

/** Each drawing as it is written in a built page: its outer element and class (none nests another of its own tag). */
const drawingKinds = [
  { name: 'matrix', pattern: /<table class="matrix__table"[\s\S]*?<\/table>/g },
  { name: 'ladder', pattern: /<figure class="ladder"[\s\S]*?<\/figure>/g },
  { name: 'redline', pattern: /<figure class="redline"[\s\S]*?<\/figure>/g },
  // Part B: the timeline on a time axis (its two drawings, one shown at a time) and where the claims come from.
  { name: 'timeline axis', pattern: /<figure class="timeline-axis"[\s\S]*?<\/figure>/g },
  { name: 'source mix', pattern: /<figure class="source-mix"[\s\S]*?<\/figure>/g },
  // The participants' map (its countries' shapes) and the grid of who said what under it.
  { name: 'participants map', pattern: /<figure class="participants-map"[\s\S]*?<\/figure>/g },
  { name: 'participants grid', pattern: /<section class="participants-grid"[\s\S]*?<\/section>/g },
] as const;

export interface DrawingFigure {
  drawing: (typeof drawingKinds)[number]['name'];
  path: string;
  lang: string;
  /** The drawing's HTML alone (all of its kind on the page). */
  sizes: Sizes;
  /** The page's HTML + CSS, gzip, and its budget. */
  pageHtmlCssGzip: number;
  pageBudget: number;
}

/** The budget of the page that carries a drawing (budgets.ts), by its kind. */
function pageBudgetOf(kind: PageKind, html: string): number | undefined {
  if (kind === 'matrix') return matrixBudget;
  if (kind === 'component comparison') return contextListBudget;
  if (kind === 'component' || kind === 'full text' || kind === 'home' || kind === 'sources') return readingBudgetFor(notesIn(html));
  if (kind === 'timeline') return timelineBudgetFor(eventsIn(html));
  if (kind === 'participants') return participantsBudget;
  return undefined;
}

export function drawingFigures(pages: readonly PageResult[]): DrawingFigure[] {
  return pages.flatMap((page) => {
    const html = readFileSync(join(distDir, page.path, 'index.html'), 'utf8');
    const pageBudget = pageBudgetOf(page.kind, html);
    if (pageBudget === undefined) return [];
    return drawingKinds.flatMap(({ name, pattern }) => {
      const found = html.match(pattern);
      if (!found) return [];
      return [{ drawing: name, path: page.path, lang: page.lang, sizes: sizesOf(Buffer.from(found.join(''))), pageHtmlCssGzip: page.htmlCssGzip, pageBudget }];
    });
  });
}

export function printDrawingFigures(figures: readonly DrawingFigure[]): void {
  console.log('');
  console.log('Drawings (issue 20): each one alone (raw / gzip), and the page that carries it against its budget (HTML+CSS gzip)');
  console.log(
    table(
      ['page', 'drawing', 'raw', 'gzip alone', 'page', 'budget'],
      figures.map((figure) => [figure.path, figure.drawing, kb(figure.sizes.raw), kb(figure.sizes.gzip), kb(figure.pageHtmlCssGzip), kb(figure.pageBudget)]),
      [false, false, true, true, true, true],
    ),
  );
}

/**
 * One line per drawing and language: the drawing itself stays small (≤ drawingBudgetOf(its name) gzip alone, on
 * every page carrying it). Whether the page that carries it is within its own budget is the page's
 * line (page-report.ts), which counts everything transferred; the page columns here are for reading.
 */
export function drawingBudgetLines(figures: readonly DrawingFigure[]): Budget[] {
  const groups = new Map<string, DrawingFigure[]>();
  for (const figure of figures) groups.set(`${figure.drawing} ${figure.lang}`, [...(groups.get(`${figure.drawing} ${figure.lang}`) ?? []), figure]);
  return [...groups.values()].map((group) => {
    const { drawing, lang } = group[0]!;
    const budget = drawingBudgetOf(drawing);
    const failing = group.filter((figure) => figure.sizes.gzip > budget);
    const heaviest = group.reduce((a, b) => (b.sizes.gzip > a.sizes.gzip ? b : a));
    const line = (figure: DrawingFigure) => `${figure.path}: ${drawing} ${kb(figure.sizes.gzip)} KB gzip alone (its page ${kb(figure.pageHtmlCssGzip)} KB HTML+CSS gzip)`;
    return {
      name: `drawing: ${drawing} (${lang}, ${group.length} page${group.length === 1 ? '' : 's'}) <= ${budget / KB} KB gzip alone`,
      pass: failing.length === 0,
      detail: failing.length > 0 ? failing.map(line).join('; ') : `largest: ${line(heaviest)}`,
    };
  });
}
