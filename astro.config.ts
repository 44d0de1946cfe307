import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import { sitemapAlternates } from './src/lib/sitemap.ts';

// The address the site is published at; absolute URLs (canonical, previews, sitemap) are made
// from it. Defaults to the local server `npm start` runs.
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep text nodes as written: the default 'jsx' mode can glue words to inline elements,
  // which would change both what readers see and what Pagefind indexes.
  compressHTML: true,
  integrations: [
    sitemap({
      filter: (page) => !/\/(?:en\/)?\d\/$/.test(new URL(page).pathname),
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url) }),
    }),
    pagefindIndex(),
  ],
});
