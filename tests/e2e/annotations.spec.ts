import { expect, test, type Page } from '@playwright/test';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { annotationIds, componentKeys, languageOf } from './helpers.ts';

const wide = { width: 1400, height: 1000 };
const narrow = { width: 390, height: 844 };

async function isTarget(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element.matches(':target'));
}

test('every annotation is listed with its sources, and each has its own anchor that lands on it', async ({ page }) => {
  await page.goto('/fr/texte/');
  const ids = annotationIds();
  expect(ids.length).toBeGreaterThanOrEqual(15);
  await expect(page.locator('.note-entry')).toHaveCount(ids.length);
  for (const id of ids) {
    const entry = page.locator(`#note-${id}`);
    expect(await entry.locator('.note-entry__sources a[href^="http"]').count(), id).toBeGreaterThan(0);
  }
  await page.goto('/fr/texte/#note-special-commission');
  await expect(page.locator('#note-special-commission')).toBeInViewport();
  expect(await isTarget(page, '#note-special-commission')).toBe(true);
});

test('every component has at least two notes, shown on its own page too', async ({ page }) => {
  for (const key of componentKeys) {
    await page.goto(`/fr/composantes/${key}/`);
    const notes = page.locator('.note-entry');
    expect(await notes.count(), key).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.component__text .note-marker').count(), key).toBe(await notes.count());
  }
});

const noteOf = (page: Page, id: string) => page.locator(`details.sidenote[data-note="${id}"]`);

test.describe('on a wide screen', () => {
  test.use({ viewport: wide });

  test('a closed note is a gloss in the margin beside its words; its marker opens the whole note in place', async ({ page }) => {
    await page.goto('/fr/texte/');
    const text = (await page.locator('#multinational-force .component__text').boundingBox())!;
    const note = noteOf(page, 'us-support-draft-vs-final');
    const gloss = note.locator(':scope > summary');
    await expect(gloss).toBeVisible();
    await expect(gloss).toContainText(/Le soutien américain\s:\sle projet et le texte final/);
    expect((await gloss.boundingBox())!.x).toBeGreaterThan(text.x + text.width);
    await expect(note.locator('.note-entry__sources')).toBeHidden();

    await page.getByRole('link', { name: /^Note \d+\s:\sLe soutien américain/ }).click();
    await expect(note).toHaveAttribute('open', '');
    expect(await isTarget(page, '#sidenote-us-support-draft-vs-final')).toBe(true);
    await expect(note.locator('.note-entry__sources')).toBeVisible();
    expect((await note.boundingBox())!.x).toBeGreaterThan(text.x + text.width);
  });
});

/* The measures, read in one pass a page: at 1440 × 900, with and without script, every note's
   margin entry stands level with its marker (never more than 900 px away) and never overlaps another;
   every note's full text is printed once on the page. */
