import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import metascraper from 'metascraper';
import metascraperDescription from 'metascraper-description';
import metascraperImage from 'metascraper-image';
import metascraperTitle from 'metascraper-title';
import metascraperUrl from 'metascraper-url';
import ogs from 'open-graph-scraper';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { shortLinkRedirects } from '../../src/lib/site/redirects.ts';

/* Short links are what people paste into chats: whatever reads them (a scraper that does not follow the
   page's refresh, or a host that answers with a 301) must get the component page's own preview. */

const redirects = shortLinkRedirects(buildEdition());
const metascrape = metascraper([metascraperTitle(), metascraperDescription(), metascraperImage(), metascraperUrl()]);

async function previews(html: string, url: string) {
  const { result, error } = await ogs({ html });
  expect(error).toBe(false);
  const open = {
    title: result.ogTitle,
    description: result.ogDescription,
    image: result.ogImage?.[0]?.url,
    imageSize: [result.ogImage?.[0]?.width, result.ogImage?.[0]?.height],
    url: result.ogUrl,
    twitter: [result.twitterCard, result.twitterTitle, result.twitterDescription, result.twitterImage?.[0]?.url],
  };
  return { open, meta: await metascrape({ html, url }) };
}

test('every short link previews exactly like the component page it leads to, with two scrapers', async ({ request, baseURL }) => {
  expect(redirects.length).toBeGreaterThanOrEqual(10);
  for (const { from, to } of redirects) {
    const shortHtml = await (await request.get(from, { maxRedirects: 0 })).text();
    const pageHtml = await (await request.get(to)).text();
    const short = await previews(shortHtml, new URL(from, baseURL).href);
    const page = await previews(pageHtml, new URL(to, baseURL).href);
    expect(short.open, from).toEqual(page.open);
    expect(short.meta, from).toEqual(page.meta);
    expect(short.meta.title, from).toMatch(/\d/);
    expect(short.meta.description?.length, from).toBeGreaterThan(20);
    expect(new URL(short.meta.url!).pathname, from).toBe(to);
    expect(new URL(short.meta.image!).pathname, from).toMatch(/^\/og\/.+\.png$/);
    const canonical = (html: string) => /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
    expect(canonical(shortHtml), from).toBe(canonical(pageHtml));
    expect(shortHtml, from).toContain('<meta name="robots" content="noindex">');
  }
});

test('dist/_redirects answers every short link with a permanent redirect to its component page', () => {
  const rules = readFileSync('dist/_redirects', 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split(/\s+/));
  for (const { from, to } of redirects) {
    // Cloudflare Pages' form (Netlify's forced rules are in netlify.toml; host.spec.ts serves this file with the host's runtime).
    expect(rules, from).toContainEqual([from, to, '301']);
    const fallback = readFileSync(`dist${from}index.html`, 'utf8');
    expect(fallback, from).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
  }
  expect(rules).toHaveLength(redirects.length);
});

test('a short link followed by a fragment keeps it where the host serves the static page instead of redirecting', async ({ page }) => {
  // The suite's server is such a host: it serves /1/ as the static page.
  await page.goto('/1/#note-us-led-monitoring');
  await expect(page).toHaveURL(/\/fr\/composantes\/ceasefire-monitoring\/#note-us-led-monitoring$/);
  await expect(page.locator('#note-us-led-monitoring')).toBeInViewport();
  await page.goto('/uk/4/');
  await expect(page).toHaveURL(/\/uk\/skladovi\/future-attack-commitment\/$/);
});
