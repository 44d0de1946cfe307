import { readFileSync } from 'node:fs';
import { fontace } from 'fontace';
import satori, { type Font } from 'satori';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages } from '../../src/lib/model.ts';
import { type Card, cardFontFiles, cardHeight, cardWidth, fitTitle, renderCard } from '../../src/lib/sharing/cards.ts';
import { editionCards } from '../../src/lib/sharing/edition-cards.ts';

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from the IHDR chunk, which must come first. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunkType = String.fromCharCode(...png.subarray(12, 16));
  expect(chunkType).toBe('IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const longFrench: Card = {
  label: 'Composante 1',
  title:
    'Surveillance et vérification du cessez-le-feu « durable » par une mission multinationale dirigée par les États-Unis — avec l’appui de la coalition des volontaires, de l’Œuvre et de l’Ukraine',
  subtitle: 'Déclaration de Paris du 6 janvier 2026',
  edition: 'Édition de référence, annotée',
  language: 'Français',
};

const shortEnglish: Card = {
  label: 'Component 3',
  title: 'Multinational Force',
  subtitle: 'Paris Declaration of 6 January 2026',
  edition: 'Annotated reference edition',
  language: 'English',
  note: 'Unofficial translation',
};

describe('renderCard', () => {
  for (const [name, card] of [
    ['a long French title', longFrench],
    ['a short English title', shortEnglish],
  ] as const) {
    it(`draws ${name} as a ${cardWidth}×${cardHeight} PNG`, async () => {
      const started = performance.now();
      const png = await renderCard(card);
      const elapsed = performance.now() - started;

      expect(png).toBeInstanceOf(Uint8Array);
      expect([...png.subarray(0, 8)]).toEqual(pngSignature);
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      // A real picture, not an empty canvas: text and rules compress to tens of kilobytes.
      expect(png.byteLength).toBeGreaterThan(10_000);
      // First call loads the fonts; even so, well under a few seconds on a slow machine.
      expect(elapsed).toBeLessThan(5_000);
    });
  }

  it('renders a card in reasonable time once fonts are loaded', async () => {
    await renderCard(shortEnglish);
    const started = performance.now();
    for (let i = 0; i < 3; i++) await renderCard(longFrench);
    expect((performance.now() - started) / 3).toBeLessThan(1_500);
  });

  it('draws different cards differently', async () => {
    const [a, b] = await Promise.all([renderCard(longFrench), renderCard(shortEnglish)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});

describe('fitTitle', () => {
  it('keeps a short title big and shrinks a long one', async () => {
    const short = await fitTitle(shortEnglish.title);
    const long = await fitTitle(longFrench.title);
    expect(short).toEqual({ size: 80, fits: true });
    expect(long.size).toBeLessThan(short.size);
  });

  it('cuts only a title too long for three lines at the smallest size', async () => {
    expect((await fitTitle('Force multinationale pour l’Ukraine')).fits).toBe(true);
    expect((await fitTitle(longFrench.title.repeat(2))).fits).toBe(false);
  });
});


/** Whether a code point is in a CSS unicode-range list such as "U+20-7E, U+A0". */
function inRanges(ranges: readonly string[], codePoint: number): boolean {
  return ranges.some((range) => {
    const [start, end = start] = range.replace(/^U\+/i, '').split('-').map((hex) => Number.parseInt(hex, 16));
    return codePoint >= start! && codePoint <= end!;
  });
}

/** The code points each font family covers, from the cmaps of its files (both subsets). */
const coverage = new Map<string, string[]>();
for (const { file, name } of cardFontFiles) {
  const family = name.replace(/ (latin|cyrillic)$/, '');
  coverage.set(family, [...(coverage.get(family) ?? []), ...fontace(readFileSync(file)).unicodeRangeArray]);
}

/** The characters of a text that no font of the family can draw: Satori would draw an empty box (tofu). */
function missingGlyphs(text: string, family: string): string[] {
  return [...new Set(text)].filter((character) => !/\s/u.test(character) && !inRanges(coverage.get(family)!, character.codePointAt(0)!));
}

describe('card fonts', () => {
  const edition = buildEdition();
  const fieldFamily: Record<keyof Card, string> = {
    label: 'Source Sans 3',
    title: 'Source Serif 4',
    subtitle: 'Source Serif 4',
    edition: 'Source Sans 3',
    language: 'Source Sans 3',
    note: 'Source Sans 3',
  };

  for (const lang of languages) {
    it(`have a glyph for every character of every ${lang} card`, () => {
      const cards = editionCards(edition, lang);
      expect(cards).toHaveLength(2 + edition.componentKeys.length);
      for (const { id, card } of cards) {
        for (const [field, family] of Object.entries(fieldFamily) as Array<[keyof Card, string]>) {
          expect(missingGlyphs(card[field] ?? '', family), `${lang}/${id}.png ${field}`).toEqual([]);
        }
      }
    });
  }

  it('draw Ukrainian with the Cyrillic files: the Latin files alone would leave it as empty boxes', () => {
    const latinOnly = cardFontFiles.filter(({ name }) => name.endsWith(' latin')).flatMap(({ file }) => fontace(readFileSync(file)).unicodeRangeArray);
    const ukrainian = editionCards(edition, 'uk').map(({ card }) => card.title).join('');
    const uncovered = [...new Set(ukrainian)].filter((character) => !/\s/u.test(character) && !inRanges(latinOnly, character.codePointAt(0)!));
    expect(uncovered.length).toBeGreaterThan(20);
    expect(missingGlyphs(ukrainian, 'Source Serif 4')).toEqual([]);
  });

  it('draw Cyrillic as letters, where fonts lacking Cyrillic draw the same empty box for every one', async () => {
    const serif400 = (subsets: readonly string[]): Font[] =>
      cardFontFiles
        .filter(({ name, weight }) => name.startsWith('Source Serif 4') && weight === 400 && subsets.some((subset) => name.endsWith(subset)))
        .map(({ file, name, weight }) => ({ name, weight, style: 'normal', data: readFileSync(file) }));
    const draw = (text: string, fonts: Font[]) =>
      satori(
        { type: 'div', props: { style: { display: 'flex', fontFamily: fonts.map(({ name }) => `'${name}'`).join(', '), fontSize: 40 }, children: text } },
        { width: 400, height: 60, fonts },
      );
    // Two different words of eight letters: without Cyrillic both are eight identical boxes.
    const latinOnly = serif400(['latin']);
    expect(await draw('Складова', latinOnly)).toBe(await draw('Багатона', latinOnly));
    const withCyrillic = serif400(['latin', 'cyrillic']);
    expect(await draw('Складова', withCyrillic)).not.toBe(await draw('Багатона', withCyrillic));
  });
});
