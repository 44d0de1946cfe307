import { describe, expect, it } from 'vitest';
import { languages } from '../../src/lib/model.ts';
import { t } from '../../src/lib/site/i18n.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { iconSizes, renderIcon, webAppManifest } from '../../src/lib/site/web-app.ts';

/** Width and height of a PNG, from its header. */
function pngSize(png: Uint8Array): [number, number] {
  const view = new DataView(png.buffer, png.byteOffset);
  expect([...png.subarray(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG');
  return [view.getUint32(16), view.getUint32(20)];
}

describe('the edition as an installable app, one per language', () => {
  it('names itself in the language, starts at its home and stays in its folder', () => {
    for (const lang of languages) {
      const manifest = JSON.parse(webAppManifest(lang)) as Record<string, unknown>;
      expect(manifest).toMatchObject({ lang, short_name: t(lang).siteName, start_url: routes.home(lang), scope: routes.home(lang), id: routes.home(lang) });
      expect(String(manifest.name)).toContain(t(lang).declarationTitle);
      expect(String(manifest.description)).toBe(t(lang).homeLede);
    }
  });

  it('has an ordinary and a maskable icon at each size, drawn at that size', () => {
    const icons = (JSON.parse(webAppManifest('uk')) as { icons: Array<{ src: string; sizes: string; purpose: string }> }).icons;
    for (const purpose of ['any', 'maskable'] as const) {
      for (const size of iconSizes) {
        expect(icons).toContainEqual({ src: routes.icon(purpose, size), sizes: `${size}x${size}`, type: 'image/png', purpose });
        expect(pngSize(renderIcon(purpose, size))).toEqual([size, size]);
      }
    }
  });
});
