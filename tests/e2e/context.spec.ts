import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { componentKeys, languagePaths, watchForeignRequests } from './helpers.ts';

/* The edition in context: the comparison matrix, each component compared, participants and timeline. */

const instrumentIds = (parseYaml(readFileSync('content/instruments.yml', 'utf8')) as Array<{ id: string }>).map((instrument) => instrument.id);

test('the matrix gives every cell its own anchor, marks the cell a link points at, and leads to its words and sources', async ({ page }) => {
  await page.goto('/fr/comparaison/#multinational-force--declaration-of-intent-mnf');
  const ids = await page.locator('.matrix__table td').evaluateAll((cells) => cells.map((cell) => cell.id));
  // The declaration's own row first, then the instruments.
  expect(ids).toEqual(['paris-declaration', ...instrumentIds].flatMap((instrument) => componentKeys.map((key) => `${key}--${instrument}`)));
  const cell = page.locator('#multinational-force--declaration-of-intent-mnf');
  await expect(cell).toHaveAttribute('data-level', 'commitment');
  await expect(cell).toContainText('Engagement à fournir un soutien');
  await expect(cell).toHaveCSS('outline-style', 'solid');
  // Each cell leads to its paraphrase, quote and sources: the instrument in the component's comparison.
  await cell.getByRole('link').click();
  await expect(page).toHaveURL(/\/fr\/composantes\/multinational-force\/comparaison\/#declaration-of-intent-mnf$/);
  await expect(page.locator('#declaration-of-intent-mnf')).toContainText('pôles militaires');
  await expect(page.locator('#declaration-of-intent-mnf .citation').first()).toBeVisible();
});

test('each component is compared with every instrument of the matrix, each level sourced', async ({ page }) => {
  for (const key of componentKeys) {
    await page.goto(`/en/components/${key}/comparison/`);
    const cells = page.locator('.comparison .comparison-cell');
    expect(await cells.count(), key).toBe(instrumentIds.length);
    const unsourced = await page
      .locator('.comparison .comparison-cell:not([data-level="not-established"])')
      .evaluateAll((elements) => elements.filter((cell) => !cell.querySelector('.comparison-cell__decided q') || !cell.querySelector('.citation')).map((cell) => cell.id));
    expect(unsourced, key).toEqual([]);
  }
});

test('a component page leads to its comparison and its events, and they lead back', async ({ page }) => {
  await page.goto('/en/components/multinational-force/');
  // The count is the matrix's: every instrument compared, its level established or not.
  await page.getByRole('link', { name: `Compared with ${instrumentIds.length} instruments` }).click();
  await expect(page).toHaveURL(/\/en\/components\/multinational-force\/comparison\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Component 3 compared');

  await page.goto('/en/components/multinational-force/');
  await page.getByRole('link', { name: /^Its events in the timeline \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/\/en\/timeline\/#component-multinational-force$/);
  await page.locator('#component-multinational-force a[href="#event-2026-01-06-declaration-of-intent"]').click();
  await expect(page).toHaveURL(/\/en\/timeline\/#event-2026-01-06-declaration-of-intent$/);
  const event = page.locator('#event-2026-01-06-declaration-of-intent');
  await expect(event).toHaveCSS('outline-style', 'solid');
  await event.getByRole('link', { name: /Component 3/ }).click();
  await expect(page).toHaveURL(/\/en\/components\/multinational-force\/$/);
});

test('the timeline is in date order, each event dated and sourced', async ({ page }) => {
  await page.goto('/fr/chronologie/');
  const dates = await page.locator('.timeline__date time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThanOrEqual(10);
  expect(dates).toEqual([...dates].sort());
  for (const event of await page.locator('.timeline__event').all()) await expect(event.locator('.citation').first()).toBeAttached();
  // It says where it stops: the date of its latest event.
  const last = await page.locator('.timeline__date').last().textContent();
  await expect(page.locator('.timeline-coverage')).toContainText(`s’arrête au ${last!.trim()}`);
});

test('participants: country names in the reader’s language, and the reports on the US signature stated as conflicting', async ({ page }) => {
  await page.goto('/fr/participants/');
  await expect(page.locator('#attendance-leaders')).toContainText('Royaume-Uni');
  await expect(page.locator('#party-pl')).toContainText('Refuse');
  await expect(page.locator('#us-signature .conflict__side')).toHaveCount(2);
  await page.goto('/en/participants/');
  await expect(page.locator('#attendance-leaders')).toContainText('United Kingdom');
  await expect(page.locator('#us-signature')).toContainText('Did the United States sign the Paris Declaration?');
  await page.goto('/uk/uchasnyky/');
  await expect(page.locator('#attendance-leaders')).toContainText('Великобританія');
  await expect(page.locator('#us-signature')).toContainText('Чи підписали США Паризьку декларацію?');
});

test('the passages a claim rests on open without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/participants/');
  const evidence = page.locator('#party-it .evidence').first();
  await expect(evidence.locator('blockquote')).toBeHidden();
  await evidence.locator('summary').click();
  await expect(evidence.locator('blockquote')).toContainText('No Italian troops');
  await context.close();
});

test('the matrix downloads as CSV and JSON, one entry per component × instrument', async ({ request }) => {
  const csv = await request.get('/comparison.csv');
  expect(csv.ok()).toBe(true);
  expect(csv.headers()['content-type']).toContain('text/csv');
  // The bytes as served: a spreadsheet opens them as UTF-8 thanks to the byte-order mark.
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(body, { columns: true, bom: true }) as Array<Record<string, string>>;
  expect(rows.some((row) => /[а-яіїєґ]/i.test(row.paraphrase_uk ?? ''))).toBe(true);
  expect(rows).toHaveLength(componentKeys.length * instrumentIds.length);
  expect(rows[0]).toHaveProperty('paraphrase_fr');
  expect(rows[0]).toHaveProperty('url_en');

  const json = await request.get('/comparison.json');
  expect(json.headers()['content-type']).toContain('application/json');
  const data = (await json.json()) as { instruments: unknown[]; cells: Array<{ id: string; status: string; level: string; levelEvidence: unknown; sources: unknown[] }> };
  expect(data.instruments).toHaveLength(instrumentIds.length);
  expect(data.cells).toHaveLength(componentKeys.length * instrumentIds.length);
  for (const cell of data.cells) expect(cell.status === 'not-established' || cell.sources.length > 0, cell.id).toBe(true);
  // Every cell carries its level; every level but "not established" the words that decide it.
  expect(rows.every((row) => row.level !== '')).toBe(true);
  for (const cell of data.cells) expect(cell.level === 'not-established' || cell.levelEvidence !== null, cell.id).toBe(true);
});

test('comparisons, participants and timeline are searchable, by kind and by component', async ({ page }) => {
  await page.goto('/en/search/');
  const result = await page.evaluate(async () => {
    // A variable keeps the browser's URL import away from the type checker.
    const bundle = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ bundle);
    await pagefind.init();
    type Search = { results: Array<{ data: () => Promise<{ url: string }> }> };
    const urls = async (search: Search) => Promise.all(search.results.map(async (hit) => (await hit.data()).url));
    const filters = await pagefind.filters();
    return {
      kinds: Object.keys(filters.kind ?? {}),
      budapest: await urls(await pagefind.search('Budapest', { filters: { kind: 'comparison', part: 'multinational-force' } })),
      zakharova: await urls(await pagefind.search('Zakharova', { filters: { kind: 'event' } })),
      tusk: await urls(await pagefind.search('logistical', { filters: { kind: 'participant' } })),
    };
  });
  expect(result.kinds).toEqual(expect.arrayContaining(['comparison', 'participant', 'event']));
  // Each result lands on its passage: the cell, the event, the participant.
  expect(result.budapest).toContain('/en/components/multinational-force/comparison/#budapest-memorandum');
  for (const url of result.budapest) expect(url).toMatch(/^\/en\/(components\/multinational-force\/comparison\/#|comparison\/#instrument-)/);
  expect(result.zakharova).toContain('/en/timeline/#event-2026-01-08-russian-foreign-ministry');
  expect(result.tusk).toContain('/en/participants/#party-pl');
  // The search page offers the three kinds, named in the reader's language.
  await expect(page.locator('#search-kind option[value="comparison"]')).toHaveText('Comparison');
  await expect(page.locator('#search-kind option[value="event"]')).toHaveText('Timeline');
});

const contextPaths = Object.values(languagePaths).flatMap((paths) => [paths.comparison, paths.componentComparison('multinational-force'), paths.participants, paths.timeline]);

test('the context pages make no request to another origin, the policy blocks nothing, and nothing scrolls sideways at 320 px', async ({ page, baseURL }) => {
  test.slow();
  const { foreign, violations } = watchForeignRequests(page, baseURL!);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of contextPaths) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
  expect(foreign).toEqual([]);
  expect(violations).toEqual([]);
});
