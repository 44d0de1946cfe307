import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getLegalNature, parseLegalNature } from '../../src/lib/content/legal-nature.ts';
import type { Source } from '../../src/lib/model.ts';

const file = 'content/legal-nature.yml';
const sources: Source[] = [
  { id: 'official', type: 'official-text', title: 'Paris Declaration', descriptiveTitle: false, publisher: 'Presidency', url: 'https://example.org/', language: 'en' },
];
const context = { sources, maxQuoteWords: 25, noteIds: ['legally-binding-system'] };
const point = (fields: Record<string, string>) =>
  [
    `- id: ${fields.id ?? 'declaration'}`,
    '  title: { fr: "Une déclaration", en: "A declaration", uk: "Декларація" }',
    `  text: { fr: "Texte.", en: "Text.", ${fields.uk ?? 'uk: "Текст."'} }`,
    `  notes: [${fields.notes ?? 'legally-binding-system'}]`,
    '  sources:',
    `    - id: ${fields.source ?? 'official'}`,
    '      evidence:',
    `        - quote: "${fields.quote ?? 'We stand ready to commit'}"`,
    '          read: 2026-12-07',
    '          translations: { fr: "Nous sommes prêts", uk: "Ми готові" }',
  ].join('\n');

describe('what the declaration is (content/legal-nature.yml)', () => {
  it('reads each point with its sources, in every language', () => {
    const [read] = parseLegalNature(point({}), file, context);
    expect(read!.id).toBe('declaration');
    expect(read!.title.uk).toBe('Декларація');
    expect(read!.sources[0]!.evidence[0]!.read).toBe('2026-12-07');
  });

  it('refuses, at its line, a text missing a language, an unknown note or source, a long quote, a repeated id', () => {
    const fails = (yaml: string) => () => parseLegalNature(yaml, file, context);
    expect(fails(point({ uk: '' }))).toThrow(`${file}:3:`);
    expect(fails(point({ uk: '' }))).toThrow('The text has no uk text');
    expect(fails(point({ notes: 'no-such-note' }))).toThrow(`${file}:4:11: Unknown note "no-such-note"`);
    expect(fails(point({ source: 'nowhere' }))).toThrow('Unknown source "nowhere": add it to content/sources.yml');
    expect(fails(point({ quote: Array.from({ length: 26 }, () => 'word').join(' ') }))).toThrow('has 26 words');
    expect(fails(`${point({})}\n${point({})}`)).toThrow('Duplicate point id "declaration"');
  });

  it('says, on the edition’s own file, the three things the issue asks for, each sourced and with its anchor published', () => {
    const points = getLegalNature();
    expect(points.map((item) => item.id)).toEqual(['declaration', 'signatories', 'taking-effect']);
    const published = readFileSync('tests/published-urls.txt', 'utf8');
    for (const item of points) {
      expect(item.sources.every((citation) => citation.evidence.every((evidence) => evidence.read))).toBe(true);
      for (const lang of ['fr', 'en', 'uk']) expect(published).toContain(`/${lang}/#legal-${item.id}\n`);
    }
  }, 60_000);
});
