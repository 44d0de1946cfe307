/** Where the site is published, and whether this build is only for looking at it locally. */

/** The address `npm start` serves the built site at. */
export const localSiteUrl = 'http://127.0.0.1:4321/';

export interface SiteAddress {
  /** The address absolute URLs are made from (canonical links, previews, sitemap, robots.txt, citations). */
  url: string;
  /** No SITE_URL was given: a local build, whose absolute URLs point to this machine. Not for deployment. */
  local: boolean;
}

/** Reads SITE_URL; refuses one that is not an absolute http(s) address, since every absolute URL would be wrong. */
export function siteAddress(value = process.env.SITE_URL): SiteAddress {
  if (!value) return { url: localSiteUrl, local: true };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL="${value}" is not an absolute address: set it to where the site is published, e.g. SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL="${value}" must start with https:// (or http://): set it to where the site is published`);
  }
  return { url: url.href, local: false };
}

/** Where readers report an error to the editors (the method page says so): an e-mail address, or an https:// page such as a form. */
export interface SiteContact {
  href: string;
  /** What the link shows: the address, or the page's host and path. */
  label: string;
}

/**
 * Reads SITE_CONTACT (e.g. SITE_CONTACT=corrections@example.org, or SITE_CONTACT=https://example.org/report):
 * undefined when unset; refuses anything else than an e-mail address or an https:// page, since readers would
 * write to nowhere.
 */
export function siteContact(value = process.env.SITE_CONTACT): SiteContact | undefined {
  if (!value) return undefined;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(value)) return { href: `mailto:${value}`, label: value };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_CONTACT="${value}" is neither an e-mail address nor an absolute https:// address: set it to where readers report errors`);
  }
  if (url.protocol !== 'https:') throw new Error(`SITE_CONTACT="${value}" must be an e-mail address or start with https://`);
  return { href: url.href, label: `${url.host}${url.pathname === '/' ? '' : url.pathname}` };
}

/** Whether the site being built (Astro's `site`) is a local build. */
export function isLocalBuild(site: URL | undefined): boolean {
  return !site || site.href === localSiteUrl;
}

/** What a local build says, loudly, in the build output and in dist/LOCAL-BUILD.txt. */
export const localBuildWarning = [
  'LOCAL BUILD — SITE_URL is not set.',
  `Canonical links, link previews, the sitemap, robots.txt, permalinks and citations point to ${localSiteUrl}`,
  'and every page is marked noindex. Fine for `npm start`; never deploy this dist/.',
  'To publish: SITE_URL=https://your.domain npm run build (README, "Deploying").',
];
