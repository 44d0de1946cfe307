import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { t } from './i18n.ts';
import type { Lang } from '../model.ts';
import { routes } from './routes.ts';

/*
 * The edition as an installable web app, one per language (a reader who adds it to a home screen opens
 * their language's home, in their language's name): the manifest, and its icons drawn from the favicon.
 */

/** The page's paper colour (site.css, --color-background): the app's splash screen and the icons' margin. */
const paper = '#fdfcf9';

export const iconSizes = [192, 512] as const;
export type IconPurpose = 'any' | 'maskable';

export function webAppManifest(lang: Lang): string {
  const ui = t(lang);
  const home = routes.home(lang);
  return `${JSON.stringify(
    {
      id: home,
      lang,
      dir: 'ltr',
      name: `${ui.declarationTitle} — ${ui.siteSubtitle}`,
      short_name: ui.siteName,
      description: ui.homeLede,
      start_url: home,
      scope: home,
      display: 'minimal-ui',
      background_color: paper,
      theme_color: paper,
      icons: (['any', 'maskable'] as const).flatMap((purpose) =>
        iconSizes.map((size) => ({ src: routes.icon(purpose, size), sizes: `${size}x${size}`, type: 'image/png', purpose })),
      ),
    },
    null,
    2,
  )}\n`;
}

/**
 * The favicon (public/favicon.svg) as a square PNG. A maskable icon keeps its drawing inside the middle
 * 80 %, the circle every home screen's mask leaves visible, on the page's paper.
 */
export function renderIcon(purpose: IconPurpose, size: number): Uint8Array<ArrayBuffer> {
  const favicon = readFileSync('public/favicon.svg', 'utf8');
  const svg =
    purpose === 'any'
      ? favicon
      : `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${paper}"/><svg x="4" y="4" width="32" height="32" viewBox="0 0 32 32">${favicon.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</svg></svg>`;
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  return new Uint8Array(png);
}
