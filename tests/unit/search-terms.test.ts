import { describe, expect, it } from 'vitest';
import { findTermRanges, foldText, searchTermsFrom } from '../../src/lib/search/terms.ts';

describe('search terms', () => {
  it('folds accents and case without changing positions', () => {
    const text = 'Vérification du cessez-le-feu, Œuvre';
    expect(foldText(text)).toBe('verification du cessez-le-feu, œuvre');
    expect(foldText(text)).toHaveLength(text.length);
  });

  it('takes the distinct words of a query, dropping one-letter words', () => {
    expect(searchTermsFrom('  Vérification, à la TRÊVE trêve ')).toEqual(['verification', 'la', 'treve']);
    expect(searchTermsFrom('<script>alert(1)</script>')).toEqual(['script', 'alert', 'script'].filter((w, i, a) => a.indexOf(w) === i));
    expect(searchTermsFrom('!!! ??? …')).toEqual([]);
  });

  it('finds the words a term starts, with or without accents, singular or plural', () => {
    const text = 'la vérification et les vérifications des forces armées ; une force';
    const marked = (query: string) => findTermRanges(text, searchTermsFrom(query)).map(([start, end]) => text.slice(start, end));
    expect(marked('verification')).toEqual(['vérification', 'vérifications']);
    expect(marked('forces')).toEqual(['forces', 'force']);
    expect(marked('ARMÉES')).toEqual(['armées']);
    expect(marked('x')).toEqual([]);
  });
});
