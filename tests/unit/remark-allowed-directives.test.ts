import { describe, expect, it } from 'vitest';
import remarkAllowedDirectives from '../../src/lib/markdown/remark-allowed-directives.ts';
import { failureOf, runRemark } from './helpers.ts';

const options = { container: ['component'], text: ['note'] };

describe('remark-allowed-directives', () => {
  it('lets known directives through untouched', () => {
    const markdown = ':::component{#a}\nText with :note[a span]{#n}.\n:::\n';
    const { tree } = runRemark(markdown, [[remarkAllowedDirectives, options]]);
    expect(tree.children[0]).toMatchObject({ type: 'containerDirective', name: 'component' });
  });

  it('fails on a misspelt block, naming line and column', () => {
    expect(failureOf(() => runRemark('Intro.\n\n:::compnent{#a}\nx\n:::\n', [[remarkAllowedDirectives, options]]))).toBe(
      '3:1: Unknown directive ":::compnent" (known here: :::component, :note)',
    );
  });

  it('fails on an unknown inline directive, such as a stray colon before a word', () => {
    expect(failureOf(() => runRemark('Heure de Paris:midi.\n', [[remarkAllowedDirectives, options]]))).toMatch(
      /^1:15: Unknown directive ":midi"/,
    );
  });

  it('fails on a leaf directive when none is allowed', () => {
    expect(failureOf(() => runRemark('::toc\n', [[remarkAllowedDirectives, options]]))).toMatch(/^1:1: Unknown directive "::toc"/);
  });

  it('accepts an escaped colon as text', () => {
    expect(failureOf(() => runRemark('Heure de Paris\\:midi.\n', [[remarkAllowedDirectives, options]]))).toBeUndefined();
  });
});
