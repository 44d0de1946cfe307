import { readFileSync } from 'node:fs';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages } from '../../src/lib/model.ts';
import { netlifyRedirects, redirectsFile, shortLinkRedirects } from '../../src/lib/site/redirects.ts';

describe('short-link redirects', () => {
  const redirects = shortLinkRedirects(buildEdition());

  it('send every short link of every language to its component page', () => {
    expect(redirects).toHaveLength(languages.length * 5);
    expect(redirects).toContainEqual({ from: '/3/', to: '/fr/composantes/multinational-force/' });
    expect(redirects).toContainEqual({ from: '/en/3/', to: '/en/components/multinational-force/' });
  });

  it('are written for Cloudflare Pages as plain 301s, a status its parser accepts', () => {
    const file = redirectsFile([{ from: '/1/', to: '/fr/composantes/ceasefire-monitoring/' }]);
    expect(file.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual(['/1/ /fr/composantes/ceasefire-monitoring/ 301']);
  });

  it('are forced over the fallback pages in netlify.toml, Netlify’s own configuration, one table a short link', () => {
    const config = readFileSync('netlify.toml', 'utf8');
    const tables = config.slice(config.indexOf('[[redirects]]'));
    expect(tables, 'netlify.toml: its [[redirects]] tables must be netlifyRedirects(shortLinkRedirects(edition)), in order').toBe(netlifyRedirects(redirects));
    expect(parse(config).redirects).toHaveLength(redirects.length);
    expect((parse(config).redirects as Array<{ force: boolean; status: number }>).every(({ force, status }) => force && status === 301)).toBe(true);
  });
});
