import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { parseDeclaration } from '../../src/lib/content/declaration.ts';

const keys = ['first-part', 'second-part'] as const;
const frontmatter = `---
lang: fr
source:
  publisher: example.org
  tagline: "Le journal"
  section: "Europe"
  headline: "Un titre"
  updatedLabel: "Mise à jour : 07-01-2026"
  updated: 2026-01-07
  url: https://example.org/article
---
`;
const valid = `${frontmatter}
Avant les composantes.

:::component{#first-part title="Première"}
Premier texte. Deuxième phrase.
:::

:::component{#second-part title="Seconde"}
Second texte.

Second paragraphe.
:::

Après les composantes.
`;

function errorOf(markdown: string): string {
  try {
    parseDeclaration(markdown, 'content/declaration/fr.md', 'fr', keys);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected a content error');
}

describe('parseDeclaration', () => {
  it('builds the model: source, components with key, number, title and text, body in reading order', () => {
    const text = parseDeclaration(valid, 'content/declaration/fr.md', 'fr', keys);
    expect(text.source).toEqual({
      publisher: 'example.org',
      tagline: 'Le journal',
      section: 'Europe',
      headline: 'Un titre',
      updatedLabel: 'Mise à jour : 07-01-2026',
      updated: '2026-01-07',
      url: 'https://example.org/article',
    });
    expect(text.components).toEqual([
      {
        key: 'first-part',
        number: 1,
        title: 'Première',
        html: '<p>Premier texte. Deuxième phrase.</p>',
        paragraphs: [[{ html: 'Premier texte. Deuxième phrase.' }]],
        text: 'Premier texte. Deuxième phrase.',
        line: 15,
        notes: [],
        references: [],
        referencedBy: [],
      },
      {
        key: 'second-part',
        number: 2,
        title: 'Seconde',
        html: '<p>Second texte.</p><p>Second paragraphe.</p>',
        paragraphs: [[{ html: 'Second texte.' }], [{ html: 'Second paragraphe.' }]],
        text: 'Second texte.\n\nSecond paragraphe.',
        line: 19,
        notes: [],
        references: [],
        referencedBy: [],
      },
    ]);
    expect(text.body).toEqual([
      { kind: 'prose', id: 'introduction', html: '<p>Avant les composantes.</p>', paragraphs: [[{ html: 'Avant les composantes.' }]], text: 'Avant les composantes.', notes: [] },
      { kind: 'component', key: 'first-part' },
      { kind: 'component', key: 'second-part' },
      { kind: 'prose', id: 'conclusion', html: '<p>Après les composantes.</p>', paragraphs: [[{ html: 'Après les composantes.' }]], text: 'Après les composantes.', notes: [] },
    ]);
  });

  it('keeps typographic quotes, apostrophes and non-breaking spaces as written', () => {
    const markdown = valid.replace('Premier texte.', 'Le «\u00a0texte\u00a0» de l’Ukraine.');
    const text = parseDeclaration(markdown, 'content/declaration/fr.md', 'fr', keys);
    expect(text.components[0]!.text).toBe('Le «\u00a0texte\u00a0» de l’Ukraine. Deuxième phrase.');
  });

  it('fails on a duplicate key with file and line', () => {
    expect(errorOf(valid.replace('#second-part', '#first-part'))).toBe(
      'content/declaration/fr.md:19:1: Duplicate component key "first-part" (first used on line 15)',
    );
  });

  it('fails on a missing component with file and line', () => {
    const markdown = valid.replace(/:::component\{#second-part[\s\S]*?\n:::\n/, '');
    expect(errorOf(markdown)).toMatch(/^content\/declaration\/fr\.md:\d+:1: Component "second-part" is missing/);
  });

  it('fails on an unknown component key with file and line', () => {
    expect(errorOf(valid.replace('#second-part', '#third-part'))).toBe(
      'content/declaration/fr.md:19:1: Unknown component key "third-part" (known: first-part, second-part)',
    );
  });

  it('fails on an unknown directive with file and line', () => {
    expect(errorOf(valid.replace(':::component{#second-part', ':::composant{#second-part'))).toBe(
      'content/declaration/fr.md:19:1: Unknown directive ":::composant" (known here: :::component, :note, :lang, :split)',
    );
  });

  it('fails on components out of order', () => {
    const swapped = valid
      .replace('#first-part title="Première"', '#TMP')
      .replace('#second-part title="Seconde"', '#first-part title="Première"')
      .replace('#TMP', '#second-part title="Seconde"');
    expect(errorOf(swapped)).toBe(
      'content/declaration/fr.md:15:1: Component "second-part" is out of order: component 1 must be "first-part"',
    );
  });

  it('fails on text between two components', () => {
    expect(errorOf(valid.replace(':::\n\n:::component{#second-part', ':::\n\nPerdu.\n\n:::component{#second-part'))).toBe(
      'content/declaration/fr.md:19:1: Text between two components belongs inside one of them',
    );
  });

  it('fails on raw HTML with file and line', () => {
    expect(errorOf(valid.replace('Avant les composantes.', '<script>alert(1)</script>'))).toMatch(
      /^content\/declaration\/fr\.md:13:1: Raw HTML is not allowed/,
    );
  });

  it('fails on missing or incomplete front matter', () => {
    expect(errorOf(valid.slice(frontmatter.length))).toBe('content/declaration/fr.md:1:1: Missing front matter (--- lang, source … ---)');
    expect(errorOf(valid.replace('  url: https://example.org/article\n', ''))).toMatch(
      /^content\/declaration\/fr\.md:3:1: Front matter: source\.url: /,
    );
  });
});
