import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getEdition } from '../lib/content/edition.ts';
import { brokenPublishedUrls, describeBrokenUrls, idsOf, publishedUrlsFile, readPublishedUrls, repeatedIds, type BuiltFile } from '../lib/site/published-urls.ts';

/** Every HTML page of dist/ (its URL path, e.g. /fr/texte/) with its ids in order, each file read once. */
function builtPages(distDir: string, dir = distDir, pages = new Map<string, string[]>()): Map<string, string[]> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Pagefind's index and the bundled assets hold no page.
    if (entry.isDirectory() && dir === distDir && (entry.name === 'pagefind' || entry.name === '_astro')) continue;
    if (entry.isDirectory()) builtPages(distDir, path, pages);
    else if (entry.name.endsWith('.html')) {
      const url = `/${relative(distDir, path).split(sep).join('/')}`.replace(/index\.html$/, '');
      pages.set(url, idsOf(readFileSync(path, 'utf8')));
    }
  }
  return pages;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * After every build: every URL and anchor of tests/published-urls.txt resolves in dist/, and no page
 * carries an id twice; otherwise the build fails, naming the line of that file and, where the
 * edition can tell, the content file and id that took it away. Reads dist/ once.
 */
export default function publishedUrls(): AstroIntegration {
  return {
    name: 'published-urls',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = builtPages(distDir);
        const idSets = new Map([...pages].map(([url, ids]) => [url, new Set(ids)]));
        const built = (path: string): BuiltFile => {
          const page = idSets.get(path) ?? idSets.get(`${path.replace(/\/?$/, '/')}`);
          if (page) return { ids: page };
          return isFile(join(distDir, path)) ? {} : undefined;
        };
        const published = readPublishedUrls(readFileSync(publishedUrlsFile, 'utf8'));
        const edition = getEdition();
        const repeated = [...pages].flatMap(([url, ids]) =>
          repeatedIds(ids).map((id) => `${url} carries the id "${id}" twice (invalid HTML; links land on the first only): two things on this page share one anchor; give each its own id`),
        );
        const broken = brokenPublishedUrls(published, built, edition);
        if (repeated.length > 0 || broken.length > 0) {
          throw new Error([...repeated, ...(broken.length > 0 ? [describeBrokenUrls(broken)] : [])].join('\n'));
        }
        logger.info(`All ${published.length} published URLs and anchors resolve (${pages.size} pages read, no id repeated)`);
      },
    },
  };
}
