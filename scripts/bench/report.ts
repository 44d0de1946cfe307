// Text output: figures as KB and ms, and aligned tables.
import { KB } from './paths.ts';
import type { Sizes } from './sizes.ts';

export const kb = (bytes: number) => (bytes / KB).toFixed(1);
export const triple = (sizes: Sizes) => `${kb(sizes.raw)} / ${kb(sizes.gzip)} / ${kb(sizes.brotli)}`;
export const ms = (value: number) => `${value.toFixed(1)} ms`;

export function table(header: string[], rows: string[][], alignRight: boolean[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (alignRight[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface Budget {
  name: string;
  pass: boolean;
  detail: string;
  /**
   * A target an open issue sets and the edition does not meet yet (e.g. "issue 21"): printed OPEN
   * when it does not pass, and it does not fail the bench. Gates keep their own budget beside it.
   */
  open?: string;
}

/** PASS, FAIL, or OPEN for an open issue's target not met yet. */
export const verdict = (budget: Budget): string => (budget.pass ? 'PASS' : budget.open ? `OPEN (${budget.open})` : 'FAIL');

/** Budgets that fail the bench: not passed, and not an open issue's target. */
export const failing = (budgets: readonly Budget[]): Budget[] => budgets.filter((budget) => !budget.pass && !budget.open);
