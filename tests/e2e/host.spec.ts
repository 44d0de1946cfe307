import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { immutableCaching, revalidateCaching } from '../../src/lib/site/caching.ts';
import { shortLinkRedirects } from '../../src/lib/site/redirects.ts';
import { isShortLink, routes } from '../../src/lib/site/routes.ts';
import { securityHeaders } from '../../src/lib/site/security.ts';
import { htmlFiles, urlPathOf } from './dist.ts';
import { startHostRuntime, type HostRuntime } from './host-runtime.ts';

/*
 * What a reader gets from a real host: dist/ served by Cloudflare Pages' runtime (wrangler pages dev,
 * started once for this file), checked with plain HTTP requests. It stands in for a deployment: the host's
 * own parser reads _redirects and _headers, answers short links, applies headers and serves 404.html.
 */

test.describe.configure({ mode: 'default', timeout: 90_000 });

let host: HostRuntime;
test.beforeAll(async () => {
  // Starting the runtime takes 3–10 s on a quiet machine, a minute on a crowded one.
  test.setTimeout(150_000);
  host = await startHostRuntime('dist');
});
test.afterAll(async () => {
  await host?.stop();
});

const redirects = shortLinkRedirects(buildEdition());
const pages = htmlFiles()
  .map(urlPathOf)
  .filter((path) => path !== routes.notFound() && !isShortLink(path));

/** Runs `each` over `items`, a few at a time (the runtime answers one request at a time per connection). */
async function inBatches<T>(items: readonly T[], each: (item: T) => Promise<void>, size = 8): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(each));
}

test('the host reads every rule of _redirects and _headers: none is refused', () => {
  const output = host.output();
  expect(output).toContain(`Parsed ${redirects.length} valid redirect rules`);
  expect(output).toMatch(/Parsed \d+ valid header rules/);
  expect(output).not.toMatch(/invalid (redirect|header) rule/i);
});

test('every short link answers a permanent redirect to its component page', async () => {
  await inBatches(redirects, async ({ from, to }) => {
    const response = await fetch(host.origin + from, { method: 'HEAD', redirect: 'manual' });
    expect(response.status, from).toBe(301);
    expect(response.headers.get('location'), from).toBe(to);
  });
});

test('every page is served with the security policy and the other headers, and asks again for a new edition', async () => {
  expect(pages.length).toBeGreaterThan(50);
  await inBatches(pages, async (path) => {
    const response = await fetch(host.origin + path, { method: 'HEAD', redirect: 'manual' });
    expect(response.status, path).toBe(200);
    for (const [name, value] of Object.entries(securityHeaders)) expect(response.headers.get(name), `${path}: ${name}`).toBe(value);
    expect(response.headers.get('cache-control'), path).toBe(revalidateCaching);
  });
});

test('files named by a hash of their content are kept a year; files that keep their name are asked for again', async () => {
  const pagefind = (folder: string) => readdirSync(`dist/pagefind/${folder}`).map((name) => `/pagefind/${folder}/${name}`);
  const hashed = [
    ...readdirSync('dist/_astro').map((name) => `/_astro/${name}`),
    ...['fragment', 'index', 'filter'].map((folder) => pagefind(folder)[0]!),
    ...readdirSync('dist/pagefind').filter((name) => name.endsWith('.pf_meta')).map((name) => `/pagefind/${name}`),
  ];
  // The edition ships no font file (README, Fonts): its hashed files are stylesheets, scripts and Pagefind's.
  expect(hashed.filter((path) => path.endsWith('.css')).length, 'stylesheets are among them').toBeGreaterThan(0);
  const named = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.fr.pagefind', '/pagefind/lexicon/fr.json', '/favicon.svg', '/comparison.csv'];
  await inBatches([...hashed, ...named], async (path) => {
    const response = await fetch(host.origin + path, { method: 'HEAD' });
    expect(response.status, path).toBe(200);
    expect(response.headers.get('cache-control'), path).toBe(hashed.includes(path) ? immutableCaching : revalidateCaching);
  });
});

test('an unknown address gets the edition’s 404 page, with status 404', async () => {
  const notFound = readFileSync('dist/404.html', 'utf8');
  for (const path of ['/en/no-such-page/', '/fr/composantes/force-multinationale/', '/uk/tekst/extra/', '/nope', '/6/']) {
    const response = await fetch(host.origin + path, { redirect: 'manual' });
    expect(response.status, path).toBe(404);
    expect(await response.text(), path).toBe(notFound);
    expect(response.headers.get('content-security-policy'), path).toBe(securityHeaders['Content-Security-Policy']);
  }
});
