import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { componentKeys, languagePaths } from './helpers.ts';

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const firstSentences = JSON.parse(readFileSync('dist/declaration.json', 'utf8')) as {
  components: Array<{ key: string; title: Record<string, string> }>;
};

// One test a language (21 tests of a second each were mostly the setting up of a test).
for (const [lang, paths] of Object.entries(languagePaths)) {
  const previewPages = [paths.home, paths.text, ...componentKeys.map(paths.component)];
  test(`a link preview of each ${lang} home, full text and component page finds title, description, a 1200×630 image and the canonical URL`, async ({ request }) => {
    for (const path of previewPages) await expectPreview(request, path);
  });
}

async function expectPreview(request: APIRequestContext, path: string): Promise<void> {
  await test.step(path, async () => {
    const html = await (await request.get(path)).text();
    const { result, error } = await ogs({ html });
    expect(error).toBe(false);
    expect(result.ogTitle).toBeTruthy();
    expect(result.ogDescription?.length).toBeGreaterThan(20);
    expect(new URL(result.ogUrl!).pathname).toBe(path);
    expect(html).toContain(`<link rel="canonical" href="${result.ogUrl}">`);
    expect(result.twitterCard).toBe('summary_large_image');
    const image = result.ogImage![0]!;
    expect(image.width).toBe('1200');
    expect(image.height).toBe('630');
    const response = await request.get(new URL(image.url).pathname);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/png');
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
  });
}

test('a Ukrainian component preview is in Ukrainian, with a Ukrainian card', async ({ request }) => {
  const html = await (await request.get('/uk/skladovi/future-attack-commitment/')).text();
  const { result } = await ogs({ html });
  expect(result.ogTitle).toContain('Складова\u00a04\u00a0— Зобов’язання на випадок майбутнього збройного нападу');
  expect(result.ogDescription).toBe('Зобов’язання підтримати Україну у відновленні миру в разі майбутнього збройного нападу Росії.');
  expect(result.ogLocale).toBe('uk_UA');
  expect(new URL(result.ogImage![0]!.url).pathname).toBe('/og/uk/future-attack-commitment.png');
  expect(html).toMatch(/<meta property="og:locale:alternate" content="fr_FR">/);
});

test('a component preview is described by the component’s first sentence', async ({ request }) => {
  const { result } = await ogs({ html: await (await request.get('/fr/composantes/future-attack-commitment/')).text() });
  expect(result.ogTitle).toContain('Composante\u00a04');
  expect(result.ogDescription).toBe('Engagement à\u00a0soutenir l’Ukraine dans le rétablissement de la paix en cas de future attaque armée de la Russie.');
  expect(firstSentences.components.map((component) => component.key)).toContain('future-attack-commitment');
});

test('the copy button copies the permanent link of a component, and says so in the page’s language, even when pressed before its script arrived', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  /* The notes and sharing script is fetched at the reader's first move; a tap brings that move and
     the press at once. Held back here, so that the press always comes first. */
  await page.route('**/_astro/reading-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  for (const { path, name, copied } of [
    { path: '/fr/composantes/multinational-force/', name: 'Copier le lien', copied: 'Copié dans le presse-papiers.' },
    { path: '/uk/skladovi/multinational-force/', name: 'Копіювати посилання', copied: 'Скопійовано в буфер обміну.' },
  ]) {
    await page.goto(path);
    // A component's tools are folded under one disclosure.
    const share = page.locator('.component > .share');
    await share.locator(':scope > summary').click();
    await share.getByRole('button', { name }).click();
    await expect(share.getByRole('status')).toHaveText(copied);
    const copiedUrl = await page.evaluate(() => navigator.clipboard.readText());
    expect(copiedUrl).toMatch(new RegExp(`^https?://[^/]+${path}$`));
    expect(copiedUrl).toBe(await share.locator('.share__url').getAttribute('href'));
  }
});

test('the cite panel opens with the keyboard and copies a citation', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/components/defence-cooperation/');
  await page.locator('.component > .share > summary').focus();
  await page.keyboard.press('Enter');
  const summary = page.locator('.component > .share .cite summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  const bibtex = page.locator('.component > .share [data-citation-format="bibtex"]');
  await expect(bibtex).toBeVisible();
  await expect(bibtex).toContainText('@online{paris-declaration-2026-defence-cooperation-en');
  await expect(bibtex).toContainText(`urldate = {${new Date().toISOString().slice(0, 10)}}`);
  await page.locator('.component > .share .cite__name', { hasText: 'BibTeX' }).getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Component~5~— Long-term defence cooperation');
});

test('every note has its own permanent link and citation', async ({ page }) => {
  await page.goto('/en/text/');
  const entries = page.locator('.note-entry');
  const count = await entries.count();
  await expect(page.locator('.note-entry .share__url')).toHaveCount(count);
  await expect(page.locator('#note-special-commission .share__url')).toHaveText(/\/en\/text\/#note-special-commission$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the permanent link and the citations are there as text, and no dead button shows', async ({ page }) => {
    await page.goto('/fr/composantes/ceasefire-monitoring/');
    await page.locator('.component > .share > summary').click();
    await expect(page.locator('.component > .share .share__url')).toBeVisible();
    await expect(page.locator('.copy-button:visible')).toHaveCount(0);
    await page.locator('.component > .share .cite summary').click();
    await expect(page.locator('.component > .share [data-citation-format="text"]')).toContainText('Composante 1 — Surveillance et vérification du cessez-le-feu');
  });
});

