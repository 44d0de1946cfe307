import { describe, expect, it } from 'vitest';
import { toIndexText } from '../../src/lib/search/index-text.ts';
import { excerptOf, matchesTerm, matchPassage } from '../../src/lib/search/matches.ts';
import { pagefindTerms } from '../../src/lib/search/query.ts';

/** A passage as Pagefind stores it, and the positions of the words Pagefind would match (every word any term begins). */
function indexed(text: string, query: string) {
  const content = toIndexText(text);
  const terms = pagefindTerms(query);
  const words = content.split(' ');
  const keys = words.map((word) => [word, ...word.split(/[^\p{L}\p{N}]+/u)].map((part) => part.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')));
  const locations = words.flatMap((_, position) => (terms.some((term) => keys[position]!.some((key) => key.startsWith(term))) ? [position] : []));
  return { content, terms, locations };
}

const passage = 'Surveillance du cessez-le-feu : ils restent sur leur ligne, le feu cesse, l’OTAN observe la Commission spéciale, 800 000 personnels.';

describe('what the index matched in a passage', () => {
  it('marks a compound as one word, never « le » or « leur » on their own', () => {
    for (const query of ['cessez-le-feu', 'cessez le feu']) {
      const { content, terms, locations } = indexed(passage, query);
      const matches = matchPassage(content, locations, terms, 'fr');
      // Typed apart, the words also match « le feu » — a phrase of the query, not « le » alone.
      expect(matches.highlights).toEqual(query === 'cessez-le-feu' ? ['cessez-le-feu'] : ['cessez-le-feu', 'le feu']);
      expect(matches.highlights).not.toContain('le');
      expect(matches.highlights).not.toContain('leur');
    }
  });

  it('marks the bare word inside an elision', () => {
    const { content, terms, locations } = indexed(passage, 'OTAN');
    expect(matchPassage(content, locations, terms, 'fr').highlights).toEqual(['OTAN']);
  });

  it('marks a phrase as a phrase, and numbers as the page writes them', () => {
    const phrase = indexed(passage, 'Commission spéciale');
    expect(matchPassage(phrase.content, phrase.locations, phrase.terms, 'fr').highlights).toEqual(['Commission spéciale']);
    const number = indexed(passage, '800000');
    expect(matchPassage(number.content, number.locations, number.terms, 'fr').highlights).toEqual(['800 000']);
  });

  it('keeps a stop word inside a phrase', () => {
    const { content, terms, locations } = indexed('la coopération de défense à long terme', 'coopération de défense');
    expect(matchPassage(content, locations, terms, 'fr').highlights).toEqual(['coopération de défense']);
  });

  it('builds an excerpt around the marks, marked parts flagged, phrases in one mark', () => {
    const { content, terms, locations } = indexed(passage, 'Commission spéciale');
    const parts = excerptOf(matchPassage(content, locations, terms, 'fr'), 6);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['Commission spéciale']);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts.map((part) => part.text).join('')).toBe('… observe la Commission spéciale, 800 000 personnels.');
  });

  it('finds nothing where Pagefind matched only a short word that begins a term (“a” for “alert”)', () => {
    const content = toIndexText('à la paix, a-t-il dit, on verra');
    expect(matchPassage(content, [0, 4, 6], pagefindTerms('alert onload'), 'fr').highlights).toEqual([]);
  });

  it('matches forms of a word the way stemming does, short words exactly', () => {
    expect(matchesTerm('armee', 'armes', false, true)).toBe(true);
    expect(matchesTerm('composante', 'compte')).toBe(false);
    expect(matchesTerm('garantie', 'garanties')).toBe(true);
    expect(matchesTerm('renseignements', 'renseign')).toBe(true);
    expect(matchesTerm('leur', 'le')).toBe(false);
    expect(matchesTerm('les', 'le', true)).toBe(false);
    expect(matchesTerm('ues', 'ue')).toBe(true);
  });

  it('matches a finished word’s own forms, not the longer words it begins; a word being typed, every word it begins (issue 21)', () => {
    expect(matchesTerm('натомість', 'нато', false, true, true)).toBe(false);
    expect(matchesTerm('натомість', 'нато', false, true, false)).toBe(true);
    expect(matchesTerm('signatory', 'sign', false, true, true)).toBe(false);
    expect(matchesTerm('signed', 'sign', false, true, true)).toBe(true);
    expect(matchesTerm('меморандуму', 'меморандум', false, true, true)).toBe(true);
    const { content, terms, locations } = indexed('НАТО і натомість Україна', 'НАТО');
    expect(matchPassage(content, locations, terms, 'uk', new Set(terms)).highlights).toEqual(['НАТО']);
    expect(matchPassage(content, locations, terms, 'uk').highlights).toEqual(['НАТО', 'натомість']);
  });
});
