import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';

/** The source article, verbatim, as received (content/source/article-fr.txt is a byte copy). */
const sourceLines = readFileSync('content/source/article-fr.txt', 'utf8')
  .split('\n')
  .map((line) => line.replace(/^\s*•\s/, ''))
  .filter((line) => line.trim() !== '');

describe('the edition built from content/', () => {
  const edition = buildEdition();
  const fr = edition.texts.fr;

  it('has the five components in order, with stable keys', () => {
    expect(fr.components.map((component) => [component.number, component.key])).toEqual([
      [1, 'ceasefire-monitoring'],
      [2, 'armed-forces-support'],
      [3, 'multinational-force'],
      [4, 'future-attack-commitment'],
      [5, 'defence-cooperation'],
    ]);
  });

  it('loses nothing of the source article: every line is in the model, character for character', () => {
    const modelText = [
      fr.source.tagline,
      fr.source.section,
      fr.source.headline,
      fr.source.updatedLabel,
      ...fr.body.map((block) => (block.kind === 'prose' ? block.text : fr.components.find((c) => c.key === block.key)!.text)),
      fr.source.url,
    ].join('\n');
    for (const line of sourceLines) expect(modelText).toContain(line);
  });

  it('gives each component exactly one bullet of the source, whole', () => {
    const bullets = sourceLines.filter((_, index, lines) => index >= lines.indexOf('Ils ont cinq composantes :') + 1).slice(0, 5);
    expect(fr.components.map((component) => component.text)).toEqual(bullets);
  });
});
