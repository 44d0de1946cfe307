import { describe, expect, it } from 'vitest';
import { byCoverage } from '../../src/lib/search/coverage.ts';
import { byTitle, titledScore, titleMatch } from '../../src/lib/search/title-match.ts';

const hit = (id: string, score: number, terms: string[]) => ({ result: { id }, score, terms });

describe('passages that hold some of the words, when none holds them all (issue 21)', () => {
  it('ranks passages by how many of the words they hold, then by their summed score, and keeps every word’s marks', () => {
    const kremlin = [hit('russia-position', 2, ['kremlin']), hit('territorial', 3, ['kremlin'])];
    const response = [hit('russia-position', 1, ['response']), hit('other', 9, ['response'])];
    const ranked = byCoverage([kremlin, response]);
    expect(ranked.map((h) => [h.result.id, h.words])).toEqual([
      ['russia-position', 2],
      ['other', 1],
      ['territorial', 1],
    ]);
    expect(ranked[0]!.terms).toEqual(['kremlin', 'response']);
    expect(ranked[0]!.score).toBe(3);
  });

  it('leaves out a word no passage holds', () => {
    expect(byCoverage([[hit('a', 1, ['troops'])], []]).map((h) => h.result.id)).toEqual(['a']);
  });
});

describe('a title that names the query (issue 21)', () => {
  it('measures how much of a title the query names, for the best of its variants', () => {
    expect(titleMatch('Budapest Memorandum (1994)', [['budapest']], 'en')).toBeCloseTo(1 / 3);
    expect(titleMatch('Component 4 × Budapest Memorandum (1994)', [['budapest']], 'en')).toBeLessThan(1 / 3);
    expect(titleMatch('US signature: reports conflict', [['budapest']], 'en')).toBe(0);
    // Every word of one variant must be in the title; forms count (Pagefind finds "memorandum" for "memorand").
    expect(titleMatch('Budapest Memorandum (1994)', [['budapest', 'kyiv'], ['memorand']], 'en')).toBeCloseTo(1 / 3);
    expect(titleMatch('6 January 2026 — Paris: the Paris Declaration is adopted', [['6', 'january', '2026']], 'en')).toBeGreaterThan(
      titleMatch('6 January 2026 — France, the United Kingdom and Ukraine sign a declaration of intent', [['6', 'january', '2026']], 'en'),
    );
  });

  it('raises a passage by its title, without burying one that holds the words far better', () => {
    const items = [
      { id: 'cell', score: 10, title: 1 / 6 },
      { id: 'instrument', score: 9, title: 1 / 3 },
      { id: 'note', score: 30, title: 0 },
    ];
    expect(byTitle(items, (item) => item.score, (item) => item.title, 1).map((item) => item.id)).toEqual(['note', 'instrument', 'cell']);
  });
});

describe('a context entry titled by the query', () => {
  it('counts in full, and only then', () => {
    // Ukraine's entry (weighed 0.3 against the text) and a note that quotes Zelensky in passing.
    const entries = [
      { id: 'note', score: 13, weight: 1, title: 'A new attack: what Macron and Zelensky said' },
      { id: 'party-ua', score: 15.9 * 0.3, weight: 0.3, title: 'Ukraine — Volodymyr Zelensky' },
      { id: 'event', score: 12 * 0.3, weight: 0.3, title: 'Davos: a trilateral meeting announced' },
    ].map((entry) => ({ ...entry, match: titleMatch(entry.title, [['zelensk']], 'en') }));
    expect(byTitle(entries, (entry) => titledScore(entry.score, entry.weight, entry.match), (entry) => entry.match, 1).map((entry) => entry.id)).toEqual(['party-ua', 'note', 'event']);
    expect(titledScore(3.6, 0.3, 0)).toBe(3.6);
  });
});
