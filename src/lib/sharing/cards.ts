import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { cardSize } from '../site/page-meta.ts';

/** Link-preview card images (Open Graph / Twitter): pure rendering, no site data. */

export const cardWidth = cardSize.width;
export const cardHeight = cardSize.height;

/** What one card shows. Strings are shown as given, except that spaces just inside « » do not break. */
export interface Card {
  /** Small accent line above the title, e.g. "Composante 3"; omitted on the home card. */
  label?: string;
  /** The big title: a component's title, or the declaration's name. */
  title: string;
  /** The serif line under the title: the declaration's name on a component card, its subtitle on the home and full-text cards. */
  subtitle?: string;
  /** The edition's name, e.g. "Édition de référence, annotée". */
  edition: string;
  /** The card's language, in that language, e.g. "Français". */
  language: string;
  /** A short tag at the bottom right, e.g. "Unofficial translation". */
  note?: string;
}

const colors = {
  background: '#fdfcf9',
  text: '#1d1d1f',
  muted: '#55524d',
  accent: '#9c2a0b',
  rule: '#c98a00',
  hairline: '#e2dccf',
};

/** Font names as Satori knows them: one per family and subset (Satori takes the first file of a name and does not look further for a glyph). */
const fontName = (family: string, subset: string) => `${family} ${subset}`;
const serifFamily = 'Source Serif 4';
const sansFamily = 'Source Sans 3';
/** The scripts the edition's languages are written in: Latin (French, English) and Cyrillic (Ukrainian). */
export const cardSubsets = ['latin', 'cyrillic'] as const;

/**
 * The site's fonts, from the Fontsource packages the project keeps (SIL Open Font License):
 * WOFF, which Satori reads (it cannot read WOFF2). Each weight comes in two subsets, Latin and
 * Cyrillic; each is its own font for Satori, which takes a glyph from the first font of a `fontFamily`
 * list that has it, so one card can mix both scripts. Read relative to the project, as Astro bundles this module.
 */
export const cardFontFiles: { file: string; name: string; weight: 400 | 600 }[] = (
  [
    ['source-serif-4', serifFamily, 600],
    ['source-serif-4', serifFamily, 400],
    ['source-sans-3', sansFamily, 400],
    ['source-sans-3', sansFamily, 600],
  ] as const
).flatMap(([fontPackage, name, weight]) =>
  cardSubsets.map((subset) => ({
    file: join('node_modules', '@fontsource', fontPackage, 'files', `${fontPackage}-${subset}-${weight}-normal.woff`),
    name: fontName(name, subset),
    weight,
  })),
);

/** A `fontFamily` value: the family's subsets, Latin first, each glyph from the first that has it. */
const family = (name: string) => cardSubsets.map((subset) => `'${fontName(name, subset)}'`).join(', ');
const serif = family(serifFamily);
const sans = family(sansFamily);

let fonts: Font[] | undefined;

function loadFonts(): Font[] {
  fonts ??= cardFontFiles.map(({ file, name, weight }) => ({
    name,
    weight,
    style: 'normal' as const,
    data: readFileSync(join(process.cwd(), file)),
  }));
  return fonts;
}

type Style = Record<string, string | number>;
interface Element {
  type: string;
  props: { style?: Style; children?: Child | Child[] };
}
type Child = Element | string;

/** French typography: no line break just inside « ». */
function bindQuotes(text: string): string {
  return text.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»');
}

function h(type: string, style: Style, ...children: (Child | false | undefined)[]): Element {
  const kept = children
    .filter((child): child is Child => child !== false && child !== undefined)
    .map((child) => (typeof child === 'string' ? bindQuotes(child) : child));
  return { type, props: { style, children: kept.length === 1 ? kept[0]! : kept } };
}

/** Width of the text column, in pixels. */
const columnWidth = cardWidth - 28 - 76 - 88;
/** Title sizes to try, biggest first. */
const titleSizes = [80, 72, 64, 56, 50, 44] as const;
const titleLines = 3;
const titleLineHeight = 1.1;

