import { describe, expect, it } from 'vitest';
import { type Card, cardHeight, cardWidth, fitTitle, renderCard } from '../../src/lib/sharing/cards.ts';

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