test('short links /1/ … /5/, /en/1/ … and /uk/1/ … land on their components', async ({ page }) => {
  for (const [index, key] of componentKeys.entries()) {
    await page.goto(`/${index + 1}/`);
    await expect(page).toHaveURL(new RegExp(`/fr/composantes/${key}/$`));
    await page.goto(`/en/${index + 1}/`);
    await expect(page).toHaveURL(new RegExp(`/en/components/${key}/$`));
    await page.goto(`/uk/${index + 1}/`);
    await expect(page).toHaveURL(new RegExp(`/uk/skladovi/${key}/$`));
  }
});

test('selecting words of a component offers a link that lands on them', async ({ page }) => {
  await page.goto('/fr/texte/');
  await page.locator('#defence-cooperation .component__text .paragraph').evaluate((paragraph) => {
    const text = [...paragraph.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('production conjointe'))!;
    const start = text.textContent!.indexOf('la production conjointe');
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + 'la production conjointe'.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  const link = page.locator('.quote-link a');
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/fr\/composantes\/defence-cooperation\/#:~:text=la%20formation%2C-,la%20production%20conjointe,-dans%20le$/);

  // Chromium follows a text fragment when the reader opens the link (a user gesture, on a new
  // document), here the same words in the full text; elsewhere the link still opens the component.
  await page.goto('/fr/');
  await page.evaluate((fragment) => {
    const link = document.createElement('a');
    link.href = `/fr/texte/${fragment}`;
    link.id = 'quote-under-test';
    link.textContent = 'quote';
    document.body.prepend(link);
  }, new URL(href!).hash);
  await page.locator('#quote-under-test').click();
  await expect(page).toHaveURL(/\/fr\/texte\/$|#:~:text=/);
  await expect(page.locator('#defence-cooperation .component__text')).toBeInViewport();
  await page.goto(new URL(href!).pathname + new URL(href!).hash);
  await expect(page.locator('h1')).toContainText('Composante 5');
});

test('each part of the overview diagram links to its component', async ({ page }) => {
  for (const paths of Object.values(languagePaths)) {
    await page.goto(paths.home);
    const cards = page.locator('.overview__card').filter({ visible: true });
    await expect(cards).toHaveCount(5);
    for (const key of componentKeys) {
      const card = cards.and(page.locator(`[data-key="${key}"]`));
      await expect(card).toHaveAccessibleName(/.+/);
      await expect(card).toHaveAttribute('href', paths.component(key));
    }
    // The links are real: clicking one (the last, the one a wide diagram places furthest) goes there.
    const last = componentKeys[componentKeys.length - 1]!;
    await cards.and(page.locator(`[data-key="${last}"]`)).click();
    await expect(page).toHaveURL(new RegExp(`${paths.component(last)}$`));
  }
});

test('on a 320 px phone the whole overview diagram shows, nothing cut at the right edge, and it still leads to each component', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const paths of Object.values(languagePaths)) {
    await page.goto(paths.home);
    const diagram = page.locator('.overview__lanes');
    const box = (await diagram.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const cards = page.locator('.overview__card').filter({ visible: true });
    await expect(cards).toHaveCount(5);
    for (const card of await cards.all()) {
      const cardBox = (await card.boundingBox())!;
      expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
      // Its text stays readable: not shrunk below 12 px on screen.
      const smallest = await card.evaluate((element) => Math.min(...[...element.querySelectorAll('span')].map((span) => parseFloat(getComputedStyle(span).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(12);
    }
    const first = (await cards.first().getAttribute('data-key'))!;
    await cards.first().click();
    await expect(page).toHaveURL(new RegExp(`${paths.component(first)}$`));
  }
});

test('the sitemap lists every page with its language alternates, and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap-index\.xml/);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  for (const key of componentKeys) {
    expect(sitemap).toContain(`/fr/composantes/${key}/</loc>`);
    expect(sitemap).toContain(`/uk/skladovi/${key}/</loc>`);
    expect(sitemap).toMatch(new RegExp(`hreflang="en" href="[^"]+/en/components/${key}/"`));
    expect(sitemap).toMatch(new RegExp(`hreflang="uk" href="[^"]+/uk/skladovi/${key}/"`));
  }
  expect(sitemap).toContain('/uk/paralelno/fr-en/</loc>');
  expect(sitemap).toMatch(/hreflang="x-default"/);
  // Short links are redirects, not pages.
  expect(sitemap).not.toMatch(/\/(?:en\/|uk\/)?\d\/<\/loc>/);
});

test('printing shows every note, after its sentence, and where links lead', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/fr/texte/');
  await expect(page.locator('#note-us-did-not-sign .note-entry__body')).toBeVisible();
  await expect(page.locator('#note-coordination-cell-paris .note-entry__body')).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  const after = await page.locator('.note-entry__sources a[href^="http"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('http');
});

test('a build without SITE_URL is marked local: noindex pages, robots.txt shuts crawlers out, LOCAL-BUILD.txt', async ({ page, request }) => {
  await page.goto('/fr/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^# LOCAL BUILD — SITE_URL is not set\.\nUser-agent: \*\nDisallow: \//);
  expect(await (await request.get('/LOCAL-BUILD.txt')).text()).toContain('never deploy this dist/');
});
