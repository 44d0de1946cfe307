import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/site/security.ts';

/** Writes dist/_headers: the security headers for hosts that read that file (Netlify, Cloudflare Pages). */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile());
        logger.info('Wrote _headers');
      },
    },
  };
}
