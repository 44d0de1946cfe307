import { describe, expect, it } from 'vitest';
import { isShortLink, languagePairs, otherPairs, routes } from '../../src/lib/site/routes.ts';
import { alternatePaths, sitemapAlternates } from '../../src/lib/site/sitemap.ts';
import { transliterate } from '../../src/lib/search/transliteration.ts';

describe('routes', () => {
  it('give every page a Ukrainian address in the national transliteration', () => {
    expect(routes.home('uk')).toBe('/uk/');
    expect(routes.fullText('uk')).toBe('/uk/tekst/');
    expect(routes.component('uk', 'multinational-force')).toBe('/uk/skladovi/multinational-force/');
    expect(routes.search('uk')).toBe('/uk/poshuk/');
    expect(routes.sources('uk')).toBe('/uk/dzherela/');
    expect(routes.parallel('uk')).toBe('/uk/paralelno/');
    expect(routes.shortLink('uk', 3)).toBe('/uk/3/');
    expect(routes.card('uk', 'home')).toBe('/og/uk/home.png');
  });

  it('write the Ukrainian path words by the transliteration search uses for names (one national system)', () => {
    const words: Array<[string, string]> = [['текст', 'tekst'], ['складові', 'skladovi'], ['пошук', 'poshuk'], ['джерела', 'dzherela'], ['паралельно', 'paralelno'], ['порівняння', 'porivniannia'], ['учасники', 'uchasnyky'], ['хронологія', 'khronolohiia'], ['зміни', 'zminy']];
    for (const [word, path] of words) expect(transliterate(word)).toBe(path);
    expect(routes.fullText('uk')).toBe(`/uk/${transliterate('текст')}/`);
    expect(routes.timeline('uk')).toBe(`/uk/${transliterate('хронологія')}/`);
  });

  it('offer every pair of languages side by side, the published parallel pages unchanged', () => {
    expect(languagePairs).toEqual([['fr', 'en'], ['fr', 'uk'], ['en', 'uk']]);
    expect(routes.parallel('fr')).toBe('/fr/parallele/');
    expect(routes.parallel('fr', ['fr', 'en'])).toBe('/fr/parallele/');
    expect(routes.parallel('en', ['fr', 'en'])).toBe('/en/parallel/');
    expect(routes.parallel('fr', ['fr', 'uk'])).toBe('/fr/parallele/fr-uk/');
    expect(routes.parallel('uk', ['fr', 'uk'])).toBe('/uk/paralelno/');
    expect(routes.parallel('uk', ['en', 'uk'])).toBe('/uk/paralelno/en-uk/');
    expect(otherPairs('uk')).toEqual([['fr', 'en'], ['en', 'uk']]);
  });

  it('tell short links from pages', () => {
    for (const path of ['/1/', '/5/', '/en/2/', '/uk/3/']) expect(isShortLink(path), path).toBe(true);
    for (const path of ['/', '/uk/', '/en/text/', '/uk/skladovi/1/', '/og/uk/home.png']) expect(isShortLink(path), path).toBe(false);
  });
});

describe('alternates', () => {
  it('name the same page in the three languages, a pair of languages included', () => {
    expect(alternatePaths('/uk/skladovi/defence-cooperation/')).toEqual({
      fr: '/fr/composantes/defence-cooperation/',
      en: '/en/components/defence-cooperation/',
      uk: '/uk/skladovi/defence-cooperation/',
    });
    expect(alternatePaths('/fr/parallele/')).toEqual({ fr: '/fr/parallele/', en: '/en/parallel/', uk: '/uk/paralelno/fr-en/' });
    expect(alternatePaths('/uk/paralelno/')).toEqual({ fr: '/fr/parallele/fr-uk/', en: '/en/parallel/fr-uk/', uk: '/uk/paralelno/' });
    expect(alternatePaths('/declaration.json')).toBeUndefined();
  });

  it('in the sitemap, with x-default at the language choice', () => {
    expect(sitemapAlternates('https://example.org/uk/tekst/')).toEqual([
      { lang: 'fr', url: 'https://example.org/fr/texte/' },
      { lang: 'en', url: 'https://example.org/en/text/' },
      { lang: 'uk', url: 'https://example.org/uk/tekst/' },
      { lang: 'x-default', url: 'https://example.org/' },
    ]);
  });
});
