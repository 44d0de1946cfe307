import { describe, expect, it } from 'vitest';
import { bibtexCitation, citationTargetFromCslJson, cslJsonCitation, plainCitation, type CitationTarget } from '../../src/lib/sharing/citation.ts';
import { displayTitle, formatDate } from '../../src/lib/site/format.ts';
import { textFragmentUrl } from '../../src/lib/sharing/text-fragment.ts';

const fr: CitationTarget = {
  lang: 'fr',
  id: 'paris-declaration-2026-multinational-force-fr',
  title: 'Composante 3 — Force multinationale pour l’Ukraine',
  containerTitle: 'Déclaration de Paris du 6 janvier 2026 : édition de référence, annotée',
  url: 'https://example.org/fr/composantes/multinational-force/',
  accessed: '2026-11-25',
  version: '2026-11-26',
};
const en: CitationTarget = {
  ...fr,
  lang: 'en',
  id: 'paris-declaration-2026-multinational-force-en',
  title: 'Component 3 — Multinational Force for Ukraine',
  containerTitle: 'Paris Declaration of 6 January 2026: annotated reference edition',
  url: 'https://example.org/en/components/multinational-force/',
};

const uk: CitationTarget = {
  ...fr,
  lang: 'uk',
  id: 'paris-declaration-2026-multinational-force-uk',
  title: 'Складова 3 — Багатонаціональні сили для України',
  containerTitle: 'Паризька декларація від 6 січня 2026 року: довідкове видання з примітками',
  url: 'https://example.org/uk/skladovi/multinational-force/',
};

describe('citations', () => {
  it('plain text, in each language, with the edition, its version, the component, the URL and the access date', () => {
    expect(plainCitation(fr)).toBe(
      '«\u00a0Composante 3 — Force multinationale pour l’Ukraine\u00a0», dans Déclaration de Paris du 6 janvier 2026 : édition de référence, annotée, version du 26\u00a0novembre 2026. https://example.org/fr/composantes/multinational-force/ (consulté le 25\u00a0novembre 2026).',
    );
    expect(plainCitation(en)).toBe(
      '“Component 3 — Multinational Force for Ukraine”, in Paris Declaration of 6 January 2026: annotated reference edition, version of 26\u00a0November 2026. https://example.org/en/components/multinational-force/ (accessed 25\u00a0November 2026).',
    );
    expect(plainCitation(uk)).toBe(
      '«Складова 3 — Багатонаціональні сили для України», у: Паризька декларація від 6 січня 2026 року: довідкове видання з примітками, версія від 26\u00a0листопада 2026\u00a0р. https://example.org/uk/skladovi/multinational-force/ (дата звернення: 25\u00a0листопада 2026\u00a0р.).',
    );
  });

  it('CSL-JSON writes a date on one line, and reads back as the citation it was made from (the page carries it once)', () => {
    expect(cslJsonCitation(uk)).toContain('"issued": {\n      "date-parts": [[2026, 11, 26]]\n    },');
    for (const target of [fr, en, uk]) expect(citationTargetFromCslJson(cslJsonCitation(target))).toEqual(target);
    expect(citationTargetFromCslJson('not json')).toBeUndefined();
    expect(citationTargetFromCslJson('[{"language": "de-DE"}]')).toBeUndefined();
  });

  it('Ukrainian in BibTeX and CSL-JSON', () => {
    expect(bibtexCitation(uk)).toContain('  langid = {ukrainian}\n}');
    expect(JSON.parse(cslJsonCitation(uk))[0].language).toBe('uk-UA');
  });

  it('BibTeX writes a no-break space as a tie, and leaves narrow ones to biblatex', () => {
    expect(bibtexCitation({ ...fr, title: 'Composante\u00a03\u00a0— Force\u202f: x' })).toContain('  title = {Composante~3~— Force : x},');
  });

  it('BibTeX (biblatex @online), escaping what TeX would read as commands', () => {
    expect(bibtexCitation({ ...en, title: 'Component 3 — 100% & more_' })).toBe(
      [
        '@online{paris-declaration-2026-multinational-force-en,',
        '  title = {Component 3 — 100\\% \\& more\\_},',
        '  organization = {Paris Declaration of 6 January 2026: annotated reference edition},',
        '  date = {2026-11-26},',
        '  version = {2026-11-26},',
        '  url = {https://example.org/en/components/multinational-force/},',
        '  urldate = {2026-11-25},',
        '  langid = {english}',
        '}',
      ].join('\n'),
    );
  });

  it('CSL-JSON that reference managers read', () => {
    expect(JSON.parse(cslJsonCitation(fr))).toEqual([
      {
        id: 'paris-declaration-2026-multinational-force-fr',
        type: 'webpage',
        title: 'Composante 3 — Force multinationale pour l’Ukraine',
        'container-title': 'Déclaration de Paris du 6 janvier 2026 : édition de référence, annotée',
        issued: { 'date-parts': [[2026, 11, 26]] },
        version: '2026-11-26',
        accessed: { 'date-parts': [[2026, 11, 25]] },
        URL: 'https://example.org/fr/composantes/multinational-force/',
        language: 'fr-FR',
      },
    ]);
  });

  it('dates and supplied titles as a bibliography prints them', () => {
    expect(formatDate('2026-01-07', 'fr')).toBe('7\u00a0janvier 2026');
    expect(formatDate('2026-01-07', 'en')).toBe('7\u00a0January 2026');
    expect(formatDate('2026-01-07', 'uk')).toBe('7\u00a0січня 2026\u00a0р.');
    expect(displayTitle({ id: 'x', type: 'news-report', title: 'A report', descriptiveTitle: true, publisher: 'P', url: 'https://x', language: 'fr' })).toBe('[A report]');
  });
});

describe('textFragmentUrl', () => {
  it('links a short quote whole, escaping the characters text fragments reserve', () => {
    expect(textFragmentUrl('https://example.org/fr/composantes/x/', ' le cessez-le-feu,  proposé ')).toBe(
      'https://example.org/fr/composantes/x/#:~:text=le%20cessez%2Dle%2Dfeu%2C%20propos%C3%A9',
    );
  });

  it('links a long quote by its first and last words, and drops any anchor of the page URL', () => {
    expect(textFragmentUrl('/fr/texte/#x', 'un deux trois quatre cinq six sept huit neuf dix')).toBe(
      '/fr/texte/#:~:text=un%20deux%20trois%20quatre,sept%20huit%20neuf%20dix',
    );
  });

  it('adds the two words around the quote as prefix and suffix, to tell it from its repeats', () => {
    expect(textFragmentUrl('/x/', 'la production conjointe', { before: 'y compris la formation, ', after: ' dans le complexe' })).toBe(
      '/x/#:~:text=la%20formation%2C-,la%20production%20conjointe,-dans%20le',
    );
  });

  it('gives nothing for an empty selection', () => {
    expect(textFragmentUrl('/x/', '  \n ')).toBeUndefined();
  });
});
