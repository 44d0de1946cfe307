import { expect, test, type Page } from '@playwright/test';
import { annotationIds, componentKeys } from './helpers.ts';

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

test.describe('on a wide screen', () => {
  test.use({ viewport: wide });

  test('notes stand in the margin, beside the text, in full, and a marker marks its note', async ({ page }) => {
    await page.goto('/fr/texte/');
    const text = await page.locator('#multinational-force .component__text').boundingBox();
    const sidenote = page.locator('#sidenote-us-support-draft-vs-final');
    await expect(sidenote).toBeVisible();
    const box = (await sidenote.boundingBox())!;
    expect(box.x).toBeGreaterThan(text!.x + text!.width);
    await expect(sidenote.locator('.sidenote__sources')).toBeVisible();

    await page.getByRole('link', { name: /^Note \d+$/ }).and(page.locator('#marker-us-support-draft-vs-final')).click();
    expect(await isTarget(page, '#sidenote-us-support-draft-vs-final')).toBe(true);
  });

  test('every note is shown whole, notes never overlap, and each sits beside its marker or, where notes are dense, below the one before', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ viewport: wide, javaScriptEnabled });
      const page = await context.newPage();
      for (const path of ['/fr/texte/', '/en/text/', '/fr/composantes/ceasefire-monitoring/']) {
        await page.goto(path);
        const notes = await page.locator('.sidenote').evaluateAll((elements) =>
          elements.map((element) => {
            const box = element.getBoundingClientRect();
            const marker = document.getElementById(element.id.replace('sidenote-', 'marker-'))!.getBoundingClientRect();
            return { id: element.id, top: box.top, bottom: box.bottom, left: box.left, clipped: element.scrollHeight > element.clientHeight + 1, visible: box.height > 0, markerTop: marker.top };
          }),
        );
        expect(notes.length, path).toBeGreaterThan(0);
        notes.forEach((note, index) => {
          expect(note.visible && !note.clipped, `${path} ${note.id} shown whole`).toBe(true);
          expect(note.top, `${path} ${note.id} not above its marker`).toBeGreaterThanOrEqual(note.markerTop - 24);
          const before = notes[index - 1];
          if (!before) return;
          expect(note.top, `${path} ${note.id} below ${before.id}`).toBeGreaterThanOrEqual(before.bottom - 0.5);
          // Beside its marker, unless the note before pushed it down.
          if (note.top > note.markerTop + 24) expect(note.top - before.bottom, `${path} ${note.id} drifted only as far as needed`).toBeLessThan(40);
        });
      }
      await context.close();
    }
  });
});

test.describe('on a narrow screen', () => {
  test.use({ viewport: narrow });

  test('notes are closed; a marker opens its note in place, under it, and the note closes again', async ({ page }) => {
    await page.goto('/fr/texte/');
    const sidenote = page.locator('#sidenote-afu-definition');
    await expect(sidenote).toBeHidden();
    const marker = page.locator('#marker-afu-definition');
    await marker.click();
    await expect(sidenote).toBeVisible();
    const [markerBox, noteBox, textBox] = await Promise.all([
      marker.boundingBox(),
      sidenote.boundingBox(),
      page.locator('#armed-forces-support .component__text').boundingBox(),
    ]);
    expect(noteBox!.y).toBeGreaterThan(markerBox!.y);
    expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(textBox!.x + textBox!.width + 1);
    await sidenote.getByRole('link', { name: /^Fermer la note/ }).click();
    await expect(sidenote).toBeHidden();
    await expect(page).toHaveURL(/#marker-afu-definition$/);
  });

  test('without JavaScript too', async ({ browser }) => {
    const context = await browser.newContext({ viewport: narrow, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/fr/composantes/multinational-force/');
    await page.locator('#marker-us-support-draft-vs-final').click();
    await expect(page.locator('#sidenote-us-support-draft-vs-final')).toBeVisible();
    await context.close();
  });
});

test('a keyboard reaches a marker by its name, opens the note, and tabs into it', async ({ page }) => {
  await page.setViewportSize(narrow);
  await page.goto('/fr/composantes/ceasefire-monitoring/');
  const marker = page.locator('#marker-us-led-monitoring');
  await expect(marker).toHaveAccessibleName(/^Note \d+$/);
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    if (await marker.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(marker).toBeFocused();
  await page.keyboard.press('Enter');
  const sidenote = page.locator('#sidenote-us-led-monitoring');
  await expect(sidenote).toBeVisible();
  await page.keyboard.press('Tab');
  expect(await sidenote.evaluate((element) => element.contains(document.activeElement))).toBe(true);
});

test('notes read without JavaScript, on a wide screen as in the list', async ({ browser }) => {
  const context = await browser.newContext({ viewport: wide, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/fr/texte/');
  await expect(page.locator('#sidenote-title-wording')).toBeVisible();
  await expect(page.locator('#note-title-wording')).toContainText('Paris Declaration: Robust Security Guarantees');
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
