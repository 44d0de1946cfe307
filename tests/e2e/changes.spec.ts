import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isShortLink } from '../../src/lib/site/routes.ts';
import { htmlFiles, urlPathOf } from './dist.ts';

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
  // Following the note's own link opens it where it stands (it is printed once, after its sentence).
  await page.goto('/en/text/#note-special-commission');
  // One link per change that touches the note (newest first): the one to this entry is there.
  const link = page.locator(`#note-special-commission .note-entry__change a[href="/en/changes/#change-${clarified.id}"]`);
  await expect(link).toHaveCount(1);
  await link.click();
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
        lang: xml.documentElement.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
        titles: [...xml.querySelectorAll('entry > title')].map((title) => title.textContent ?? ''),
        times: [...xml.querySelectorAll('entry > updated')].map((time) => time.textContent ?? ''),
      };
    }, `/${lang}/changes.xml`);
    expect(feed.error, lang).toBeNull();
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.links).toEqual(newestFirst.map(({ id }) => `${path}#change-${id}`));
    expect(feed.updated).toContain(newestFirst[0]!.date);
    // Each entry says what changed, and when, in the feed's language: no two titles or times alike, newest first.
    expect(feed.lang).toBe(lang);
    expect(new Set(feed.titles).size, `${lang}: ${feed.titles.join(' | ')}`).toBe(newestFirst.length);
    expect(new Set(feed.times).size).toBe(newestFirst.length);
    expect([...feed.times].sort().reverse()).toEqual(feed.times);
    feed.times.forEach((time, index) => expect(time.slice(0, 10)).toBe(newestFirst[index]!.date));
  }
  await page.goto('/en/changes/');
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/en/changes.xml');
});

test('every page advertises its language’s feed; the language choice and the 404 page, every language’s', () => {
  for (const file of htmlFiles()) {
    const path = urlPathOf(file);
    if (isShortLink(path)) continue;
    const feeds = [...readFileSync(file, 'utf8').matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/g)].map((match) => match[1]);
    const own = Object.keys(pages).find((lang) => path.startsWith(`/${lang}/`));
    expect(feeds, path).toEqual(own ? [`/${own}/changes.xml`] : Object.keys(pages).map((lang) => `/${lang}/changes.xml`));
  }
});
