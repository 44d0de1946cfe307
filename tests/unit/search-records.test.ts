import { describe, expect, it } from 'vitest';
import { passageRecords } from '../../src/lib/search/records.ts';

const page = `<!doctype html><html lang="fr"><head><title>Texte</title></head><body>
<header class="site-header"><a href="/fr/">Déclaration de Paris</a><nav><a href="/fr/texte/">Texte intégral</a></nav></header>
<main>
  <p class="translation-notice">Avis de traduction</p>
  <div data-pagefind-body>
    <header><p class="tagline">La voix de l'opposition</p><h2 id="headline" data-pagefind-title="Titre de l’article" data-search-kind="text">Une déclaration</h2></header>
    <div class="prose" id="introduction" data-pagefind-title="Introduction" data-search-kind="text" data-search-parts="introduction"><p>Selon l’OTAN, <span class="sidenote" data-pagefind-ignore>une note en marge</span>800 000 personnels.</p></div>
    <section id="ceasefire-monitoring" data-pagefind-title="Composante 1 — Surveillance" data-search-kind="text" data-search-parts="ceasefire-monitoring">
      <h3>Surveillance du cessez-le-feu</h3><p>Le texte.</p><p data-pagefind-ignore>Copier le lien</p>
    </section>
    <ol><li id="note-x" data-pagefind-title="Note 1" data-search-kind="note" data-search-parts="ceasefire-monitoring"><p data-pagefind-ignore>Sur « le texte »</p><p>Une note.</p></li></ol>
  </div>
</main>
<footer>Édition indépendante</footer>
</body></html>`;

describe('the index is made of passages', () => {
  const records = passageRecords(page, '/fr/texte/');

  it('makes one record per passage, its URL the page with the passage’s anchor', () => {
    expect(records.map((record) => [record.url, record.title, record.lang])).toEqual([
      ['/fr/texte/#headline', 'Titre de l’article', 'fr'],
      ['/fr/texte/#introduction', 'Introduction', 'fr'],
      ['/fr/texte/#ceasefire-monitoring', 'Composante 1 — Surveillance', 'fr'],
      ['/fr/texte/#note-x', 'Note 1', 'fr'],
    ]);
  });

  it('indexes what readers read in the passage, never the masthead, navigation, notices, footer or what is marked ignored', () => {
    expect(records.map((record) => record.text)).toEqual(['Une déclaration', 'Selon l’OTAN, 800 000 personnels.', 'Surveillance du cessez-le-feu Le texte.', 'Une note.']);
    const all = records.map((record) => record.html).join('');
    for (const chrome of ['opposition', 'Texte intégral', 'Avis de traduction', 'Édition indépendante', 'une note en marge', 'Copier le lien', 'Sur « le texte »']) {
      expect(all).not.toContain(chrome);
    }
  });

  it('gives Pagefind the text encoded for its word splitting, its filters, and no ids (no sub-results)', () => {
    const introduction = records[1]!.html;
    expect(introduction).toContain('Selon l`OTAN');
    expect(introduction).toContain('800_000');
    expect(introduction).toContain('<span data-pagefind-filter="kind:text"></span><span data-pagefind-filter="part:introduction"></span>');
    expect(introduction).toContain('<title>Introduction</title>');
    expect(introduction).not.toContain('id=');
  });

  it('makes a passage inside another a record of its own, which the outer one leaves out (a note printed after its sentence)', () => {
    const nested = `<html lang="en"><body><div data-pagefind-body>
      <section id="multinational-force" data-pagefind-title="Component 3" data-search-kind="text"><div class="paragraph">Measures in the air.<details><summary data-pagefind-ignore>3 Reassurance</summary><div id="sidenote-r"><div id="note-r" data-pagefind-title="Reassurance measures" data-search-kind="note"><p>The official text says reassurance.</p></div></div></details> Then more.</div></section>
    </div></body></html>`;
    const found = passageRecords(nested, '/en/text/');
    expect(found.map((record) => [record.url, record.title, record.text])).toEqual([
      ['/en/text/#multinational-force', 'Component 3', 'Measures in the air. Then more.'],
      ['/en/text/#note-r', 'Reassurance measures', 'The official text says reassurance.'],
    ]);
  });
});
