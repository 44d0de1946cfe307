import { describe, expect, it } from 'vitest';
import remarkLeftoverSyntax from '../../src/lib/markdown/remark-leftover-syntax.ts';
import { failureOf, runRemark } from './helpers.ts';

const run = (markdown: string) => failureOf(() => runRemark(markdown, [remarkLeftoverSyntax]));

describe('remark-leftover-syntax', () => {
  it('lets through text whose syntax was read: emphasis, directives, escaped markers, underscores inside words', () => {
    expect(run('Un *mot* :note[ici]{#x}, un \\* et snake_case.\n')).toBeUndefined();
  });

  it('refuses a block line the parser left as text, on that line', () => {
    expect(run('Avant.\n\n:::component{#x title=\\"T\\"}\nTexte\n:::\n')).toMatch(/^3:1: This ":::component" line was not read as a block/);
  });

  it('refuses attributes left as text', () => {
    expect(run('Un :note[mot] {#x}.\n')).toMatch(/^1:15: A note anchor or cross-reference is broken here \("\{#" is left as text\)/);
  });

  it('refuses a lone emphasis marker, at its column', () => {
    expect(run('Un *mot :note[ici* là]{#x}.\n')).toMatch(/^1:4: A lone "\*" would be printed as typed/);
    expect(run('Un _mot.\n')).toMatch(/^1:4: A lone "_" would be printed as typed/);
  });
});
