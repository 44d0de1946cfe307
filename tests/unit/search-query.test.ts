import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { aliasForms, isSearchable, pagefindTerms, prepareQuery } from '../../src/lib/search/query.ts';

/** An alias group whose every form is in the index. */
const group = (terms: string[]) => ({ terms, forms: aliasForms(terms) });
const lexicon: Lexicon = {
  compounds: ['cessez-le-feu', 'États-Unis', 'Royaume-Uni'],
  aliases: [group(['États-Unis', 'USA', 'US', 'United States']), group(['OTAN', 'NATO']), group(['Zelensky', 'Zelenskyy'])],
};
const variants = (query: string, lang = 'fr') => prepareQuery(query, lexicon, lang).variants;

describe('from what a reader types to what Pagefind is asked', () => {
  it('drops French elisions, so the bare word is searched', () => {
    expect(variants('l’armée')).toEqual(['armée']);
    expect(variants("d'Italie")).toEqual(['Italie']);
    expect(variants('jusqu’à la paix')).toEqual(['à la paix']);
  });

  it('drops English possessives', () => {
    expect(variants('Ukraine’s forces', 'en')).toEqual(['Ukraine forces']);
    expect(variants("Ukraine's", 'en')).toEqual(['Ukraine']);
  });

  it('joins numbers written in groups of digits', () => {
    expect(variants('800 000')).toEqual(['800000']);
    expect(variants('800\u00a0000 personnels')).toEqual(['800000 personnels']);
    expect(pagefindTerms('800,000')).toEqual(['800000']);
  });

  it('writes a compound the way the text does, however it was typed', () => {
    for (const typed of ['cessez-le-feu', 'cessez le feu', 'cessez-le feu', 'Cessez Le Feu']) {
      expect(pagefindTerms(variants(typed)[0]!)).toEqual(['cessezlefeu']);
    }
    expect(variants('après le cessez le feu')).toEqual(['après le cessez-le-feu']);
  });

  it('expands aliases, the words as typed first', () => {
    expect(variants('OTAN')).toEqual(['otan', 'nato']);
    expect(variants('USA garanties')).toEqual(['usa garanties', 'etatsunis garanties', 'us garanties', 'united states garanties']);
    expect(variants('Etats Unis')[0]).toBe('etatsunis');
  });

  it('searches the forms of one word as the beginning they share, so that any form finds every other', () => {
    expect(aliasForms(['гарантія', 'гарантії', 'гарантій', 'гарантіями'])).toEqual(['гаранті']);
    expect(aliasForms(['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Зеленський', 'Зеленського'])).toEqual(['zelensk', 'зеленськ']);
    expect(aliasForms(['Сполучені Штати', 'Сполучених Штатів', 'США'])).toEqual(['сполучен штат', 'сша']);
    expect(aliasForms(['OTAN', 'NATO', 'US', 'USA'])).toEqual(['otan', 'nato', 'us', 'usa']);
    expect(prepareQuery('гарантіями безпеки', { compounds: [], aliases: [group(['гарантія', 'гарантії', 'гарантіями'])] }, 'uk').variants).toEqual(['гаранті безпеки']);
    expect(aliasForms(['Збройні сили', 'Збройних сил', 'Збройним силам', 'Збройними силами'])).toEqual(['зброин сил']);
    expect(variants('zelenskyy')).toEqual(['zelensky']);
  });

  it('searches only the forms the language’s index holds: a word it lacks gives way to those it has', () => {
    const french: Lexicon = { compounds: ['cessez-le-feu'], aliases: [{ terms: ['cessez-le-feu', 'ceasefire', 'припинення вогню'], forms: ['cessezlefeu'] }] };
    expect(prepareQuery('ceasefire', french, 'fr').variants).toEqual(['cessezlefeu']);
    expect(prepareQuery('припинення вогню', french, 'fr').variants).toEqual(['cessezlefeu']);
    expect(prepareQuery('cessez le feu', french, 'fr').variants).toEqual(['cessezlefeu']);
  });

  it('takes an acronym in a sentence only when typed in capitals', () => {
    expect(variants('help us now', 'en')).toEqual(['help us now']);
    expect(variants('the US role', 'en')).toContain('the united states role');
    expect(variants('us', 'en')).toContain('united states');
  });

  it('does not search a letter alone (the first key of a word), nor punctuation; a number is searched', () => {
    expect(['п', 'a', ' é ', '…', '?!'].map(isSearchable)).toEqual([false, false, false, false, false]);
    expect(['пр', 'UE', '5', 'l’a'].map(isSearchable)).toEqual([true, true, true, true]);
  });

  it('searches a quoted query as an exact phrase, as typed', () => {
    expect(prepareQuery('"cessez le feu"', lexicon, 'fr')).toEqual({ variants: ['"cessez le feu"'], exact: true });
  });

  it('searches words only: no markup, symbols, single characters or endless “words” reach the index', () => {
    expect(variants('<script>alert(1)</script>')).toEqual(['script alert script']);
    expect(variants('${7*7}{{7*7}}<%= 7*7 %>')).toEqual(['']);
    expect(variants('a'.repeat(300))).toEqual(['']);
  });

  it('folds and strips punctuation as pagefind.js does', () => {
    expect(pagefindTerms('l’OTAN, « Élysée »')).toEqual(['lotan', 'elysee']);
    expect(pagefindTerms('!!! ?')).toEqual([]);
  });
});
