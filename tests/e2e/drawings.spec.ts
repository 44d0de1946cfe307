import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { fileFor, idsIn } from './dist.ts';
import { componentKeys, languagePaths, languages } from './helpers.ts';
import { buildEdition } from '../../src/lib/content/edition.ts';

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

/*
 * The timeline on a time axis and where the claims come from (issue 20, part B): every mark leads
 * to its event, every count is the data's, in every language.
 */
const timelineEvents = parseYaml(readFileSync('content/timeline.yml', 'utf8')) as Array<{ id: string; date: string; components?: string[] }>;
const sourcesData = parseYaml(readFileSync('content/sources.yml', 'utf8')) as Array<{ id: string; type: string; language: string }>;
const sourceTypeIds = ['official-text', 'government-statement', 'news-report', 'analysis', 'aggregator', 'state-affiliated'];

/** Every citation of the edition (a claim citing a source, once), counted again from the data, by source type. */
function citationsByType(): Map<string, number> {
  const edition = buildEdition();
  const typeOf = new Map(sourcesData.map((source) => [source.id, source.type]));
  const ids = (citations: ReadonlyArray<{ source: string }>, ...more: Array<string | undefined>) => new Set([...citations.map((citation) => citation.source), ...more.filter(Boolean)] as string[]);
  const { instruments, comparison, declarationLevels, attendance, participants, conflicts, timeline } = edition.context;
  const legalNature = parseYaml(readFileSync('content/legal-nature.yml', 'utf8')) as Array<{ sources?: Array<{ id: string }> }>;
  const claims: Array<Set<string>> = [
    ...edition.texts.fr.notes.map((note) => ids(note.citations)),
    ...Object.values(edition.keyFacts).flatMap((facts) => facts.map((fact) => ids(fact.sources))),
    ...instruments.map((instrument) => ids(instrument.sources, instrument.textCopy)),
    ...comparison.map((cell) => ids(cell.sources)),
    ...declarationLevels.map((row) => ids(row.sources)),
    ...attendance.map((group) => ids(group.sources)),
    ...participants.flatMap((participant) => participant.positions.map((position) => ids(position.sources))),
    ...conflicts.flatMap((conflict) => conflict.sides.flatMap((side) => side.reports.map((report) => ids(report.sources)))),
    ...timeline.map((event) => ids(event.sources)),
    ...legalNature.map((point) => new Set((point.sources ?? []).map((source) => source.id))),
  ];
  const counts = new Map(sourceTypeIds.map((type) => [type, 0]));
  for (const claim of claims) for (const id of claim) counts.set(typeOf.get(id)!, counts.get(typeOf.get(id)!)! + 1);
  return counts;
}
const expectedCitations = citationsByType();

