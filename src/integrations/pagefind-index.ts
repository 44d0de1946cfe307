import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getEdition } from '../lib/content/edition.ts';
import { siteRecords, writeSearchIndex } from '../lib/search/index-files.ts';

/** Builds the search index over the finished site, once, at the end of `astro build`. */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const records = siteRecords(site);
        await writeSearchIndex(site, records, getEdition().searchAliases);
        const languages = [...new Set(records.map((record) => record.lang))];
        logger.info(`Indexed ${records.length} passages (${languages.join(', ')}) into ${join(site, 'pagefind')}`);
      },
    },
  };
}
