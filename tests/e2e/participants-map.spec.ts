import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { expect, test } from '@playwright/test';
import { fileFor, idsIn } from './dist.ts';
import { languagePaths, languages } from './helpers.ts';

/*
 * The participants' map (issue 20): every coloured country leads to an anchor of the page, and the
 * map colours exactly the states the data names (those beyond its frame in the strip), in every
 * language; it reads the same without script and at 320 px.
 */

const data = parseYaml(readFileSync('content/participants.yml', 'utf8')) as { attendance: Array<{ id: string; parties: string[] }> };
const countries = data.attendance.flatMap((group) => group.parties.filter((code) => /^[A-Z]{2}$/.test(code)).map((code) => ({ code, level: group.id })));

for (const lang of languages) {
  test(`${lang}: the map colours every state the sources name, once, each leading to its row`, () => {
    const path = languagePaths[lang].participants;
    const page = readFileSync(fileFor(path)!, 'utf8');
    const ids = idsIn(page);
    const figure = /<figure class="participants-map"[\s\S]*?<\/figure>/.exec(page)![0];
    const marks = [...figure.matchAll(/<a href="#([^"]+)"[^>]*data-party="([A-Z]{2})"/g)].map((match) => ({ anchor: match[1]!, code: match[2]! }));
    // On the map or in the strip beyond it: each named state once.
    expect(marks.map((mark) => mark.code).sort()).toEqual(countries.map((country) => country.code).sort());
    for (const mark of marks) expect(ids, `${mark.code} → #${mark.anchor}`).toContain(mark.anchor);
    // Each coloured shape carries its level.
    for (const { code, level } of countries) {
      const shape = new RegExp(`data-party="${code}"[^>]*>\\s*<path class="participants-map__shape" data-level="${level}"`);
      const inStrip = new RegExp(`data-level="${level}" aria-hidden="true"></span>\\s*<a href="#[^"]+" data-party="${code}"`);
      expect(shape.test(figure) || inStrip.test(figure), code).toBe(true);
    }
  });
}

test('the map reads at 320 px, without script, and its words are in the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(languagePaths.uk.participants);
  const map = page.locator('.participants-map__drawing');
  await expect(map).toBeVisible();
  const box = (await map.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(320);
  expect(box.height).toBeGreaterThan(150);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await expect(page.locator('.participants-map figcaption')).toContainText('Поза межами мапи');
  await context.close();
});
