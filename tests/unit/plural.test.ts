import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/site/i18n.ts';
import { pluralForm } from '../../src/lib/site/plural.ts';
import { fillTemplate } from '../../src/lib/site/template.ts';

const results = (lang: 'fr' | 'en' | 'uk', count: number) => fillTemplate(pluralForm(lang, t(lang).searchResults, count), { count });

describe('plural forms', () => {
  it('Ukrainian counts with its three forms: one (1, 21, 101), few (2–4, 22–24), many (0, 5–20, 25, 111)', () => {
    expect(results('uk', 1)).toBe('1 результат');
    expect(results('uk', 21)).toBe('21 результат');
    expect(results('uk', 101)).toBe('101 результат');
    for (const count of [2, 3, 4, 22, 24]) expect(results('uk', count)).toBe(`${count} результати`);
    for (const count of [5, 11, 12, 14, 20, 25, 111]) expect(results('uk', count)).toBe(`${count} результатів`);
  });

  it('French and English have one and other (French puts 0 and 1 in one)', () => {
    expect(results('fr', 1)).toBe('1 résultat');
    expect(results('fr', 2)).toBe('2 résultats');
    expect(results('en', 1)).toBe('1 result');
    expect(results('en', 21)).toBe('21 results');
  });

  it('says how many marks a landing placed, in every language', () => {
    expect(fillTemplate(pluralForm('uk', t('uk').marks, 3), { count: 3, words: '«мир»' })).toBe('Виділено 3 рази: «мир».');
    expect(fillTemplate(pluralForm('fr', t('fr').marks, 1), { count: 1, words: 'x' })).toBe('Surligné une fois\u00a0: x.');
  });

  it('falls back to `other` for a form a language’s strings do not give', () => {
    expect(pluralForm('fr', { one: 'un', other: 'autres' }, 1_000_000)).toBe('autres');
  });
});
