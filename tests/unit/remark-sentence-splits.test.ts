import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkSentenceSplits from '../../src/lib/markdown/remark-sentence-splits.ts';
import { failureOf, renderHtml, runRemark } from './helpers.ts';

describe('remark-sentence-splits', () => {
  it('removes each :split and counts it on its paragraph', () => {
    const { tree } = runRemark('One. :split Two! :split Three.\n\nFour.\n', [remarkSentenceSplits]);
    expect((tree.children as Paragraph[]).map((paragraph) => paragraph.data?.sentenceSplits ?? 0)).toEqual([2, 0]);
    expect(renderHtml('One. :split Two.\n', [remarkSentenceSplits])).toBe('<p>One.  Two.</p>');
  });

  it('accepts a sentence closed by a quote', () => {
    expect(failureOf(() => runRemark('He said “yes.” :split Then left.\n', [remarkSentenceSplits]))).toBeUndefined();
  });

  it('refuses a :split that does not follow the end of a sentence, or that holds words', () => {
    expect(failureOf(() => runRemark('One :split two.\n', [remarkSentenceSplits]))).toBe(
      '1:5: `:split` must come right after the end of a sentence (its full stop, question or exclamation mark)',
    );
    expect(failureOf(() => runRemark('One. :split[two] Three.\n', [remarkSentenceSplits]))).toMatch(/^1:6: `:split` takes no words and no attributes/);
  });
});
