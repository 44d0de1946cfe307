import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/* The fast subset of the relevance set (tests/search/queries.yml, `e2e: true`); `npm run bench` runs all of it. */
const set = parse(readFileSync('tests/search/queries.yml', 'utf8')) as Record<string, Array<{ q: string; expect: string | string[]; e2e?: boolean }>>;
const searchPaths: Record<string, string> = { fr: '/fr/recherche/', en: '/en/search/', uk: '/uk/poshuk/' };

for (const [lang, queries] of Object.entries(set)) {
  test(`relevance (${lang}): the passage a reader expects comes first`, async ({ page }) => {
    await page.goto(searchPaths[lang]!);
    for (const query of queries.filter((entry) => entry.e2e)) {
      await page.getByRole('searchbox').fill(query.q);
      await expect(page.locator('.search-page')).toHaveAttribute('data-query', query.q);
      const href = (await page.locator('.search-result__title').first().getAttribute('href')) ?? '';
      // A query may expect several passages, each an answer (queries.yml): the first result is one of them.
      expect([query.expect].flat(), query.q).toContain(href.replace(/\?[^#]*/, ''));
    }
  });
}
