import { expect, test } from '@playwright/test';

test('landing on “cessez-le-feu” marks « cessez-le-feu » only, never « le » or « leur »; counts, steps through and clears the marks', async ({ page }) => {
  await page.goto('/fr/recherche/?q=cessez-le-feu');
  const first = page.locator('.search-result__title').first();
  await expect(first).toHaveAttribute('href', '/fr/texte/?highlight=cessez-le-feu#ceasefire-monitoring');
  await first.click();
  const marks = page.locator('mark.search-hit');
  await expect(marks).toHaveText(['cessez-le-feu', 'cessez-le-feu']);
  expect(await page.locator('#ceasefire-monitoring').textContent()).toMatch(/\ble\b/);
  const toolbar = page.getByRole('region', { name: 'Mots recherchés' });
  await expect(toolbar).toContainText('Surligné 2 fois : « cessez-le-feu ».');
  await toolbar.getByRole('button', { name: 'Suivant' }).click();
  await expect(toolbar).toContainText('1 sur 2');
  await expect(marks.nth(0)).toHaveClass(/search-hit--current/);
  await toolbar.getByRole('button', { name: 'Suivant' }).click();
  await expect(toolbar).toContainText('2 sur 2');
  await toolbar.getByRole('button', { name: 'Précédent' }).click();
  await expect(toolbar).toContainText('1 sur 2');
  await toolbar.getByRole('button', { name: 'Retirer le surlignage' }).click();
  await expect(marks).toHaveCount(0);
  await expect(toolbar).toHaveCount(0);
  await expect(page).toHaveURL('/fr/texte/#ceasefire-monitoring');
});

test('a phrase is marked as one phrase, in the passage linked to', async ({ page }) => {
  await page.goto('/en/text/?highlight=Special%20Commission#note-special-commission');
  await expect(page.locator('mark.search-hit')).toHaveText(['Special Commission']);
  await expect(page.getByRole('region', { name: 'Searched words' })).toContainText('Marked once: “Special Commission”.');
});

test('an old link with the query as typed still marks its words, never stop words alone', async ({ page }) => {
  await page.goto('/fr/texte/?highlight=v%C3%A9rification%20de%20la%20tr%C3%AAve#ceasefire-monitoring');
  await expect(page.locator('#ceasefire-monitoring mark.search-hit').first()).toBeVisible();
  const marked = await page.locator('#ceasefire-monitoring mark.search-hit').allTextContents();
  expect([...new Set(marked)].sort()).toEqual(['trêve', 'vérification']);
});

test('the URL cannot make the page display its own text: only words found on the page are shown', async ({ page }) => {
  await page.goto('/fr/texte/?highlight=Votre%20mot%20de%20passe%20a%20expir%C3%A9&highlight=cessez-le-feu#ceasefire-monitoring');
  await expect(page.getByRole('region', { name: 'Mots recherchés' })).toContainText('cessez-le-feu');
  await expect(page.locator('body')).not.toContainText('mot de passe');
  await page.goto('/fr/texte/?highlight=Votre%20mot%20de%20passe%20a%20expir%C3%A9#ceasefire-monitoring');
  await expect(page.getByRole('region', { name: 'Mots recherchés' })).toHaveCount(0);
});

test('a malformed fragment or highlight throws nothing, and the page keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // A component page runs the same script as the full text, at a fraction of its weight.
  const component = '/fr/composantes/multinational-force/';
  for (const url of [`${component}#%`, `${component}#%E0%A4%A`, `${component}?highlight=%E0%A4%A#%`, `${component}?highlight=%#%E0%A4%A`, '/fr/sources/?highlight=%25%25#%']) {
    await page.goto(url);
    await page.waitForLoadState('load');
    if (url.startsWith(component)) await expect(page.locator('.component--page > .share > .share__summary'), url).toBeVisible();
    expect(errors, url).toEqual([]);
  }
});

test('a source result lands on the sources page with its words marked', async ({ page }) => {
  await page.goto('/fr/recherche/?q=Ukrinform&kind=source');
  await page.locator('.search-result__title').first().click();
  await expect(page).toHaveURL(/\/fr\/sources\/\?highlight=Ukrinform#source-ukrinform/);
  await expect(page.locator('mark.search-hit').first()).toHaveText('Ukrinform');
});

test('a landing on a context page is marked too, and the language switch keeps the place; without ?highlight= no marking code is fetched', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/en/participants/');
  const plain = scripts.length;
  await page.goto('/en/participants/?highlight=Macron#party-fr');
  await expect(page.locator('#party-fr mark.search-hit').first()).toHaveText('Macron');
  await expect(page.getByRole('region', { name: 'Searched words' })).toContainText('“Macron”');
  expect(scripts.length - plain).toBeGreaterThan(1);
  await page.locator('a.language-switch[hreflang="uk"]').click();
  await expect(page).toHaveURL(/\/uk\/uchasnyky\/#party-fr$/);
});