function titleStyle(size: number): Style {
  return { fontFamily: serif, fontWeight: 600, fontSize: size, lineHeight: titleLineHeight, letterSpacing: -0.5 };
}

/** How many lines the title takes at this size in the text column: laid out alone by Satori (a few milliseconds). */
async function titleLineCount(title: string, size: number): Promise<number> {
  const svg = await satori(h('div', { display: 'flex', width: columnWidth, ...titleStyle(size) }, title), { width: columnWidth, fonts: loadFonts() });
  const height = Number(/height="([\d.]+)"/.exec(svg)?.[1]);
  // Satori rounds line heights to whole pixels.
  return Math.round(height / Math.round(size * titleLineHeight));
}

/**
 * The title's size: the biggest that sets it in two lines, if that is still big (two big lines look best);
 * else the biggest that sets it in three; past the smallest size, the title is cut.
 */
export async function fitTitle(title: string): Promise<{ size: number; fits: boolean }> {
  const lines = new Map<number, number>();
  for (const size of titleSizes) lines.set(size, await titleLineCount(title, size));
  const size =
    titleSizes.find((candidate) => candidate >= 64 && lines.get(candidate)! <= 2) ??
    titleSizes.find((candidate) => lines.get(candidate)! <= titleLines);
  return size === undefined ? { size: Math.min(...titleSizes), fits: false } : { size, fits: true };
}

function layout(card: Card, title: { size: number; fits: boolean }): Element {
  return h(
    'div',
    { display: 'flex', width: cardWidth, height: cardHeight, backgroundColor: colors.background, color: colors.text },
    h('div', { display: 'flex', flexShrink: 0, width: 28, height: '100%', backgroundColor: colors.rule }),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', width: cardWidth - 28, padding: '68px 88px 52px 76px' },
      h(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', paddingBottom: 28 },
        card.label !== undefined &&
          h(
            'div',
            { fontFamily: sans, fontWeight: 600, fontSize: 30, letterSpacing: 3, textTransform: 'uppercase', color: colors.accent, marginBottom: 22 },
            card.label,
          ),
        h(
          'div',
          // Balanced lines look best; Satori balances a title that it then cuts badly, so a title too long is only cut.
          { ...titleStyle(title.size), ...(title.fits ? { textWrap: 'balance' } : { lineClamp: titleLines }) },
          card.title,
        ),
        card.subtitle !== undefined &&
          h(
            'div',
            { fontFamily: serif, fontWeight: 400, fontSize: 34, lineHeight: 1.25, color: colors.muted, marginTop: 26, lineClamp: 2, textWrap: 'balance' },
            card.subtitle,
          ),
      ),
      h(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderTop: `2px solid ${colors.hairline}`,
          paddingTop: 26,
          fontFamily: sans,
          fontSize: 28,
        },
        h(
          'div',
          { display: 'flex' },
          h('div', { fontWeight: 600 }, card.edition),
          h('div', { fontWeight: 400, color: colors.muted, margin: '0 14px' }, '·'),
          h('div', { fontWeight: 400, color: colors.muted }, card.language),
        ),
        card.note !== undefined &&
          h(
            'div',
            {
              fontWeight: 600,
              fontSize: 24,
              color: colors.accent,
              border: `2px solid ${colors.accent}`,
              borderRadius: 999,
              padding: '4px 18px 6px',
            },
            card.note,
          ),
      ),
    ),
  );
}

/** The card as SVG, text drawn as paths. */
export async function renderCardSvg(card: Card): Promise<string> {
  return satori(layout(card, await fitTitle(card.title)), { width: cardWidth, height: cardHeight, fonts: loadFonts() });
}

/** The card as PNG bytes, 1200×630. */
export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await renderCardSvg(card);
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, background: colors.background }).render().asPng();
  return new Uint8Array(png);
}