for (const lang of languages) {
  const paths = languagePaths[lang];

  test(`${lang}: the timeline's axis draws every event once in each drawing, each mark leading to its event and named by it`, () => {
    const page = html(paths.timeline);
    const ids = idsIn(page);
    const [figure] = blocks(page, 'figure', 'timeline-axis');
    expect(figure).toBeDefined();
    const drawings = blocks(figure!.inner, 'svg', 'timeline-axis__drawing');
    expect(drawings.map((drawing) => /data-orientation="([^"]+)"/.exec(drawing.attributes)![1])).toEqual(['horizontal', 'vertical']);
    for (const drawing of drawings) {
      const marks = blocks(drawing.inner, 'a', 'timeline-axis__event');
      // Counts match the data: one mark an event, as many squares as it has components (one neutral square for none).
      expect(marks.map((mark) => /href="#event-([^"]+)"/.exec(mark.attributes)![1]).sort()).toEqual(timelineEvents.map((event) => event.id).sort());
      for (const mark of marks) {
        const id = /href="#([^"]+)"/.exec(mark.attributes)![1]!;
        expect(resolves(paths.timeline, `#${id}`), id).toBe(true);
        const event = timelineEvents.find((candidate) => `event-${candidate.id}` === id)!;
        const squares = [...mark.inner.matchAll(/timeline-axis__mark--(\w+)/g)].map((match) => match[1]);
        expect(squares, id).toEqual(event.components?.length ? event.components.map((key) => String((componentKeys as readonly string[]).indexOf(key) + 1)) : ['none']);
        // Named by the event's date and title, as the list below writes them.
        const named = /aria-labelledby="([^"]+)"/.exec(mark.attributes)![1]!.split(' ');
        expect(named).toEqual([`${id}-date`, `${id}-title`]);
        for (const part of named) expect(ids.has(part), part).toBe(true);
        expect(mark.attributes.includes('timeline-axis__event--declaration'), id).toBe(event.date === '2026-01-06');
      }
      // The declaration's day drawn across, and the stretches with no event recorded said so.
      expect(drawing.inner).toContain('timeline-axis__declaration');
      expect(drawing.inner).toContain('class="timeline-axis__empty"');
    }
    // The index lists events by title: no link named by a bare date, no two links of one name.
    const index = /<section class="timeline-index"[\s\S]*?<\/section>/.exec(page)![0];
    const names = [...index.matchAll(/<a href="#event-[^"]+">([^<]+)<\/a>/g)].map((match) => match[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name, name).not.toMatch(/^\d{1,2}\s\S+\s\d{4}/);
  });

  test(`${lang}: the sources page counts the claims' citations by type as the data does, and its sections by type and language hold every source`, () => {
    const page = html(paths.sources);
    const [figure] = blocks(page, 'figure', 'source-mix');
    expect(figure).toBeDefined();
    const legend = [...figure!.inner.matchAll(/<li data-type="([^"]+)" data-citations="(\d+)">([\s\S]*?)<\/li>/g)];
    expect(legend.map((match) => match[1])).toEqual(sourceTypeIds);
    for (const [, type, count, inner] of legend) {
      expect(Number(count), type).toBe(expectedCitations.get(type!));
      // The number is written out for readers, not only in the bar.
      expect(inner!.replace(/[\s\u00a0\u202f]/g, ''), type).toContain(String(count));
      for (const href of hrefs(inner!)) expect(resolves(paths.sources, href), href).toBe(true);
    }
    // The bar's parts: one per type cited, in the legend's order.
    expect([...figure!.inner.matchAll(/source-mix__part--([\w-]+)"/g)].map((match) => match[1]).filter((type, index, all) => all.indexOf(type) === index)).toEqual(
      sourceTypeIds.filter((type) => expectedCitations.get(type)! > 0),
    );
    // Sections by type, then language: each holds the sources of its type and language, every source once.
    const ids = idsIn(page);
    const table = /<table class="sources-by-type"[\s\S]*?<\/table>/.exec(page)![0];
    for (const href of hrefs(table)) expect(ids.has(href.slice(1)), href).toBe(true);
    for (const type of sourceTypeIds) {
      const ofType = sourcesData.filter((source) => source.type === type);
      if (ofType.length === 0) continue;
      const [section] = blocks(page, 'section', 'bibliography-type').filter((block) => block.attributes.includes(`id="type-${type}"`));
      expect(section, type).toBeDefined();
      const listed = [...section!.inner.matchAll(/id="source-([^"]+)"/g)].map((match) => match[1]);
      expect(listed.sort(), type).toEqual(ofType.map((source) => source.id).sort());
      for (const language of new Set(ofType.map((source) => source.language))) {
        const count = ofType.filter((source) => source.language === language).length;
        expect(ids.has(`type-${type}-${language}`), `${type} ${language}`).toBe(true);
        expect(table, `${type} ${language}`).toContain(`href="#type-${type}-${language}"`);
        expect(new RegExp(`href="#type-${type}-${language}"[^>]*>${count}</a>`).test(table), `${type} ${language}: ${count}`).toBe(true);
      }
    }
    expect(blocks(page, 'li', 'bibliography__entry')).toHaveLength(sourcesData.length);
  });
}

test('the timeline reads along x on a wide screen and along y on a phone, its marks named by date and title, without script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/timeline/');
  await expect(page.locator('.timeline-axis__drawing--horizontal')).toBeVisible();
  await expect(page.locator('.timeline-axis__drawing--vertical')).toBeHidden();
  const mark = page.locator('.timeline-axis__drawing--horizontal a[href="#event-2026-01-06-paris-declaration"]');
  await expect(mark).toHaveAccessibleName(/^6\s+January\s+2026\s+.+/);
  await mark.click();
  await expect(page.locator('#event-2026-01-06-paris-declaration')).toBeInViewport();
  for (const [path, width] of [['/uk/khronolohiia/', 320], ['/fr/sources/', 320], ['/uk/dzherela/', 375]] as const) {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(width);
  }
  await page.goto('/uk/khronolohiia/');
  await expect(page.locator('.timeline-axis__drawing--vertical')).toBeVisible();
  await expect(page.locator('.timeline-axis__drawing--horizontal')).toBeHidden();
  await context.close();
});
