import { describe, expect, it } from 'vitest';
import { isFormOf, isNumberWord, stemOf } from '../../src/lib/search/forms.ts';
import { stopWordsOf } from '../../src/lib/search/lexicon.ts';
import { suggester } from '../../src/lib/search/suggestions.ts';
import { nameSkeleton, transliterate } from '../../src/lib/search/transliteration.ts';

describe('forms of a word (issue 21)', () => {
  it('finds a Ukrainian word’s inflections by its stem, and no longer word that begins with it', () => {
    expect(stemOf('санкціями', 'uk')).toBe('санкці');
    for (const form of ['санкції', 'санкцій', 'санкціям', 'санкціях']) expect(isFormOf(form, 'санкціями', 'uk'), form).toBe(true);
    expect(isFormOf('зобовязань', 'зобовязання', 'uk')).toBe(true);
    expect(isFormOf('натомість', 'нато', 'uk')).toBe(false);
    expect(isFormOf('прийняти', 'при', 'uk')).toBe(false);
    expect(isFormOf('signatories', 'sign', 'en')).toBe(false);
    expect(isFormOf('50', '5', 'en')).toBe(false);
  });

  it('takes stop words from the stopwords-iso package, numbers left out', () => {
    expect(stopWordsOf('en')).toEqual(expect.arrayContaining(['who', 'how', 'many', 'the']));
    expect(stopWordsOf('fr')).toEqual(expect.arrayContaining(['qui', 'combien', 'le']));
    expect(stopWordsOf('uk')).toEqual(expect.arrayContaining(['що', 'чи']));
    expect(stopWordsOf('en')).not.toContain('five');
    expect(stopWordsOf('en')).not.toContain('10');
    expect(stopWordsOf('fr')).not.toContain('cinq');
  });

  it('never turns a number word into another number when suggesting a spelling', () => {
    expect(isNumberWord('девять', 'uk')).toBe(true);
    const vocabulary: Array<[string, number]> = [['десять', 5], ['девять', 1], ['безпека', 3]];
    expect(suggester(vocabulary.filter(([word]) => word !== 'девять')).suggest(['девять'], 3, 'uk').queries).toEqual([]);
    expect(suggester(vocabulary).suggest(['безпка'], 3, 'uk').queries).toEqual(['безпека']);
  });
});

describe('names across alphabets (issue 21)', () => {
  it('transliterates Ukrainian by the national system the addresses use', () => {
    expect(transliterate('порівняння')).toBe('porivniannia');
    expect(transliterate('хронологія')).toBe('khronolohiia');
    expect(transliterate('Згорани')).toBe('zghorany');
    expect(transliterate('Юрій')).toBe('yurii');
  });

  it('hears a name the same in either alphabet', () => {
    for (const [latin, cyrillic] of <Array<[string, string]>>[['Macron', 'Макрон'], ['Merz', 'Мерц'], ['Witkoff', 'Віткофф'], ['Zelensky', 'Зеленський'], ['Meloni', 'Мелоні'], ['Rutte', 'Рютте'], ['Erdogan', 'Ердоган'], ['Scholz', 'Шольц']]) {
      expect(nameSkeleton(latin), latin).toBe(nameSkeleton(cyrillic));
    }
  });
});
