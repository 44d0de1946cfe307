import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildEdition } from '../lib/content/edition.ts';
import { languages } from '../lib/model.ts';
import { routes } from '../lib/site/routes.ts';
import { textSelectors } from '../lib/sharing/text-selectors.ts';
import { annotationCollection } from '../lib/sharing/web-annotations.ts';

/**
 * Writes /<lang>/annotations.jsonld, the notes as W3C Web Annotations, once the full texts are built:
 * where the annotated words stand (their quote and position) is read from the page as built, the
 * notes themselves come from the model.
 */
export default function webAnnotations(options: { site: string }): AstroIntegration {
  return {
    name: 'web-annotations',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const edition = buildEdition();
        for (const lang of languages) {
          const page = readFileSync(fileURLToPath(new URL(`.${routes.fullText(lang)}index.html`, dir)), 'utf8');
          const selectors = textSelectors(page, edition.texts[lang].notes.map((note) => `anchor-${note.id}`));
          const collection = annotationCollection(edition, lang, new URL(options.site), selectors);
          writeFileSync(fileURLToPath(new URL(`.${routes.annotations(lang)}`, dir)), JSON.stringify(collection));
        }
        logger.info(`Wrote ${languages.map((lang) => routes.annotations(lang)).join(', ')}`);
      },
    },
  };
}
