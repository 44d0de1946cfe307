import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { fileFor, idsIn } from './dist.ts';
import { componentKeys, languagePaths, languages } from './helpers.ts';

/*
 * The drawings of commitment strength (issue 20): the matrix's levels, the ladders, the redlines.
 * What they link to and what they count is read from the built files (dist/), in every language;
 * what a reader sees (a header that stays, a phone layout, no script) in the browser.
 */

const levels = ['obligation-to-act', 'commitment', 'possible-means', 'consult', 'no-commitment', 'silent', 'not-established'];
const instrumentIds = (parseYaml(readFileSync('content/instruments.yml', 'utf8')) as Array<{ id: string }>).map((instrument) => instrument.id);
const cellsOf = (key: string) => (parseYaml(readFileSync(`content/comparison/${key}.yml`, 'utf8')) as Array<{ instrument: string; level: string }>) ?? [];

const html = (path: string) => readFileSync(fileFor(path)!, 'utf8');
/** Every element of `tag` with `className` in a page, as its opening tag and inner HTML (the drawings nest no element of their own tag). */
const blocks = (page: string, tag: string, className: string) =>
  [...page.matchAll(new RegExp(`<${tag}\\b([^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => ({ attributes: match[1]!, inner: match[2]! }));
const hrefs = (fragment: string) => [...fragment.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

/** The ids of each built page, read once. */
const idsByFile = new Map<string, Set<string>>();
/** A link of the page at `path` leads to an anchor that exists where it points. */
function resolves(path: string, href: string): boolean {
  const [target, anchor] = href.split('#') as [string, string | undefined];
  const file = fileFor(target === '' ? path : target);
  if (!file) return false;
  if (!idsByFile.has(file)) idsByFile.set(file, idsIn(readFileSync(file, 'utf8')));
  return anchor === undefined || idsByFile.get(file)!.has(decodeURIComponent(anchor));
}

for (const lang of languages) {
  const paths = languagePaths[lang];

  test(`${lang}: the matrix shows a level for every cell, the declaration's row first, and every cell leads to its words`, () => {
    const page = html(paths.comparison);
    const cells = blocks(page, 'td', 'matrix__cell');
    expect(cells).toHaveLength((instrumentIds.length + 1) * componentKeys.length);
    for (const cell of cells) {
      const level = /data-level="([^"]+)"/.exec(cell.attributes)?.[1];
      expect(levels, cell.attributes).toContain(level);
      // A sign and a written label, whatever the level.
      expect(cell.inner).toContain('class="level__glyph"');
      expect(cell.inner).toMatch(/class="level__label">[^<]+/);
      for (const href of hrefs(cell.inner)) expect(resolves(paths.comparison, href), href).toBe(true);
    }
    // Counts match the data: each level's cells, component by component (a cell not written is "not established").
    for (const key of componentKeys) {
      const written = new Map(cellsOf(key).map((cell) => [cell.instrument, cell.level]));
      const shown = instrumentIds.map((id) => /data-level="([^"]+)"/.exec(cells.find((cell) => cell.attributes.includes(`id="${key}--${id}"`))!.attributes)![1]);
      expect(shown, key).toEqual(instrumentIds.map((id) => written.get(id) ?? 'not-established'));
    }
    // The legend and the method define every level, at anchors that stay.
    const ids = idsIn(page);
    for (const level of levels) expect(ids.has(`level-${level}`), level).toBe(true);
    expect(ids.has('method')).toBe(true);
  });

  test(`${lang}: every ladder places each instrument compared on its level, and every mark leads to its cell`, () => {
    const pages = [...componentKeys.map((key) => ({ path: paths.componentComparison(key), key })), { path: paths.component('future-attack-commitment'), key: 'future-attack-commitment' }];
    for (const { path, key } of pages) {
      const page = html(path);
      const [ladder] = blocks(page, 'figure', 'ladder');
      expect(ladder, path).toBeDefined();
      const rungs = blocks(ladder!.inner, 'li', 'ladder__rung');
      expect(rungs.map((rung) => /data-level="([^"]+)"/.exec(rung.attributes)![1])).toEqual(levels.filter((level) => level !== 'not-established'));
      const marks = hrefs(ladder!.inner);
      for (const href of marks) expect(resolves(path, href), `${path} ${href}`).toBe(true);
      // Every instrument with a cell is on the ladder or listed as not placed, once; the declaration once or twice (its range).
      const cells = cellsOf(key);
      const instrumentMarks = marks.filter((href) => !href.endsWith('#paris-declaration'));
      expect(instrumentMarks.map((href) => href.split('#')[1]).sort(), path).toEqual(cells.map((cell) => cell.instrument).sort());
      expect(marks.filter((href) => href.endsWith('#paris-declaration')).length, path).toBeGreaterThanOrEqual(1);
    }
    // Component 4: the declaration's range runs from the official text (as reported) to the article's wording.
    const ladder = blocks(html(paths.componentComparison('future-attack-commitment')), 'figure', 'ladder')[0]!;
    expect([...ladder.inner.matchAll(/data-range="([^"]+)"/g)].map((match) => match[1])).toEqual(['top', 'bottom']);
  });

  test(`${lang}: the redlines show the draft against the final text, each change labelled for a screen reader`, () => {
    const page = html(paths.component('multinational-force'));
    const [redline] = blocks(page, 'figure', 'redline');
    expect(redline).toBeDefined();
    expect(redline!.inner).toMatch(/<ins><span class="visually-hidden"[^>]*>\[[^<]+<\/span>proposed /);
    expect(redline!.inner).toMatch(/<del><span class="visually-hidden"[^>]*>\[[^<]+<\/span>participation/);
    for (const href of hrefs(redline!.inner)) expect(resolves(paths.component('multinational-force'), href), href).toBe(true);
    // A dropped passage: struck whole, followed by the final text's words.
    const [dropped] = blocks(html(paths.text), 'figure', 'redline');
    expect(dropped!.inner).toContain('<del>');
    expect(dropped!.inner).not.toContain('<ins>');
    expect(dropped!.inner).toContain('They will include the following components:');
  });
}

test('the matrix keeps its header row and first column in view, and reads as blocks on a phone, without script', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/en/comparison/#defence-cooperation--ukraine-compact');
  const header = page.locator('.matrix__table thead th').nth(1);
  expect((await header.boundingBox())!.y).toBeLessThan(5);
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/uk/porivniannia/');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  // Each cell names its component where the header row is gone; the caption spans the width.
  await expect(page.locator('#future-attack-commitment--paris-declaration .matrix__cell-label')).toBeVisible();
  expect((await page.locator('.matrix__table caption').boundingBox())!.width).toBeGreaterThan(250);
  await page.goto('/fr/composantes/future-attack-commitment/');
  await expect(page.locator('.ladder')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await context.close();
});
