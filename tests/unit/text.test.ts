import { describe, expect, it } from 'vitest';
import { dataExport } from '../../src/lib/sharing/data-export.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { fillTemplate } from '../../src/lib/site/template.ts';
import { firstSentence } from '../../src/lib/model-text.ts';

describe('firstSentence', () => {
  it('stops at the first full stop followed by a space', () => {
    expect(firstSentence('Force multinationale pour l’Ukraine, formée. Une planification.')).toBe('Force multinationale pour l’Ukraine, formée.');
    expect(firstSentence('Sans point')).toBe('Sans point');
    expect(firstSentence('Un.\n\nDeux.')).toBe('Un.');
  });
});

describe('fillTemplate', () => {
  it('fills known placeholders and leaves others', () => {
    expect(fillTemplate('{count} résultats pour « {query} » {other}', { count: 3, query: 'x' })).toBe('3 résultats pour « x » {other}');
  });
});

describe('dataExport', () => {
  it('gives each component its key, number, title and per-language page and anchor URLs', () => {
    const data = dataExport(buildEdition('tests/fixtures/content', 'tests/fixtures'));
    expect(data.components[1]).toEqual({
      key: 'second-part',
      number: 2,
      title: { fr: 'Seconde', en: 'Second', uk: 'Друга' },
      urls: {
        fr: { page: '/fr/composantes/second-part/', anchor: '/fr/texte/#second-part' },
        en: { page: '/en/components/second-part/', anchor: '/en/text/#second-part' },
        uk: { page: '/uk/skladovi/second-part/', anchor: '/uk/tekst/#second-part' },
      },
    });
    expect(data.source.url).toBe('https://example.org/article');
  });
});
