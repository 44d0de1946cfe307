import { expect, test } from '@playwright/test';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages, type Lang } from '../../src/lib/model.ts';
import { routes } from '../../src/lib/site/routes.ts';

/* Words in another language than the page must say so (lang), or a screen reader reads an English quote
   with French sounds. Found two ways: known quotes, and words no text of the page's language uses. */

const edition = buildEdition();

const pagesOf = (lang: Lang) => [
  routes.home(lang),
  routes.fullText(lang),
  routes.sources(lang),
  routes.parallel(lang),
  ...edition.componentKeys.map((key) => routes.component(lang, key)),
];

/** Passages quoted in notes, and the language each is written in. */
const knownPassages: Array<{ page: Lang; words: string; lang: string }> = [
  { page: 'fr', words: 'Paris Declaration: Robust Security Guarantees for a Solid and Lasting Peace in Ukraine', lang: 'en' },
  { page: 'fr', words: 'a proposed US-led … mechanism', lang: 'en' },
  { page: 'fr', words: 'politically and legally binding', lang: 'en' },
  { page: 'fr', words: 'Coalition of the Willing', lang: 'en' },
  { page: 'fr', words: 'Надійні гарантії безпеки для міцного й тривалого миру в Україні', lang: 'uk' },
  { page: 'en', words: 'garanties de sécurité robustes pour une paix solide et durable', lang: 'fr' },
  { page: 'en', words: 'Надійні гарантії безпеки для міцного й тривалого миру в Україні', lang: 'uk' },
];

/** Small words each language uses constantly and the others (nearly) never: two of them in one run of text give it away. */
const giveaways: Partial<Record<string, string[]>> = {
  en: ['the', 'and', 'of', 'for', 'with', 'by', 'is', 'to', 'from'],
  fr: ['les', 'des', 'du', 'est', 'pour', 'une', 'dans', 'avec', 'qui', 'sur'],
};

test('known quotes in another language carry their language wherever they appear', async ({ page }) => {
  for (const { page: pageLang, words, lang } of knownPassages) {
    await page.goto(routes.fullText(pageLang));
    const contexts = await page.evaluate((words) => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent!.replace(/\s+/g, ' ').includes(words)) found.push(node.parentElement!.closest('[lang]')!.getAttribute('lang')!);
      }
      return found;
    }, words);
    expect(contexts.length, `${words} on ${routes.fullText(pageLang)}`).toBeGreaterThan(0);
    expect(new Set(contexts), `${words} on ${routes.fullText(pageLang)}`).toEqual(new Set([lang]));
  }
});

for (const lang of languages) {
  test(`no ${lang} page has words of another language or script that do not say their language`, async ({ page }) => {
    const problems: string[] = [];
    for (const path of pagesOf(lang)) {
      await page.goto(path);
      problems.push(
        ...(await page.evaluate((giveaways) => {
          const found: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
            acceptNode: (node) => (node.parentElement!.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
          });
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent!;
            const context = node.parentElement!.closest('[lang]')!.getAttribute('lang')!.split('-')[0]!;
            if (/\p{Script=Cyrillic}/u.test(text) && !['uk', 'ru', 'be'].includes(context)) found.push(`${location.pathname}: Cyrillic in "${context}": ${text.trim().slice(0, 80)}`);
            // Words only: an address or an id (coalition-of-the-willing) is no language.
            const words = new Set(text.toLowerCase().split(/\s+/).map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((word) => /^\p{L}+$/u.test(word)));
            for (const [other, small] of Object.entries(giveaways)) {
              if (other === context) continue;
              const hits = small!.filter((word) => words.has(word));
              if (hits.length >= 2) found.push(`${location.pathname}: ${other} words (${hits.join(', ')}) in "${context}": ${text.trim().slice(0, 80)}`);
            }
          }
          return found;
        }, giveaways)),
      );
    }
    expect(problems).toEqual([]);
  });
}
