import { describe, expect, it } from 'vitest';
import { buildLexicon, buildVocabulary, foldStopWords, namesIn } from '../../src/lib/search/lexicon.ts';
import { editDistance, suggester } from '../../src/lib/search/suggestions.ts';

const texts = [
  'La coopération dans le domaine du renseignement et des renseignements militaires.',
  'Surveillance du cessez-le-feu par les États-Unis ; l’OTAN et la force multinationale.',
];

describe('the vocabulary and lexicon built from the indexed text', () => {
  it('never offers a stop word as a spelling (“bleus” is not “leurs”), and lists the stop words folded', () => {
    const words = buildVocabulary(['Les casques et leurs armes, plus leurs chars.'], ['les', 'leurs', 'plus', 'et']).map(([word]) => word);
    expect(words).not.toContain('leurs');
    expect(words).not.toContain('plus');
    expect(words).toContain('casques');
    expect(foldStopWords(['Où', 'à', 'à'])).toEqual(['a', 'ou']);
  });

  it('finds the names of the language’s own alphabet in the vocabulary, one form each', () => {
    const uk = buildVocabulary(['Мерц сказав, що Мерца підтримує Стармер. Коаліція охочих і коаліція; Macron.']);
    expect(namesIn(uk, 'uk')).toEqual(['мерц', 'стармер']);
    expect(namesIn(buildVocabulary(['Merz said. The coalition and Macron; Мерц.'], ['the', 'and']), 'en')).toEqual(['macron', 'merz']);
  });

  it('lists compounds as the text writes them, not elisions', () => {
    expect(buildLexicon(texts, []).compounds).toEqual(['cessez-le-feu', 'États-Unis']);
  });

  it('leaves out a compound the text also writes as separate words, so a query typed apart finds both', () => {
    const both = ['A Ukrainian defence-industrial base.', 'Joint production in the defence industrial complex.', 'A cease-fire.'];
    expect(buildLexicon(both, []).compounds).toEqual(['cease-fire']);
  });

  it('keeps, of each alias group, the forms whose every word begins an indexed word', () => {
    expect(buildLexicon(texts, [['OTAN', 'NATO'], ['cessez-le-feu', 'ceasefire', 'cease fire'], ['renseignement', 'renseignements', 'intelligence']]).aliases).toEqual([
      { terms: ['OTAN', 'NATO'], forms: ['otan'] },
      { terms: ['cessez-le-feu', 'ceasefire', 'cease fire'], forms: ['cessezlefeu'] },
      { terms: ['renseignement', 'renseignements', 'intelligence'], forms: ['renseignement'] },
    ]);
  });

  it('lists words and parts of words with their most used spelling and count', () => {
    const vocabulary = new Map(buildVocabulary(texts));
    expect(vocabulary.get('renseignement')).toBe(1);
    expect(vocabulary.get('OTAN')).toBe(1);
    expect(vocabulary.get('cessez-le-feu')).toBe(1);
    expect(vocabulary.has('l')).toBe(false);
  });
});

describe('did you mean', () => {
  const suggest = suggester(buildVocabulary(texts)).suggest;

  it('measures edit distance with transpositions, giving up past the limit', () => {
    expect(editDistance('renseignment', 'renseignement', 2)).toBe(1);
    expect(editDistance('surveillnace', 'surveillance', 2)).toBe(1);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
  });

  it('suggests the closest index words, within 2 edits', () => {
    expect(suggest(['renseignment'])).toEqual({ queries: ['renseignement', 'renseignements'], complete: true });
    expect(suggest(['multinationnale'])).toEqual({ queries: ['multinationale'], complete: true });
    expect(suggest(['surveillence', 'otan'])).toEqual({ queries: ['Surveillance OTAN'], complete: true });
  });

  it('says when some words found no index word: then the suggestion only helps, it does not stand in', () => {
    expect(suggest(['script', 'surveillence', '1'])).toEqual({ queries: ['Surveillance'], complete: false });
  });

  it('suggests nothing for known words or words too far from any', () => {
    expect(suggest(['renseignement']).queries).toEqual([]);
    expect(suggest(['zzyzzx']).queries).toEqual([]);
  });
});