test('notes stand level with their markers and are printed once, in every language, with and without JavaScript', async ({ browser }) => {
  test.setTimeout(90_000);
  const edition = buildEdition();
  for (const javaScriptEnabled of [false, true]) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    const paths = javaScriptEnabled ? ['/en/text/'] : ['/fr/texte/', '/en/text/', '/uk/tekst/', '/fr/composantes/multinational-force/', '/uk/skladovi/armed-forces-support/'];
    for (const path of paths) {
      await page.goto(path);
      const lang = languageOf(path);
      // 100 characters: a key fact may open with a note's first words ("According to European Pravda, which compared …").
      const snippets = edition.texts[lang].notes.map((note) => ({ id: note.id, text: note.text.slice(0, 100) }));
      const { notes, printed } = await page.evaluate((wanted) => {
        const main = document.querySelector('main')!.textContent!;
        return {
          notes: [...document.querySelectorAll<HTMLElement>('details.sidenote')].map((element) => {
            const box = element.getBoundingClientRect();
            const marker = document.getElementById(`marker-${element.dataset.note}`)!.getBoundingClientRect();
            return { id: element.dataset.note!, top: box.top, bottom: box.bottom, height: box.height, distance: Math.abs(box.top - marker.top) };
          }),
          printed: wanted.map(({ id, text }) => ({ id, times: main.split(text).length - 1 })),
        };
      }, snippets);
      expect(notes.length, path).toBeGreaterThan(1);
      notes.forEach((note, index) => {
        expect(note.height, `${path} ${note.id} shown`).toBeGreaterThan(0);
        expect(note.distance, `${path} ${note.id} level with its marker`).toBeLessThanOrEqual(900);
        const before = notes[index - 1];
        if (before) expect(note.top, `${path} ${note.id} below ${before.id}`).toBeGreaterThanOrEqual(before.bottom - 0.5);
      });
      for (const { id, times } of printed.filter(({ id }) => notes.some((note) => note.id === id))) expect(times, `${path} ${id} printed once`).toBe(1);
    }
    await context.close();
  }
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: narrow });

  for (const javaScriptEnabled of [false, true]) {
    test(`a marker opens its note after its sentence, not inside it, and the note closes back to the same place (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: narrow, javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/fr/texte/');
      const note = noteOf(page, 'afu-definition');
      await expect(note).toBeHidden();
      const marker = page.locator('#marker-afu-definition');
      await marker.click();
      await expect(note.locator('.note-entry__body')).toBeVisible();
      // After its sentence: what precedes the note in its paragraph ends a sentence, and the note starts below the marker.
      const before = await note.evaluate((element) => {
        const range = document.createRange();
        range.setStart(element.parentElement!, 0);
        range.setEndBefore(element);
        return range.toString().trim();
      });
      expect(before).toMatch(/[.!?…][»”"’)]?$/u);
      expect((await note.boundingBox())!.y).toBeGreaterThan((await marker.boundingBox())!.y);
      const text = (await page.locator('#armed-forces-support .component__text').boundingBox())!;
      const box = (await note.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(text.x + text.width + 1);
      if (javaScriptEnabled) {
        await note.getByRole('link', { name: /^Retour au texte/ }).click();
        await expect(page).toHaveURL(/#marker-afu-definition$/);
      } else {
        await note.locator(':scope > summary').click();
      }
      await expect(note).toBeHidden();
      await expect(marker).toBeInViewport();
      await context.close();
    });
  }
});

test('a keyboard reaches a marker by its name, opens the note, and tabs into it', async ({ page }) => {
  await page.setViewportSize(narrow);
  await page.goto('/fr/composantes/ceasefire-monitoring/');
  const marker = page.locator('#marker-us-led-monitoring');
  await expect(marker).toHaveAccessibleName(/^Note \d+\s:\sUne surveillance\s«\sdirigée par les États-Unis\s»/);
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await marker.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  const note = noteOf(page, 'us-led-monitoring');
  await expect(note.locator('.note-entry__body')).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await note.evaluate((element) => element.contains(document.activeElement))).toBe(true);
});

test('landing on a note’s anchor opens and shows it, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ viewport: wide, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/texte/#note-title-wording');
  const note = page.locator('#note-title-wording');
  await expect(note).toBeVisible();
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Paris Declaration: Robust Security Guarantees');
  await page.goto('/en/components/future-attack-commitment/#sidenote-binding-commitments');
  await expect(page.locator('#note-binding-commitments .note-entry__body')).toBeVisible();
  await context.close();
});

test('every cross-reference in a note lands on the component it names, and marks it', async ({ page }) => {
  await page.goto('/fr/texte/');
  const references = await page.locator('.note-entry a.cross-reference').evaluateAll((links) =>
    links.map((link) => ({ href: link.getAttribute('href')!, key: link.getAttribute('data-ref')! })),
  );
  expect(references.length).toBeGreaterThanOrEqual(6);
  for (const { href, key } of references) {
    await page.goto(href);
    await expect(page.locator(`#${key}`)).toBeInViewport();
    expect(await isTarget(page, `#${key}`)).toBe(true);
  }
});

test('components link to the components they relate to, and show who refers to them', async ({ page }) => {
  const pairs = [
    ['armed-forces-support', 'multinational-force'],
    ['ceasefire-monitoring', 'future-attack-commitment'],
    ['armed-forces-support', 'defence-cooperation'],
  ];
  await page.goto('/fr/texte/');
  for (const [a, b] of pairs) {
    for (const [from, to] of [[a, b], [b, a]]) {
      await expect(page.locator(`#${from} .relations a[data-relation="to"][data-key="${to}"]`), `${from} → ${to}`).toHaveCount(1);
      await expect(page.locator(`#${to} .relations a[data-relation="from"][data-key="${from}"]`), `${to} ← ${from}`).toHaveCount(1);
    }
  }
  const links = await page.locator('.relations a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  for (const href of new Set(links)) {
    await page.goto(href);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${id}"]`), href).toBeInViewport();
  }
});

test('the sources page lists each source with links back to the notes citing it', async ({ page }) => {
  await page.goto('/fr/sources/');
  const entries = page.locator('.bibliography__entry');
  expect(await entries.count()).toBeGreaterThan(10);
  const backlinks = await page.locator('.bibliography__cited-by a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  expect(backlinks.length).toBeGreaterThanOrEqual(await entries.count());
  for (const href of new Set(backlinks).values().take(8)) {
    await page.goto(href);
    expect(await isTarget(page, `[id="${new URL(page.url()).hash.slice(1)}"]`), href).toBe(true);
  }
});

test('a search finds a note and says it is a note, and on which component', async ({ page }) => {
  await page.goto('/fr/recherche/?q=Commission%20spéciale');
  const first = page.locator('.search-result').first();
  await expect(first.locator('.search-result__title')).toHaveAttribute('href', /#note-special-commission$/);
  await expect(first.locator('.search-result__title')).toContainText('Composante 1');
  await expect(first.locator('.search-result__context')).toHaveText('Note');
  await first.locator('.search-result__title').click();
  await expect(page.locator('#note-special-commission')).toBeInViewport();
  await expect(page.locator('#note-special-commission mark.search-hit').first()).toBeVisible();
});
