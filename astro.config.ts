import { defineConfig } from 'astro/config';
import pagefindIndex from './src/integrations/pagefind-index.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Keep text nodes as written: the default 'jsx' mode can glue words to inline elements,
  // which would change both what readers see and what Pagefind indexes.
  compressHTML: true,
  integrations: [pagefindIndex()],
});
