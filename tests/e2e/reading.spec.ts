import { expect, test, type Page } from '@playwright/test';
import { componentKeys, languagePaths, readingText, sourceSentences } from './helpers.ts';

const pageText = readingText;

async function expectMarkedTarget(page: Page, key: string) {
  const target = page.locator(`#${key}`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
  // Marked: the target's background differs from an unmarked component's.
  const other = componentKeys.find((candidate) => candidate !== key)!;
  const [marked, unmarked] = await Promise.all([
    target.evaluate((element) => getComputedStyle(element).backgroundColor),
    page.locator(`#${other}`).evaluate((element) => getComputedStyle(element).backgroundColor),
  ]);
  expect(marked).not.toBe(unmarked);
}

test('the full-text page holds every sentence of the source article, as written', async ({ page }) => {
  await page.goto('/fr/texte/');
  const text = await pageText(page);
  for (const sentence of sourceSentences()) expect(text).toContain(sentence);
});

for (const [index, key] of componentKeys.entries()) {
  // The link to its place loads the full text at the component's anchor: the landing and the mark are checked there.
  test(`the page of component ${index + 1} shows it, links to its place in the full text (its anchor lands there and marks it) and to its neighbours`, async ({ page }) => {
    await page.goto(`/fr/composantes/${key}/`);
    await expect(page.locator('h1')).toContainText(`Composante ${index + 1}`);
    const text = await pageText(page, 'article');
    const sentences = sourceSentences();
    const fullText = await (async () => {
      const response = await page.request.get('/fr/texte/');
      return response.text();
    })();
    expect(fullText).toContain(`id="${key}"`);
    expect(sentences.some((sentence) => text.includes(sentence))).toBe(true);
    await expect(page.locator('a[rel="prev"]')).toHaveCount(index === 0 ? 0 : 1);
    await expect(page.locator('a[rel="next"]')).toHaveCount(index === componentKeys.length - 1 ? 0 : 1);
    if (index > 0) await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/fr/composantes/${componentKeys[index - 1]}/`);

    await page.getByRole('link', { name: 'Voir dans l’article' }).click();
    await expect(page).toHaveURL(new RegExp(`/fr/texte/#${key}$`));
    await expectMarkedTarget(page, key);
    await expect(page.locator(`#${key} h3`)).toContainText(`Composante ${index + 1}`);
  });
}

test('each component page carries its whole text from the source', async ({ page }) => {
  const bullets = sourceSentences();
  for (const key of componentKeys) {
    await page.goto(`/fr/composantes/${key}/`);
    const text = await pageText(page, '.component__text');
    const own = bullets.filter((sentence) => text.includes(sentence));
    expect(own.length, key).toBeGreaterThan(0);
    expect(own.join(' ').length, key).toBeGreaterThan(text.length * 0.95);
  }
});

test('the home page lists the five components and links to each', async ({ page }) => {
  await page.goto('/fr/');
  // In the overview's lanes, by when each applies: every component once, each with its number and title.
  const links = page.locator('.overview__card');
  await expect(links).toHaveCount(5);
  for (const [index, key] of componentKeys.entries()) {
    await expect(links.and(page.locator(`[href="/fr/composantes/${key}/"]`))).toContainText(`${index + 1}. `);
  }
});

test('the root page offers the French edition', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Français', exact: true }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
});

test('/declaration.json lists each component with URLs that resolve', async ({ request }) => {
  const data = await (await request.get('/declaration.json')).json();
  expect(data.components.map((component: { key: string }) => component.key)).toEqual([...componentKeys]);
  for (const component of data.components) {
    expect(component.number).toBe(componentKeys.indexOf(component.key) + 1);
    expect(component.title.fr).toBeTruthy();
    const pageResponse = await request.get(component.urls.fr.page);
    expect(pageResponse.status()).toBe(200);
    const [path, anchor] = component.urls.fr.anchor.split('#');
    expect(await (await request.get(path)).text()).toContain(`id="${anchor}"`);
  }
  for (const url of [...Object.values(data.epub), ...Object.values(data.annotations)] as string[]) {
    expect((await request.get(url)).status(), url).toBe(200);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the full text reads whole and the component anchors still land and mark', async ({ page }) => {
    await page.goto('/fr/texte/#multinational-force');
    const text = await pageText(page);
    for (const sentence of sourceSentences()) expect(text).toContain(sentence);
    await expectMarkedTarget(page, 'multinational-force');
  });

  test('the search form still leads somewhere useful', async ({ page }) => {
    await page.goto('/fr/');
    await page.getByRole('searchbox', { name: 'Rechercher dans le texte' }).fill('sanctions');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/\/fr\/recherche\/\?q=sanctions/);
    await expect(page.getByRole('link', { name: 'L’article source' }).last()).toBeVisible();
  });
});

