import { describe, expect, it } from 'vitest';
import type { Lexicon } from '../../src/lib/search/lexicon.ts';
import { aliasForms, extensionBounds, holdsStopWords, isSearchable, pagefindTerms, prepareQuery } from '../../src/lib/search/query.ts';

/** An alias group whose every form is in the index. */
const group = (terms: string[]) => ({ terms, forms: aliasForms(terms) });
const lexicon: Lexicon = {
  compounds: ['cessez-le-feu', 'États-Unis', 'Royaume-Uni'],
  aliases: [group(['États-Unis', 'USA', 'US', 'United States']), group(['OTAN', 'NATO']), group(['Zelensky', 'Zelenskyy'])],
  stopWords: [],
  names: [],
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
    expect(prepareQuery('гарантіями безпеки', { compounds: [], aliases: [group(['гарантія', 'гарантії', 'гарантіями'])], stopWords: [], names: [] }, 'uk').variants).toEqual(['гаранті безпеки']);
    expect(aliasForms(['Збройні сили', 'Збройних сил', 'Збройним силам', 'Збройними силами'])).toEqual(['зброин сил']);
    expect(variants('zelenskyy')).toEqual(['zelensky']);
  });

  it('searches only the forms the language’s index holds: a word it lacks gives way to those it has', () => {
    const french: Lexicon = { compounds: ['cessez-le-feu'], aliases: [{ terms: ['cessez-le-feu', 'ceasefire', 'припинення вогню'], forms: ['cessezlefeu'] }], stopWords: [], names: [] };
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

describe('what readers type: apostrophes, numbers, questions (issue 21)', () => {
  const withStops: Lexicon = { ...lexicon, stopWords: ['who', 'the', 'how', 'many', 'did', 'qui', 'le', 'la', 'de', 'combien', 'хто', 'скільки'] };
  const asked = (query: string, lang = 'en') => prepareQuery(query, withStops, lang, { dropStopWords: true }).variants;

  it('reads every apostrophe inside a word as the edition’s ’: the Ukrainian ʼ, the typewriter \', ` and ‘', () => {
    for (const typed of ['зобовʼязання', "зобов'язання", 'зобов`язання', 'зобов‘язання', 'зобов’язання']) {
      expect(pagefindTerms(variants(typed, 'uk')[0]!)).toEqual(['зобовязання']);
    }
  });

  it('keeps a one-digit number after an article’s word or alone, and writes thousands and millions as the index does', () => {
    expect(variants('article 5', 'en')).toEqual(['article 5']);
    expect(variants('art. 5 otan', 'fr')[0]).toBe('art 5 otan');
    expect(variants('ст. 5', 'uk')).toEqual(['ст 5']);
    expect(variants('5', 'en')).toEqual(['5']);
    expect(variants('alert 1', 'en')).toEqual(['alert']);
    // A day beside its month is a date.
    expect(variants('6 janvier 2026', 'fr')).toEqual(['6 janvier 2026']);
    expect(variants('january 6 2026', 'en')).toEqual(['january 6 2026']);
    expect(variants('6 січня', 'uk')).toEqual(['6 січня']);
    expect(variants('2 березня 2025', 'uk')).toEqual(['2 березня 2025']);
    expect(variants('800k', 'en')).toEqual(['800000']);
    expect(variants('800 тис.', 'uk')).toEqual(['800000']);
    expect(variants('800 тисяч', 'uk')).toEqual(['800000']);
    expect(variants('800 thousand troops', 'en')).toEqual(['800000 troops']);
    expect(variants('1,5 million')).toEqual(['1500000']);
    expect(variants('30 000 militaires')).toEqual(['30000 militaires']);
  });

  it('drops stop words when other words remain, and keeps a query made of them alone', () => {
    expect(asked('who monitors the ceasefire')).toEqual(['monitors ceasefire']);
    expect(asked('how many countries')).toEqual(['countries']);
    expect(asked('combien de soldats', 'fr')).toEqual(['soldats']);
    expect(asked('скільки країн', 'uk')).toEqual(['країн']);
    expect(asked('who')).toEqual(['who']);
    // A word of an alias stays, however short: "did the US sign" asks about the United States.
    expect(asked('did the US sign')[0]).toBe('us sign');
    // A compound is a word of its own: its parts « le » are not dropped.
    expect(asked('qui surveille le cessez-le-feu', 'fr')).toEqual(['surveille cessez-le-feu']);
    // Unless asked (when the words as typed find nothing), they are searched: a phrase stays a phrase.
    expect(prepareQuery('capacité de combat', withStops, 'fr').variants).toEqual(['capacité de combat']);
    expect(holdsStopWords('capacité de combat', withStops, 'fr')).toBe(true);
    expect(holdsStopWords('capacité', withStops, 'fr')).toBe(false);
  });
});

describe('names typed in the other alphabet, and letters typed in the wrong one', () => {
  const named: Lexicon = { compounds: [], aliases: [], stopWords: [], names: ['merz', 'macron', 'мерц', 'макрон', 'стармер', 'starmer'] };
  it('searches the index’s spelling of a name typed in the other alphabet first', () => {
    expect(prepareQuery('Merz', named, 'uk').variants).toEqual(['мерц', 'merz']);
    expect(prepareQuery('Стармер', named, 'en').variants).toEqual(['starmer', 'стармер']);
    // A word of the page's own alphabet is searched as typed.
    expect(prepareQuery('Merz', named, 'en').variants).toEqual(['Merz']);
    expect(prepareQuery('Макрон', named, 'en').variants).toEqual(['macron', 'макрон']);
  });
  it('reads a Latin letter inside a Ukrainian word as its Cyrillic look-alike', () => {
    expect(pagefindTerms(prepareQuery('коаліцiя', named, 'uk').variants[0]!)).toEqual(['коаліція']);
  });
});

describe('what is preloaded so that Pagefind sees every word a term begins', () => {
  it('follows each term with the last code point, which sorts after every word the term begins', () => {
    // Folded as Pagefind folds its index's words (ї → і).
    expect(extensionBounds(pagefindTerms('Україн сил'))).toEqual(['украін\u{10FFFF}', 'сил\u{10FFFF}']);
    const [bound] = extensionBounds(pagefindTerms('україн'));
    // Pagefind compares its chunks' first and last words with it: it comes after every extension.
    for (const word of ['україна', 'україни', 'украінською', 'украіні']) expect(pagefindTerms(word)[0]! < bound!).toBe(true);
    expect('украіна' > bound!).toBe(false);
  });
});
