import { expect, test } from '@playwright/test';
import { annotationIds } from './helpers.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('under every note, each source opens on the passages the note relies on', async ({ page }) => {
    await page.goto('/fr/texte/');
    const perNote = await page.evaluate((ids) =>
      ids.map((id) => {
        const citations = [...document.querySelectorAll(`#note-${id} .note-entry__sources > li`)];
        const complete = citations.filter((citation) => citation.querySelector('.source-label') && citation.querySelector('details.evidence blockquote[lang]'));
        return { id, citations: citations.length, complete: complete.length };
      }),
    annotationIds());
    for (const { id, citations, complete } of perNote) {
      expect(citations, id).toBeGreaterThan(0);
      expect(complete, id).toBe(citations);
    }

    await page.goto('/fr/texte/#note-us-did-not-sign');
    const evidence = page.locator('#note-us-did-not-sign details.evidence').first();
    const quote = evidence.locator('blockquote');
    await expect(quote).toBeHidden();
    await evidence.locator('summary').click();
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute('lang', 'en');
    await expect(quote).toContainText('not a formal party to the Paris Declaration');
    await expect(evidence.locator('.evidence__translation')).toContainText('Notre traduction, non officielle');
    // The source's own link stands just above its passages.
    const source = page.locator('#note-us-did-not-sign .note-entry__sources > li').first().locator('a[href^="https://www.eurointegration.com.ua/"]');
    await expect(source).toHaveAttribute('rel', 'noopener noreferrer');

    // Key facts' sources are printed once, on the component's page: the article view links there, and the link opens them.
    await expect(page.locator('.key-facts details.key-facts__sources')).toHaveCount(0);
    await page.locator('#multinational-force .key-facts__sources a').click();
    await expect(page).toHaveURL(/\/fr\/composantes\/multinational-force\/#key-facts-sources-multinational-force$/);
    await expect(page.locator('#key-facts-sources-multinational-force details.evidence > summary').first()).toBeVisible();
  });

  test('a quote in the page’s own language needs no translation; a located passage says where it is', async ({ page }) => {
    await page.goto('/en/text/#note-us-led-monitoring');
    const official = page.locator('#note-us-led-monitoring .note-entry__sources > li').first();
    await expect(official.locator('.source-label')).toHaveText('Official text, English');
    await official.locator('summary').click();
    await expect(official.locator('.evidence__translation')).toHaveCount(0);
    await expect(official.locator('.evidence__meta')).toContainText('Location: component 1');
  });
});

test('the sources page shows each source’s type, every passage we rely on, linked to its note, and when and where it was read', async ({ page }) => {
  await page.goto('/en/sources/');
  const entries = page.locator('.bibliography__entry');
  expect(await entries.locator('.source-label').count()).toBe(await entries.count());
  await expect(page.locator('#source-newsby-declaration-multinational-force .source-label')).toContainText('State-affiliated outlet');
  await expect(page.locator('#source-particle-news-paris-declaration .source-label')).toContainText('Aggregator');

  const liga = page.locator('#source-liga-ua-paris-declaration-text');
  await expect(liga.locator('blockquote[lang="uk"]').first()).toBeVisible();
  await expect(liga.locator('.evidence__translation').first()).toContainText('Our unofficial translation');

  // When each passage was read, and the copy read where it was not the cited page (a re-reader knows what to look for).
  const cited = entries.filter({ has: page.locator('.evidence__item') });
  expect(await cited.filter({ hasText: 'Passages read on 7 December 2026' }).count()).toBe(await cited.count());
  await expect(page.locator('#source-nato-treaty-archive a[href="https://apstudent.com/ushistory/docs1901/natreaty.htm"]')).toHaveText('apstudent.com');
  await expect(page.locator('#source-nato-treaty-archive')).toContainText('read in a copy: apstudent.com');

  const noteLink = page.locator('#source-nepalnews-zelensky-no-clear-answer .evidence__item a[href*="#note-"]').first();
  await noteLink.click();
  await expect(page.locator('#note-future-attack-no-clear-answer')).toBeInViewport();
});
