import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const changelog = parse(readFileSync('content/changelog.yml', 'utf8')) as Array<{ id: string; date: string; touches: string[] }>;
const newestFirst = [...changelog].sort((a, b) => b.date.localeCompare(a.date));
const pages = { fr: '/fr/modifications/', en: '/en/changes/', uk: '/uk/zminy/' } as const;

test('each language has its page of corrections and changes, newest first, each entry at its anchor', async ({ page }) => {
  for (const [lang, path] of Object.entries(pages)) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    expect(await page.locator('.change').evaluateAll((entries) => entries.map((entry) => entry.id))).toEqual(newestFirst.map(({ id }) => `change-${id}`));
    const first = newestFirst[0]!;
    await page.goto(`${path}#change-${first.id}`);
    await expect(page.locator(`#change-${first.id}`)).toBeInViewport();
    await expect(page.locator(`#change-${first.id} time`)).toHaveAttribute('datetime', first.date);
  }
});

test('every page says how up to date the edition is, and leads to the record of changes', async ({ page }) => {
  await page.goto('/uk/');
  const footer = page.locator('.site-footer');
  await expect(footer.locator('time')).toHaveAttribute('datetime', newestFirst[0]!.date);
  await expect(footer).toContainText('Останні зміни у виданні:');
  await footer.getByRole('link', { name: 'Виправлення та зміни' }).click();
  await expect(page).toHaveURL(/\/uk\/zminy\/$/);
});

test('a note that was clarified or corrected says so under it, with a link to the entry', async ({ page }) => {
  const clarified = changelog.find((change) => change.touches.includes('special-commission'))!;
  await page.goto('/en/text/');
  const link = page.locator('#note-special-commission .note-entry__change a');
  await expect(link.first()).toHaveAttribute('href', `/en/changes/#change-${clarified.id}`);
  await link.first().click();
  await expect(page.locator(`#change-${clarified.id}`)).toBeInViewport();
});

test('the Atom feeds are well-formed and list every change, linked to its entry', async ({ page }) => {
  await page.goto('/fr/');
  for (const [lang, path] of Object.entries(pages)) {
    const feed = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
      return {
        type: response.headers.get('content-type'),
        error: xml.querySelector('parsererror')?.textContent ?? null,
        root: xml.documentElement.namespaceURI,
        links: [...xml.querySelectorAll('entry > link')].map((link) => new URL(link.getAttribute('href')!).pathname + new URL(link.getAttribute('href')!).hash),
        updated: xml.querySelector('feed > updated')?.textContent,
      };
    }, `/${lang}/changes.xml`);
    expect(feed.error, lang).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.links).toEqual(newestFirst.map(({ id }) => `${path}#change-${id}`));
    expect(feed.updated).toContain(newestFirst[0]!.date);
  }
  await page.goto('/en/changes/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/en/changes.xml');
});
