import { describe, expect, it } from 'vitest';
import { fragmentId, highlightsFrom, withHighlights } from '../../src/lib/search/highlight.ts';
import { findMarkRanges } from '../../src/lib/search/marks.ts';

const text = 'Participation au mécanisme de surveillance du cessez-le-feu. Ils gardent leur ligne ; le feu cesse. Selon l’OTAN, la Commission spéciale compte 800 000 personnels.';
const marked = (values: string[]) => findMarkRanges(text, values, 'fr').map(([start, end]) => text.slice(start, end));

describe('marks on the page a result lands on', () => {
  it('landing on “cessez-le-feu” marks « cessez-le-feu » only, never « le » or « leur »', () => {
    expect(marked(['cessez-le-feu'])).toEqual(['cessez-le-feu']);
  });

  it('never marks a stop word on its own', () => {
    expect(marked(['le'])).toEqual([]);
    expect(marked(['le', 'leur'])).toEqual([]);
  });

  it('marks the bare word inside an elision, a phrase as one mark, a number however it is written', () => {
    expect(marked(['OTAN'])).toEqual(['OTAN']);
    expect(marked(['Commission spéciale'])).toEqual(['Commission spéciale']);
    expect(marked(['800 000'])).toEqual(['800 000']);
    expect(marked(['800000'])).toEqual(['800 000']);
  });

  it('marks a phrase across the no-break spaces the typographic step puts in', () => {
    const typeset = 'Le 6\u00a0janvier, selon l’art.\u00a05, la Commission spéciale\u202f; 800\u202f000 personnels.';
    const found = (values: string[]) => findMarkRanges(typeset, values, 'fr').map(([start, end]) => typeset.slice(start, end));
    expect(found(['6 janvier'])).toEqual(['6\u00a0janvier']);
    expect(found(['art 5'])).toEqual(['art.\u00a05']);
    expect(found(['spéciale'])).toEqual(['spéciale']);
    expect(found(['800 000'])).toEqual(['800\u202f000']);
  });

  it('reads links written by hand: a phrase not found is marked word by word, any form of a long word', () => {
    expect(marked(['surveillance personnels'])).toEqual(['surveillance', 'personnels']);
    expect(marked(['personnel'])).toEqual(['personnels']);
  });
});

describe('the highlight parameter and the fragment', () => {
  it('puts one value per word or phrase before the anchor', () => {
    expect(withHighlights('/fr/texte/#ceasefire-monitoring', ['cessez-le-feu', 'Commission spéciale'])).toBe(
      '/fr/texte/?highlight=cessez-le-feu&highlight=Commission%20sp%C3%A9ciale#ceasefire-monitoring',
    );
    expect(withHighlights('/fr/texte/#x', [])).toBe('/fr/texte/#x');
  });

  it('reads malformed or hostile values without throwing, and keeps little', () => {
    expect(highlightsFrom('?highlight=%E0%A4%A&highlight=%')).toHaveLength(2);
    expect(highlightsFrom(`?${Array.from({ length: 20 }, () => 'highlight=x').join('&')}`)).toHaveLength(8);
    expect(highlightsFrom(`?highlight=${'a'.repeat(500)}`)[0]).toHaveLength(100);
    expect(highlightsFrom('?q=1')).toEqual([]);
  });

  it('reads a malformed #fragment as written', () => {
    expect(fragmentId('#%')).toBe('%');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('#note-x')).toBe('note-x');
    expect(fragmentId('')).toBeUndefined();
  });
});
