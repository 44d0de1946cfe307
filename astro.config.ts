import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentReload from './src/integrations/content-reload.ts';
import cspHashes from './src/integrations/csp-hashes.ts';
import localBuild from './src/integrations/local-build.ts';
import pageBudgets from './src/integrations/page-budgets.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import publishedUrls from './src/integrations/published-urls.ts';
import serviceWorkers from './src/integrations/service-workers.ts';
import { siteAddress } from './src/lib/site/deployment.ts';
import staticHostFiles from './src/integrations/static-host-files.ts';
import webAnnotations from './src/integrations/web-annotations.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/site/security.ts';
import { buildEdition } from './src/lib/content/edition.ts';
import type { Edition } from './src/lib/model.ts';
import { inSitemap, lastModified, sitemapAlternates } from './src/lib/site/sitemap.ts';

// The address the site is published at (SITE_URL); absolute URLs (canonical, previews, sitemap,
// citations) are made from it. Without it, a local build for `npm start`: said loudly, marked noindex.
const site = siteAddress().url;

/** The edition, read once, when the sitemap first needs its change dates. */
let edition: Edition | undefined;


export default defineConfig({
  site,
  trailingSlash: 'always',
  // Stylesheets stay files: the policy allows styles from 'self', not inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: cspDirectives,
      scriptDirective: { resources: scriptSources },
      styleDirective: { resources: styleSources },
    },
  },
  // Keep text nodes as written: the default 'jsx' mode can glue words to inline elements,
  // which would change both what readers see and what Pagefind indexes.
  compressHTML: true,
  // Our Markdown goes through our own pipeline; Astro's highlighter (inline styles) is not used.
  markdown: { syntaxHighlight: false },
  // The parts of the script fetched on demand (src/scripts/shell.ts) are bundles of their own, as ES
  // modules: the citation formats stay a part of their own, fetched when a reader opens "Cite".
  // The shell itself stays a file (cached from page to page), never inlined into each page.
  vite: { worker: { format: 'es' }, build: { assetsInlineLimit: 0 } },
  integrations: [
    // First: what the others read and copy (search index, offline copies) is the page as published.
    cspHashes(),
    sitemap({
      // Short links are redirects, search pages hold no content: the sitemap lists the rest.
      filter: (page) => inSitemap(new URL(page).pathname),
      serialize: (item) => ({ ...item, links: sitemapAlternates(item.url), lastmod: lastModified((edition ??= buildEdition()), new URL(item.url).pathname) }),
    }),
    pagefindIndex(),
    // After the search index: each language's worker keeps its part of it.
    serviceWorkers(),
    staticHostFiles(),
    webAnnotations({ site }),
    contentReload(),
    localBuild(),
    pageBudgets(),
    // Last: it checks what the others wrote too.
    publishedUrls(),
  ],
});
