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
}
