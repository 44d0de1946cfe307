import { expect, test } from '@playwright/test';

/* An address that leads nowhere: the host serves the 404 page (status 404), which offers every language's
   home, full text, components and search, and, with its script, the page the address most resembles. */

test('a mistyped address is answered 404 and offered the page it resembles, in its own language first', async ({ page }) => {
  const response = await page.goto('/en/components/multinational-forse/#note-force-size-national-positions');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toContainText('Page not found');
  const suggestion = page.locator('section[lang="en"] .not-found__suggestion');
  await expect(suggestion).toBeVisible();
  await expect(page.locator('.not-found section').first()).toHaveAttribute('lang', 'en');
  await expect(suggestion).toContainText('Perhaps you were looking for:');
  // The fragment goes along: the suggestion lands on the passage the link was for.
  await suggestion.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/components\/multinational-force\/#note-force-size-national-positions$/);

  await page.goto('/uk/tekst/prodovzhennia/');
  await expect(page.locator('section[lang="uk"] .not-found__suggestion a')).toHaveAttribute('href', '/uk/tekst/');
  await expect(page.locator('section[lang="uk"] .not-found__suggestion')).toContainText('Можливо, ви шукали:');

  await page.goto('/wp-login.php');
  await expect(page.locator('.not-found__suggestion:visible')).toHaveCount(0);
});

test('without script, the 404 page still offers each language’s home, full text, five components and search', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto('/fr/composantes/force-multinationale/');
  expect(response?.status()).toBe(404);
  for (const [lang, home, text] of [['fr', '/fr/', '/fr/texte/'], ['en', '/en/', '/en/text/'], ['uk', '/uk/', '/uk/tekst/']] as const) {
    const section = page.locator(`section[lang="${lang}"]`);
    await expect(section.locator(`a[href="${home}"]`)).toHaveCount(1);
    await expect(section.locator(`a[href="${text}"]`)).toHaveCount(1);
    await expect(section.locator(`.not-found__pages a[href*="/multinational-force/"]`)).toHaveCount(1);
    await expect(section.locator('.not-found__pages li')).toHaveCount(7);
    await expect(section.getByRole('search')).toBeVisible();
  }
  await expect(page.locator('.not-found__suggestion:visible')).toHaveCount(0);
  await page.locator('section[lang="en"]').getByRole('searchbox').fill('ceasefire');
  await page.locator('section[lang="en"]').getByRole('button').click();
  await expect(page).toHaveURL(/\/en\/search\/\?q=ceasefire$/);
  await context.close();
});
