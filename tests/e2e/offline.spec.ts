import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorkers } from '../../src/integrations/service-workers.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { languagePaths, sampleQuery, type Lang } from './helpers.ts';
import { startStaticHost, type StaticHost } from './static-host.ts';

/*
 * Offline reading, as a reader in a power or network cut meets it: one visit to one page online, then no
 * network at all (the context offline, and the host cutting every connection), and the language's pages
 * and search still work. One context per language; each host on a port of its own, beside the suite's.
 */

const basePort = Number(process.env.E2E_PORT ?? 4322) + 3;

/** The pages a language's worker keeps, as listed in the worker the build wrote. */
function keptPages(dir: string, lang: Lang): string[] {
  const worker = readFileSync(join(dir, routes.serviceWorker(lang)), 'utf8');
  return [...worker.matchAll(/"url":"([^"]+\/)"/g)].map((match) => match[1]!);
}

async function visitOnline(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  // The footer says so once every file of the language is kept (the worker is active).
  await expect(page.locator('.offline-status')).toBeVisible({ timeout: 60_000 });
  return page;
}

async function goOffline(context: BrowserContext, host: StaticHost): Promise<void> {
  await context.setOffline(true);
  host.cutOff(true);
}

/** Reloads the article view, opens a component from it, searches: all offline. Returns nothing it could not do. */
async function readAndSearchOffline(page: Page, lang: Lang, dir: string): Promise<void> {
  const paths = languagePaths[lang];
  await page.goto(paths.text);
  await page.reload();
  await expect(page.locator('#multinational-force')).toBeVisible();
  await page.locator(`a[href="${paths.component('multinational-force')}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${paths.component('multinational-force')}$`));
  await expect(page.locator('h1')).toBeVisible();

  await page.goto(`${paths.search}?q=${encodeURIComponent(sampleQuery[lang])}`);
  const first = page.locator('.search-result__title').first();
  // Pagefind's engine compiles its WebAssembly first: seconds on a crowded machine.
  await expect(first).toHaveAttribute('href', new RegExp(`^/${lang}/.*\\?highlight=`), { timeout: 20_000 });
  // The result's page, whatever its query (?highlight=…), with the words marked.
  await first.click();
  await expect(page.locator('mark.search-hit')).not.toHaveCount(0);

  // Every other page of the language answers too (sources, parallel, notes, the context pages …).
  const pages = keptPages(dir, lang);
  expect(pages.length).toBeGreaterThan(15);
  const statuses = await page.evaluate((urls) => Promise.all(urls.map(async (url) => `${url} ${(await fetch(url)).status}`)), pages);
  expect(statuses).toEqual(pages.map((url) => `${url} 200`));
}

for (const [index, { lang, first }] of [
  { lang: 'fr', first: '/fr/' },
  { lang: 'uk', first: '/uk/skladovi/armed-forces-support/' },
].entries()) {
  test(`${lang}: after one visit to one page, the language’s pages and its search work offline`, async ({ browser }) => {
    test.setTimeout(120_000);
    const host = await startStaticHost('dist', basePort + index);
    const context = await browser.newContext({ baseURL: host.origin, serviceWorkers: 'allow' });
    const foreign: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(host.origin)) foreign.push(request.url());
    });
    try {
      await visitOnline(context, first);
      await goOffline(context, host);
      await readAndSearchOffline(context.pages()[0]!, lang as Lang, 'dist');
      expect(foreign).toEqual([]);
    } finally {
      await context.close();
      await host.close();
    }
  });
}

test('en: offline too; and after a new build, the new edition is served once online', async ({ browser }) => {
  test.setTimeout(150_000);
  // A copy of the site, to be built anew: the worker of a new edition.
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  cpSync('dist', dir, { recursive: true });
  const host = await startStaticHost(dir, basePort + 2);
  const context = await browser.newContext({ baseURL: host.origin, serviceWorkers: 'allow' });
  try {
    const page = await visitOnline(context, '/en/sources/');
    await goOffline(context, host);
    await readAndSearchOffline(page, 'en', dir);

    // A new edition: its text page changes (here, a word and the version it says), and the build writes new workers.
    const textFile = join(dir, 'en', 'text', 'index.html');
    writeFileSync(textFile, readFileSync(textFile, 'utf8').replace('<h1', '<h1 data-edition="next"'));
    await writeServiceWorkers(dir);

    await context.setOffline(false);
    host.cutOff(false);
    // The browser finds the new worker on a visit and installs it; a page opened after that is the new edition.
    await expect
      .poll(
        async () => {
          await page.goto('/en/text/');
          return page.locator('h1[data-edition="next"]').count();
        },
        { timeout: 60_000, intervals: [500, 1000, 2000] },
      )
      .toBe(1);
    // And kept for offline reading.
    await goOffline(context, host);
    await page.reload();
    await expect(page.locator('h1[data-edition="next"]')).toHaveCount(1);
  } finally {
    await context.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
