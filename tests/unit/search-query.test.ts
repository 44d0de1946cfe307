import { describe, expect, it } from 'vitest';
import { aliasForms } from '../../src/lib/search/forms.ts';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { isSearchable, pagefindTerms, prepareQuery } from '../../src/lib/search/query.ts';

/** An alias group whose every form is in the index. */
const group = (terms: string[]) => ({ terms, forms: aliasForms(terms) });
const empty = { stopWords: [], confusions: {}, names: [] };
const lexicon: Lexicon = {
  compounds: ['cessez-le-feu', 'États-Unis', 'Royaume-Uni'],
  aliases: [group(['États-Unis', 'USA', 'US', 'United States']), group(['OTAN', 'NATO']), group(['Zelensky', 'Zelenskyy'])],
  ...empty,
};
const variants = (query: string, lang = 'fr') => prepareQuery(query, lexicon, lang).variants;
/** What Pagefind is asked: the words folded (lower case, accents and punctuation dropped). */
const fold = (text: string) => pagefindTerms(text).join(' ');

describe('from what a reader types to what Pagefind is asked', () => {
  it('drops French elisions, so the bare word is searched', () => {
    expect(variants('l’armée')).toEqual([fold('armée')]);
    expect(variants("d'Italie")).toEqual([fold('Italie')]);
    expect(variants('jusqu’à la paix')).toEqual([fold('à la paix')]);
  });

  it('drops English possessives', () => {
    expect(variants('Ukraine’s forces', 'en')).toEqual([fold('Ukraine forces')]);
    expect(variants("Ukraine's", 'en')).toEqual([fold('Ukraine')]);
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
    expect(variants('après le cessez le feu')).toEqual([fold('après le cessez-le-feu')]);
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
    expect(prepareQuery('гарантіями безпеки', { compounds: [], aliases: [group(['гарантія', 'гарантії', 'гарантіями'])], ...empty }, 'uk').variants).toEqual(['гаранті безпек']);
    expect(aliasForms(['Збройні сили', 'Збройних сил', 'Збройним силам', 'Збройними силами'])).toEqual(['зброин сил']);
    expect(variants('zelenskyy')).toEqual(['zelensky']);
  });

  it('searches only the forms the language’s index holds: a word it lacks gives way to those it has', () => {
    const french: Lexicon = { compounds: ['cessez-le-feu'], aliases: [{ terms: ['cessez-le-feu', 'ceasefire', 'припинення вогню'], forms: ['cessezlefeu'] }], ...empty };
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
    expect(prepareQuery('"cessez le feu"', lexicon, 'fr')).toMatchObject({ variants: ['"cessez le feu"'], exact: true });
  });

  it('searches words only: no markup, symbols, single characters or endless “words” reach the index', () => {
    expect(variants('<script>alert(1)</script>')).toEqual(['script alert 1 script']);
    // Digits are words (numbers narrow a search); nothing is ever evaluated.
    expect(variants('${7*7}{{7*7}}<%= 7*7 %>')).toEqual(['7 7 7 7 7 7']);
    expect(variants('a'.repeat(300))).toEqual(['']);
  });

  it('folds and strips punctuation as pagefind.js does', () => {
    expect(pagefindTerms('l’OTAN, « Élysée »')).toEqual(['lotan', 'elysee']);
    expect(pagefindTerms('!!! ?')).toEqual([]);
  });

  describe('issue 21: numbers, questions, stop words, apostrophes, names, prefix noise', () => {
    const full: Lexicon = {
      compounds: [],
      aliases: [group(['Росія', 'Росії', 'РФ', 'Russia'])],
      stopWords: ['who', 'the', 'how', 'many', 'did', 'de', 'le', 'la', 'qui', 'що', 'чи'],
      confusions: { нат: ['о'], sign: ['', 'ed', 'ing'] },
      names: ['Мерц', 'Макрон', 'Мелоні', 'Merz', 'Macron'],
    };
    const prepared = (query: string, lang: string, typing = false) => prepareQuery(query, full, lang, { typing });

    it('keeps numbers as words, however they are written, and makes them narrow the result', () => {
      for (const typed of ['800k', '800 000', '800 тис.', '800 тисяч', '800 thousand', '800 mille', '800,000']) {
        expect(prepared(typed, 'en').variants, typed).toEqual(['800000']);
      }
      expect(prepared('800k', 'en').required[0]).toEqual([['800000', '800_000']]);
      expect(prepared('35 countries', 'en').variants).toEqual(['35 countries']);
      expect(prepared('35 countries', 'en').required[0]).toContainEqual(['35']);
    });

    it('reads article numbers as the index writes them, in each language', () => {
      for (const typed of ['art. 5', 'article 5', 'Art 5']) expect(prepared(typed, 'en').required[0], typed).toContainEqual(['art 5', 'article 5']);
      for (const typed of ['ст. 5', 'статті 5']) expect(prepared(typed, 'uk').required[0], typed).toContainEqual(['ст 5', 'статті 5', 'стаття 5', 'статтю 5']);
    });

    it('drops stop words (and question words) when other words remain, never when they are all', () => {
      expect(prepared('who monitors the ceasefire', 'en').variants).toEqual(['monitors ceasefire']);
      expect(prepared('how many countries', 'en').variants).toEqual(['countries']);
      expect(prepared('qui surveille le cessez-le-feu', 'fr').variants).toEqual(['surveille cessezlefeu']);
      expect(prepared('the', 'en').variants).toEqual(['the']);
    });

    it('reads every apostrophe alike in a query, and Latin look-alikes inside a Ukrainian word as Cyrillic', () => {
      const forms = ['перемир’я', "перемир'я", 'перемирʼя', 'перемир`я'].map((typed) => prepared(typed, 'uk').variants[0]);
      expect(new Set(forms).size).toBe(1);
      expect(prepared('коаліцiя', 'uk').variants).toEqual(prepared('коаліція', 'uk').variants);
    });

    it('expands synonyms from the aliases file (РФ → Russia)', () => {
      expect(prepared('РФ', 'uk').variants).toContain('росі');
    });

    it('writes a name typed in the other alphabet as the index writes it, both ways', () => {
      expect(prepared('Merz', 'uk').variants[0]).toBe('мерц');
      expect(prepared('Meloni', 'uk').variants[0]).toBe('мелоні');
      expect(prepared('Макрон', 'en').variants[0]).toBe('macron');
      expect(prepared('Мерц', 'fr').variants[0]).toBe('merz');
    });

    it('matches a finished word’s forms only, never the longer words it begins, unless it is still being typed', () => {
      expect(prepared('НАТО', 'uk').required[0]).toEqual([['нато']]);
      expect(prepared('sign', 'en').required[0]).toEqual([['sign', 'signed', 'signing']]);
      expect(prepared('signa', 'en', true).required[0]).toEqual([]);
      expect(prepared('signa', 'en', true).prefixes[0]).toEqual(['signa']);
      // A short word is a whole word even while typed (« при » on the way to « припинення » loads nothing).
      expect(prepared('при', 'uk', true).required[0]).toEqual([['при', 'приs', 'приx']]);
    });
  });
});
