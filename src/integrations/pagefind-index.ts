import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Builds the search index over the finished site, once, at the end of `astro build`.
 * Pagefind's Node API reports problems in `errors` instead of throwing: any of them fails the build.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          failOn('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          failOn('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing?');
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          failOn('writeFiles', written.errors);
          logger.info(`Indexed ${added.page_count} page(s) into ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
