import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages } from '../../src/lib/model.ts';
import { redirectsFile, shortLinkRedirects } from '../../src/lib/site/redirects.ts';

describe('short-link redirects', () => {
  const redirects = shortLinkRedirects(buildEdition());

  it('send every short link of every language to its component page', () => {
    expect(redirects).toHaveLength(languages.length * 5);
    expect(redirects).toContainEqual({ from: '/3/', to: '/fr/composantes/multinational-force/' });
    expect(redirects).toContainEqual({ from: '/en/3/', to: '/en/components/multinational-force/' });
  });

  it('are written for Netlify (forced over the fallback page) and Cloudflare Pages (plain 301)', () => {
    const file = redirectsFile([{ from: '/1/', to: '/fr/composantes/ceasefire-monitoring/' }]);
    expect(file.split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      '/1/ /fr/composantes/ceasefire-monitoring/ 301!',
      '/1/ /fr/composantes/ceasefire-monitoring/ 301',
    ]);
  });
});
