import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withPageHashesOnly } from '../lib/site/csp-hashes.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * Narrows each page's policy to the hashes of what the page holds inline (src/lib/site/csp-hashes.ts).
 * First of the integrations that read the pages: the offline copies and the search index see the
 * pages as published.
 */
export default function cspHashes(): AstroIntegration {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let narrowed = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const page = withPageHashesOnly(html);
          if (page === html) continue;
          writeFileSync(file, page);
          narrowed += 1;
        }
        logger.info(`${narrowed} pages' policies narrowed to the hashes of what each holds inline`);
      },
    },
  };
}
