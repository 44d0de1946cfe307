import { expect, test } from '@playwright/test';
import { componentKeys, englishSentences, languagePaths, readingText } from './helpers.ts';

const pages = [
  ...Object.values(languagePaths).flatMap((paths) => [paths.home, paths.text, paths.search, paths.sources, paths.parallel, ...componentKeys.map(paths.component)]),
];

for (const [lang, paths] of Object.entries(languagePaths)) {
  for (const [index, key] of componentKeys.entries()) {
    test(`${lang}: component ${index + 1} lands and is marked, in the full text and on its page`, async ({ page }) => {
      await page.goto(`${paths.text}#${key}`);
      await expect(page.locator(`#${key}`)).toBeInViewport();
      expect(await page.locator(`#${key}`).evaluate((element) => element.matches(':target'))).toBe(true);
      await page.goto(paths.component(key));
      await expect(page.locator('h1')).toContainText(String(index + 1));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }
}

test('the English full text holds every sentence of our translation, and says it is ours', async ({ page }) => {
  await page.goto('/en/text/');
  const text = await readingText(page);
  for (const sentence of englishSentences()) expect(text).toContain(sentence);
  await expect(page.locator('.translation-notice')).toContainText('our own unofficial translation');
  await expect(page.locator('.translation-notice a')).toHaveAttribute('href', /president\.gov\.ua\/en\//);
});

test('every English page says the translation is ours and unofficial', async ({ page }) => {
  for (const path of pages.filter((path) => path.startsWith('/en/'))) {
    await page.goto(path);
    await expect(page.locator('.translation-notice'), path).toContainText('unofficial translation');
  }
});

test('the language switch keeps the reader on the same component', async ({ page }) => {
  await page.goto('/fr/composantes/multinational-force/');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/components\/multinational-force\/$/);
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/composantes\/multinational-force\/$/);
});

test('the language switch keeps the reader on the same place of the full text, component or note', async ({ page }) => {
  await page.goto('/fr/texte/#defence-cooperation');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/text\/#defence-cooperation$/);
  await expect(page.locator('#defence-cooperation')).toBeInViewport();
  await page.goto('/en/text/#note-special-commission');
  await page.getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/texte\/#note-special-commission$/);
});

function alternatesIn(html: string): Record<string, string> {
  const links = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)];
  return Object.fromEntries(links.map(([, lang, href]) => [lang!, new URL(href!).pathname]));
}

test('hreflang alternates are reciprocal and lang attributes right', async ({ request }) => {
  for (const path of pages) {
    const html = await (await request.get(path)).text();
    const lang = path.startsWith('/fr/') ? 'fr' : 'en';
    expect(html, path).toContain(`<html lang="${lang}"`);
    const alternates = alternatesIn(html);
    expect(alternates[lang], path).toBe(path);
    expect(alternates['x-default'], path).toBe('/');
    for (const other of ['fr', 'en']) {
      const back = alternatesIn(await (await request.get(alternates[other]!)).text());
      expect(back[lang], `${alternates[other]} → ${path}`).toBe(path);
    }
  }
});

test('the root offers both languages, statically', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await page.locator('.language-choice').getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await page.goto('/');
  await page.locator('.language-choice').getByRole('link', { name: 'Français' }).click();
  await expect(page).toHaveURL(/\/fr\/$/);
  await context.close();
});

const englishSearches = [
  { key: 'ceasefire-monitoring', query: 'truce compliance' },
  { key: 'armed-forces-support', query: 'defence stocks' },
  { key: 'multinational-force', query: 'airspace' },
  { key: 'future-attack-commitment', query: 'additional sanctions' },
  { key: 'defence-cooperation', query: 'joint production' },
];

for (const { key, query } of englishSearches) {
  test(`English search “${query}” returns the English ${key} first`, async ({ page }) => {
    await page.goto(`/en/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('#search-status')).toContainText('result');
    const first = page.locator('.search-result__title').first();
    await expect(first).toHaveAttribute('href', new RegExp(`^/en/text/\\?highlight=[^#]+#${key}$`));
    await expect(first).toContainText('Component');
  });
}

test('the search page offers the same search in the other language', async ({ page }) => {
  await page.goto('/en/search/?q=sanctions');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await page.getByRole('link', { name: 'Search the French text' }).click();
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=sanctions$/);
  await expect(page.locator('.search-result__title').first()).toHaveAttribute('href', /^\/fr\/texte\//);
});

test('the parallel view aligns all five components, paragraph by paragraph, and links to each', async ({ page }) => {
  await page.goto('/en/parallel/#armed-forces-support');
  await expect(page.locator('#armed-forces-support')).toBeInViewport();
  for (const key of componentKeys) {
    const rows = page.locator(`#${key} .parallel__row`);
    expect(await rows.count(), key).toBeGreaterThan(0);
    for (const row of await rows.all()) {
      await expect(row.locator('[lang="fr"]')).toHaveCount(1);
      await expect(row.locator('[lang="en"]')).toHaveCount(1);
      const [fr, en] = await Promise.all([row.locator('[lang="fr"]').boundingBox(), row.locator('[lang="en"]').boundingBox()]);
      expect(Math.abs(fr!.y - en!.y), key).toBeLessThan(2);
    }
  }
});

test('on a phone the parallel view stacks the languages', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/fr/parallele/');
  const row = page.locator('#multinational-force .parallel__row').first();
  const [fr, en] = await Promise.all([row.locator('[lang="fr"]').boundingBox(), row.locator('[lang="en"]').boundingBox()]);
  expect(en!.y).toBeGreaterThan(fr!.y + fr!.height - 1);
});

test('English pages carry no French interface text, French pages no English', async ({ page }) => {
  const french = ['Composante', 'Texte intégral', 'Accueil', 'Rechercher', 'Fermer la note', 'Citée par', 'Renvoie à'];
  const english = ['Component', 'Full text', 'Home', 'Close note', 'Referred to by', 'Refers to'];
  for (const path of pages) {
    await page.goto(path);
    const visible = await page.evaluate(() => {
      // Text outside the parts written in another language (quotes of the source, the other column, language names).
      const own = document.documentElement.lang;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (element?.closest(`[lang]:not([lang="${own}"])`)) continue;
        text += ` ${node.textContent}`;
      }
      return text;
    });
    for (const word of path.startsWith('/en/') ? french : english) expect(visible, `${path}: ${word}`).not.toContain(word);
  }
});
