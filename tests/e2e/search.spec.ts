import { expect, test, type Page } from '@playwright/test';

const searches = [
  { key: 'ceasefire-monitoring', query: 'vérification trêve', marks: ['vérification', 'trêve'] },
  { key: 'armed-forces-support', query: 'stocks de défense', marks: ['stocks'] },
  { key: 'multinational-force', query: 'espace aérien', marks: ['espace', 'aérien'] },
  { key: 'future-attack-commitment', query: 'sanctions supplémentaires', marks: ['sanctions'] },
  { key: 'defence-cooperation', query: 'production conjointe', marks: ['production', 'conjointe'] },
] as const;

async function search(page: Page, query: string) {
  await page.goto(`/fr/recherche/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toContainText('résultat');
  return page.locator('.search-result__title');
}

for (const { key, query, marks } of searches) {
  test(`searching “${query}” returns ${key} first, and its link lands there with the terms marked`, async ({ page }) => {
    const results = await search(page, query);
    await expect(results.first()).toHaveAttribute('href', new RegExp(`^/fr/texte/\\?highlight=[^#]+#${key}$`));
    await results.first().click();
    await expect(page).toHaveURL(new RegExp(`#${key}$`));
    await expect(page.locator(`#${key}`)).toBeInViewport();
    const marked = await page.locator(`#${key} mark.search-hit`).allTextContents();
    for (const word of marks) expect(marked.map((text) => text.toLowerCase())).toContain(word);
  });
}

test('a search without accents finds and marks the accented words', async ({ page }) => {
  const results = await search(page, 'verification');
  await expect(results.first()).toHaveAttribute('href', /#ceasefire-monitoring$/);
  await results.first().click();
  await expect(page.locator('#ceasefire-monitoring mark.search-hit').first()).toHaveText('vérification');
});

test('the search box on a reading page leads to results', async ({ page }) => {
  await page.goto('/fr/composantes/multinational-force/');
  await page.getByRole('searchbox', { name: 'Rechercher dans le texte' }).fill('dissuasion');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/fr\/recherche\/\?q=dissuasion/);
  await expect(page.locator('.search-result__title').first()).toBeVisible();
});

test('results update as the reader types, and the count is announced', async ({ page }) => {
  await page.goto('/fr/recherche/');
  await page.getByRole('searchbox').fill('coordination');
  await expect(page.getByRole('status')).toContainText('« coordination »');
  await expect(page).toHaveURL(/\?q=coordination$/);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/fr/recherche/?q=zzyzzx');
  await expect(page.locator('#search-status')).toHaveText('Aucun résultat pour « zzyzzx ».');
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('reading pages load no search code until the reader searches', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/fr/texte/');
  await page.goto('/fr/composantes/ceasefire-monitoring/');
  expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
});
