import { describe, expect, it } from 'vitest';
import { fromIndexText, toIndexText } from '../../src/lib/search/index-text.ts';
import { foldKey, normalizeApostrophes, wordsIn } from '../../src/lib/search/words.ts';

const texts = (text: string) => wordsIn(text).map((word) => word.text);
const parts = (text: string) => wordsIn(text).map((word) => word.parts.map((part) => text.slice(part.start, part.end)));

describe('words as search sees them', () => {
  it('folds case and accents', () => {
    expect(foldKey('Élysée')).toBe('elysee');
    expect(foldKey('ÉTATS')).toBe('etats');
  });

  it('splits elided words into their parts, typographic or straight apostrophe', () => {
    expect(parts('l’OTAN, d\'Italie jusqu’à')).toEqual([['l', 'OTAN'], ['d', 'Italie'], ['jusqu', 'à']]);
    expect(wordsIn('l’Élysée')[0]).toMatchObject({ text: 'l’Élysée', key: 'lelysee' });
  });

  it('keeps hyphenated compounds one word with findable parts', () => {
    expect(wordsIn('du cessez-le-feu.')[1]).toMatchObject({ text: 'cessez-le-feu', key: 'cessezlefeu' });
    expect(parts('cessez-le-feu')).toEqual([['cessez', 'le', 'feu']]);
  });

  it('reads a number written in groups of digits as one word, whatever the space', () => {
    for (const number of ['800 000', '800\u00a0000', '800\u202f000', '800,000']) {
      expect(wordsIn(`une armée de ${number} personnels`).map((word) => word.key)).toEqual(['une', 'armee', 'de', '800000', 'personnels']);
    }
    expect(texts('(800 000)')).toEqual(['800 000']);
    expect(texts('en 2025 2026')).toEqual(['en', '2025', '2026']);
  });

  it('has no word in punctuation alone', () => {
    expect(texts('« — » : …')).toEqual([]);
  });

  it('reads every apostrophe inside a word as one (’ \' ʼ `), in the index and in queries alike', () => {
    for (const typed of ['зобов’язання', "зобов'язання", 'зобовʼязання', 'зобов`язання']) {
      expect(wordsIn(typed)[0]!.key).toBe('зобовязання');
      expect(normalizeApostrophes(typed)).toBe('зобов’язання');
    }
    expect(fromIndexText(toIndexText('зобовʼязання'))).toBe('зобовʼязання');
    expect(toIndexText('зобовʼязання')).toBe('зобов^язання');
  });
});

describe('the text Pagefind indexes', () => {
  it('lets Pagefind split elisions and keep grouped numbers whole, and gives the text back unchanged', () => {
    const text = 'l’OTAN, jusqu’à 800\u00a0000 et 30\u202f000 ; Ukraine’s 2 500 ; « l’Élysée »';
    expect(toIndexText(text)).toBe('l`OTAN, jusqu`à 800~000 et 30^000 ; Ukraine`s 2_500 ; « l`Élysée »');
    expect(fromIndexText(toIndexText(text))).toBe(text);
  });

  it('leaves apostrophes outside words and single numbers alone', () => {
    const text = '’quoted’ 2026 l’';
    expect(toIndexText(text)).toBe(text);
  });
});
