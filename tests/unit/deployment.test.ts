import { describe, expect, it } from 'vitest';
import { isLocalBuild, localSiteUrl, siteAddress } from '../../src/lib/site/deployment.ts';

describe('the address the site is built for', () => {
  it('without SITE_URL, a local build for npm start, said to be one', () => {
    expect(siteAddress(undefined)).toEqual({ url: localSiteUrl, local: true });
    expect(isLocalBuild(new URL(localSiteUrl))).toBe(true);
  });

  it('with SITE_URL, the published address', () => {
    expect(siteAddress('https://edition.example.org')).toEqual({ url: 'https://edition.example.org/', local: false });
    expect(isLocalBuild(new URL('https://edition.example.org/'))).toBe(false);
  });

  it('refuses a SITE_URL that is not an absolute web address', () => {
    expect(() => siteAddress('edition.example.org')).toThrow('SITE_URL="edition.example.org" is not an absolute address');
    expect(() => siteAddress('ftp://edition.example.org')).toThrow('must start with https://');
  });

  it('refuses a SITE_URL with a path, which would break every link, rather than build a site that leads nowhere', () => {
    expect(() => siteAddress('https://example.org/edition')).toThrow(
      'SITE_URL="https://example.org/edition" has a path: the edition is published at the root of an address',
    );
    expect(() => siteAddress('https://example.org/edition/')).toThrow('e.g. SITE_URL=https://edition.example.org');
    expect(siteAddress('https://example.org/').url).toBe('https://example.org/');
  });
});