test.describe('on a phone (375 × 812)', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('one bar, at most 64 px high, with a contents menu that opens without JavaScript: the five components, the notes, the sources', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/uk/tekst/');
    const bar = page.locator('.site-bar');
    expect((await bar.boundingBox())!.height).toBeLessThanOrEqual(64);
    for (const part of ['.site-name', '.bar-search', '.language-switches', '.bar-menu > summary']) await expect(bar.locator(part)).toBeVisible();
    // The translation notice: one line, with its link.
    const notice = page.locator('.translation-notice');
    const lineHeight = await notice.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect((await notice.boundingBox())!.height).toBeLessThan(2 * lineHeight + 12);
    await expect(notice.getByRole('link')).toBeVisible();

    const menu = page.locator('.bar-menu');
    // A <summary>: named "Зміст" (contents) for screen readers, its icon hidden from them.
    const opener = menu.locator('summary');
    await expect(opener).toHaveAccessibleName('Зміст');
    await opener.tap();
    const components = menu.locator('.on-this-page__components a');
    await expect(components).toHaveCount(5);
    await expect(menu.getByRole('link', { name: 'Примітки' })).toHaveAttribute('href', '#notes');
    await expect(menu.getByRole('link', { name: 'Джерела' })).toBeVisible();
    await components.nth(3).tap();
    await expect(page).toHaveURL(/#future-attack-commitment$/);
    await expect(page.locator('#future-attack-commitment')).toBeInViewport();
    await context.close();
  });

  test('the first sentence of the text is on the first screen of every reading page', async ({ page }) => {
    test.setTimeout(90_000);
    const paths = [
      ...Object.values(languagePaths).map((paths) => paths.text),
      ...componentKeys.map((key) => languagePaths.fr.component(key)),
      languagePaths.en.component('future-attack-commitment'),
      languagePaths.uk.component('future-attack-commitment'),
    ];
    for (const path of paths) {
      await page.goto(path);
      const top = await page.locator('#introduction, .component--page .component__text').first().evaluate((element) => {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, { acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT) });
        const range = document.createRange();
        range.selectNodeContents(walker.nextNode()!);
        return range.getClientRects()[0]!.top + scrollY;
      });
      expect(top, path).toBeLessThan(812);
    }
  });
});

test('on a wide screen the five components stay listed beside the text while the reader scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/text/#conclusion');
  const rail = page.locator('.page > .on-this-page');
  await expect(rail.locator('.on-this-page__components a')).toHaveCount(5);
  for (const link of await rail.locator('a').all()) await expect(link).toBeInViewport();
  // One left edge: the rail stands before the text column, which starts where the header's does.
  const [railBox, heading, name] = await Promise.all([rail.boundingBox(), page.locator('main h1').boundingBox(), page.locator('.site-name').boundingBox()]);
  expect(railBox!.x + railBox!.width).toBeLessThan(heading!.x);
  expect(Math.abs(heading!.x - name!.x)).toBeLessThan(1);
  // Every page type starts there.
  for (const path of ['/en/', '/en/components/multinational-force/', '/en/sources/', '/en/parallel/', '/en/changes/', '/en/search/']) {
    await page.goto(path);
    const first = page.locator('main > div > :not(.on-this-page)').first();
    expect(Math.abs((await first.boundingBox())!.x - heading!.x), path).toBeLessThan(1);
  }
});
