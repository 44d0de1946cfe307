import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildEdition } from '../lib/content/edition.ts';
import { redirectsFile, shortLinkRedirects } from '../lib/site/redirects.ts';
import { headersFile } from '../lib/site/security.ts';

/**
 * Writes the files static hosts read beside the site (Netlify, Cloudflare Pages): dist/_headers, the
 * security headers, and dist/_redirects, a real 301 for each short link.
 */
export default function staticHostFiles(): AstroIntegration {
  return {
    name: 'static-host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(shortLinkRedirects(buildEdition())));
        logger.info('Wrote _headers and _redirects');
      },
    },
  };
}
