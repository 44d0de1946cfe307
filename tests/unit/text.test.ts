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
    const data = dataExport(buildEdition());
    expect(data.components[2]).toEqual({
      key: 'multinational-force',
      number: 3,
      title: { fr: 'Force multinationale pour l’Ukraine', en: 'Multinational Force for Ukraine', uk: 'Багатонаціональні сили для України' },
      urls: {
        fr: { page: '/fr/composantes/multinational-force/', anchor: '/fr/texte/#multinational-force' },
        en: { page: '/en/components/multinational-force/', anchor: '/en/text/#multinational-force' },
        uk: { page: '/uk/skladovi/multinational-force/', anchor: '/uk/tekst/#multinational-force' },
      },
    });
    expect(data.source.url).toBe('https://www.kasparovru.com/material.php?id=695DE6FD0F031');
  });
});
