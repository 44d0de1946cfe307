import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { closestPage, editDistance, normalizePath } from '../../src/lib/site/closest-page.ts';
import { everyPage } from '../../src/lib/site/sitemap.ts';

describe('the page a 404 offers: the one the address most resembles', () => {
  const pages = everyPage(buildEdition());

  it('lists every page of every language, each once', () => {
    expect(new Set(pages).size).toBe(pages.length);
    expect(pages).toEqual(expect.arrayContaining(['/fr/texte/', '/en/components/multinational-force/', '/uk/skladovi/multinational-force/porivniannia/', '/uk/poshuk/']));
  });

  it('finds the page written differently: case, a missing or doubled slash, index.html, escapes', () => {
    expect(normalizePath('/EN/Text')).toBe('/en/text/');
    expect(closestPage('/en//text', pages)).toBe('/en/text/');
    expect(closestPage('/fr/texte/index.html', pages)).toBe('/fr/texte/');
    expect(closestPage('/uk/%74ekst/', pages)).toBe('/uk/tekst/');
  });

  it('forgives a few mistyped letters, and prefers the address’s own language', () => {
    expect(closestPage('/en/components/multinational-forse/', pages)).toBe('/en/components/multinational-force/');
    expect(closestPage('/fr/composante/ceasefire-monitoring/', pages)).toBe('/fr/composantes/ceasefire-monitoring/');
    expect(closestPage('/uk/dzerela/', pages)).toBe('/uk/dzherela/');
    expect(closestPage('/en/serch/', pages)).toBe('/en/search/');
  });

  it('offers the page an address extends, below a language’s home', () => {
    expect(closestPage('/fr/texte/suite/de/l-article/', pages)).toBe('/fr/texte/');
    expect(closestPage('/en/components/defence-cooperation/notes/all/', pages)).toBe('/en/components/defence-cooperation/');
    // A slip in the last word still finds the page it names.
    expect(closestPage('/fr/composantes/multinational-force/comparaisons/', pages)).toBe('/fr/composantes/multinational-force/comparaison/');
  });

  it('offers nothing where nothing resembles, and never throws on a malformed address', () => {
    expect(closestPage('/wp-admin/setup-config.php', pages)).toBeUndefined();
    expect(closestPage('/en/no-such-page-at-all/', pages)).toBeUndefined();
    expect(() => closestPage('/fr/%E2%80/', pages)).not.toThrow();
  });

  it('counts edits as a reader would make them', () => {
    expect(editDistance('texte', 'text')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('serch', 'search')).toBe(1);
  });
});
