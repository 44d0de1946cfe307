import { describe, expect, it } from 'vitest';
import { excerptParts, rankHits, withHighlight, type PagefindResultData } from '../../src/lib/search/hits.ts';

const page: PagefindResultData = {
  url: '/fr/texte/',
  content: 'Intro texte. Composante 2 stocks de défense défense. Composante 5 de défense défense défense.',
  excerpt: '',
  meta: { title: 'Texte intégral' },
  locations: [3, 4, 5, 6, 9, 10, 11, 12],
  sub_results: [
    {
      title: 'Composante 5',
      url: '/fr/texte/#defence-cooperation',
      excerpt: 'de <mark>défense</mark>',
      locations: [9, 10, 11, 12],
      weighted_locations: [9, 10, 11, 12].map((location) => ({ location, weight: 1, balanced_score: 10 })),
    },
    {
      title: 'Composante 2',
      url: '/fr/texte/#armed-forces-support',
      excerpt: '<mark>stocks</mark> de <mark>défense</mark>',
      locations: [3, 4, 5, 6],
      weighted_locations: [3, 4, 5, 6].map((location) => ({ location, weight: 1, balanced_score: 5 })),
    },
  ],
};

describe('rankHits', () => {
  it('puts first the part of the page that holds the most words of the query', () => {
    expect(rankHits([page], 'stocks de défense').map((hit) => hit.url)).toEqual(['/fr/texte/#armed-forces-support', '/fr/texte/#defence-cooperation']);
  });

  it('puts the text before notes on it when both hold as many words of the query', () => {
    const note = { ...page.sub_results![1]!, title: 'Note 3', url: '/fr/texte/#note-stocks', weighted_locations: [3, 4, 5, 6].map((location) => ({ location, weight: 1, balanced_score: 50 })) };
    const hits = rankHits([{ ...page, sub_results: [note, page.sub_results![1]!] }], 'stocks défense', (url) => url.includes('#note-'));
    expect(hits.map((hit) => hit.url)).toEqual(['/fr/texte/#armed-forces-support', '/fr/texte/#note-stocks']);
  });

  it('drops parts that hold no word of the query, as Pagefind’s matching of shorter words would give', () => {
    expect(rankHits([page], 'onload')).toEqual([]);
    expect(rankHits([page], '!!! ?')).toEqual([]);
  });

  it('falls back to the page itself when it has no sub-results', () => {
    const hits = rankHits([{ ...page, sub_results: [], excerpt: 'x', weighted_locations: [{ location: 1, weight: 1, balanced_score: 2 }] }], 'stocks de défense');
    expect(hits).toEqual([{ title: 'Texte intégral', url: '/fr/texte/', excerpt: 'x', coverage: 3, score: 2 }]);
  });
});

describe('withHighlight', () => {
  it('puts the query before the anchor, encoded', () => {
    expect(withHighlight('/fr/texte/#multinational-force', 'espace aérien')).toBe(
      '/fr/texte/?highlight=espace%20a%C3%A9rien#multinational-force',
    );
    expect(withHighlight('/fr/?a=1', '<b>')).toBe('/fr/?a=1&highlight=%3Cb%3E');
  });
});

describe('excerptParts', () => {
  it('keeps marks as flags and everything else as text, entities decoded', () => {
    expect(excerptParts('les <mark>stocks</mark> &lt;script&gt; &amp; &#39;x&#x27;')).toEqual([
      { text: 'les ', marked: false },
      { text: 'stocks', marked: true },
      { text: " <script> & 'x'", marked: false },
    ]);
  });

  it('drops any other tag rather than render it', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>texte')).toEqual([{ text: 'texte', marked: false }]);
  });
});
