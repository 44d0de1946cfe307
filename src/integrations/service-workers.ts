import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { injectManifest, type ManifestEntry } from 'workbox-build';
import { cachingFor, immutableCaching } from '../lib/site/caching.ts';
import { languages, type Lang } from '../lib/model.ts';
import { isShortLink, routes } from '../lib/site/routes.ts';

/*
 * Offline reading: one service worker per language (/fr/sw.js, scope /fr/ …), made by Workbox from what
 * the build wrote: Workbox's precaching (src/scripts/service-worker.ts, bundled once) and, put in by
 * workbox-build's injectManifest, the list of the language's files. (generateSW would bundle Workbox
 * again with Rollup and Babel for each language: 12–15 s a build on this machine, against 1.3 s.) Once a reader has opened one page of a language, its worker keeps every page of
 * that language (each index.html under /<lang>/, so a page added later is kept too, short links aside),
 * the styles, script and fonts, and that language's search (Pagefind's engine, its index, fragments and
 * filters, our lexicon), so all of it reads and searches with no connection.
 *
 * Each file is listed with a hash of its content (none for files whose name already carries one): a new
 * edition changes every page (each says its version, the date of the latest change), so the worker's own
 * file changes, the browser installs the new one on the next visit online, and it fetches only the files
 * that changed. The worker answers from its cache first: the new edition shows from the next page on.
 */

export interface PrecacheFigures {
  lang: Lang;
  files: number;
  /** Bytes as stored (uncompressed). */
  bytes: number;
  warnings: string[];
}

/** The Pagefind WebAssembly a language searches with: its own (stemming) where Pagefind has one, else the generic one. */
function pagefindWasm(dir: string, lang: Lang): string {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { wasm: string | null }> };
  return entry.languages[lang]?.wasm ?? 'unknown';
}

/** What a language's worker keeps, as glob patterns over the built site. */
export function precachePatterns(dir: string, lang: Lang): string[] {
  return [
    `${lang}/**/index.html`,
    '_astro/**/*',
    'favicon.svg',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    `pagefind/pagefind.${lang}_*.pf_meta`,
    `pagefind/wasm.${pagefindWasm(dir, lang)}.pagefind`,
    `pagefind/index/${lang}_*`,
    `pagefind/fragment/${lang}_*`,
    `pagefind/filter/${lang}_*`,
    `pagefind/lexicon/${lang}.json`,
    `pagefind/lexicon/${lang}-vocabulary.json`,
    `pagefind/lexicon/${lang}-stop-words.json`,
  ];
}

/** Pages by their address (`/fr/texte/`, not …/index.html); no revision for a file whose name is a hash of its content. */
function asServed(entries: Array<ManifestEntry & { size: number }>) {
  const manifest = entries
    .map((entry) => ({ ...entry, url: `/${entry.url.replace(/(^|\/)index\.html$/, '$1')}` }))
    .filter((entry) => !isShortLink(entry.url))
    .map((entry) => (cachingFor(entry.url) === immutableCaching ? { ...entry, revision: null } : entry));
  return { manifest, warnings: [] };
}

/** The worker's code, once: Workbox's modules bundled (its development logging left out). */
async function workerCode(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('../scripts/service-worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return outputFiles[0]!.text;
}

/** Writes each language's worker into `dir` (the built site); returns what each keeps. */
export async function writeServiceWorkers(dir: string): Promise<PrecacheFigures[]> {
  const code = await workerCode();
  const figures: PrecacheFigures[] = [];
  for (const lang of languages) {
    const swDest = join(dir, routes.serviceWorker(lang));
    writeFileSync(swDest, code);
    const { count, size, warnings } = await injectManifest({
      globDirectory: dir,
      globPatterns: precachePatterns(dir, lang),
      swSrc: swDest,
      swDest,
      manifestTransforms: [asServed],
      // The full text is the largest file (about 0.5 MB); a cap well above it, so none is silently left out.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    });
    figures.push({ lang, files: count, bytes: size, warnings });
  }
  return figures;
}

export default function serviceWorkers(): AstroIntegration {
  return {
    name: 'service-workers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const figures = await writeServiceWorkers(fileURLToPath(dir));
        for (const { lang, files, bytes, warnings } of figures) {
          logger.info(`${routes.serviceWorker(lang)}: ${files} files kept for offline reading (${(bytes / 1024 / 1024).toFixed(2)} MB as stored)`);
          for (const warning of warnings) logger.warn(warning);
        }
      },
    },
  };
}
