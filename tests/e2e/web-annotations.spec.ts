import { build } from 'esbuild';
import { expect, test } from '@playwright/test';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages } from '../../src/lib/model.ts';
import { routes } from '../../src/lib/site/routes.ts';

/* An annotation tool must find each note's words in the page: every selector of every annotation is
   re-anchored in Chromium by Apache Annotator (the kept library annotation tools build on), in the page as
   served (its own script kept out, as it may update citation dates), and must land on the note's words,
   in every language. */

const edition = buildEdition();

/** Apache Annotator's DOM matchers, bundled for the page. */
const annotator = build({
  stdin: {
    contents: "export { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } from '@apache-annotator/dom';",
    resolveDir: process.cwd(),
  },
  bundle: true,
  format: 'iife',
  globalName: 'annotator',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
}).then((result) => result.outputFiles[0]!.text);

interface Selector {
  type: string;
  value?: string;
  conformsTo?: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  id: string;
  type: string;
  motivation: string;
  body: Array<{ type: string; id?: string; purpose?: string; value?: string; language?: string; source?: { id: string; language: string } }>;
  target: { type: string; source: string; selector: Selector[] };
}

for (const lang of languages) {
  test(`every ${lang} note of /annotations.jsonld re-anchors on its words by fragment, quote and position`, async ({ page, request, baseURL }) => {
    // Apache Annotator reads the whole page for each quote: ~0.7 s a note on a loaded machine.
    test.setTimeout(90_000);
    const response = await request.get(routes.annotations(lang));
    expect(response.status()).toBe(200);
    const collection = (await response.json()) as { '@context': string; type: string; total: number; first: { type: string; items: Annotation[] } };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.type).toBe('AnnotationPage');
    const notes = edition.texts[lang].notes;
    expect(collection.total).toBe(notes.length);
    expect(collection.first.items.map((item) => item.id.split('#')[1])).toEqual(notes.map((note) => note.id));

    for (const [index, annotation] of collection.first.items.entries()) {
      const note = notes[index]!;
      expect(annotation.type).toBe('Annotation');
      const [text, kind, ...sources] = annotation.body;
      expect(text).toMatchObject({ type: 'TextualBody', value: note.text, language: lang });
      expect(new URL(text!.id!).pathname + new URL(text!.id!).hash).toBe(routes.note(lang, note.id));
      expect(kind).toMatchObject({ type: 'TextualBody', purpose: 'classifying', value: note.kind });
      expect(sources.map((source) => source.source!.id)).toEqual(note.sources.map((id) => edition.sources.find((source) => source.id === id)!.url));
      expect(new URL(annotation.target.source).pathname).toBe(routes.fullText(lang));
      expect(annotation.target.selector.map((selector) => selector.type)).toEqual(['FragmentSelector', 'TextQuoteSelector', 'TextPositionSelector']);
    }

    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(new URL(routes.fullText(lang), baseURL).href);
    await page.evaluate(await annotator);
    const landings = await page.evaluate(async (items) => {
      const { createTextQuoteSelectorMatcher, createTextPositionSelectorMatcher } = (window as unknown as { annotator: typeof import('@apache-annotator/dom') }).annotator;
      const results = [];
      for (const item of items) {
        const [fragment, quote, position] = item.target.selector;
        const element = document.getElementById(fragment!.value!);
        const ranges: Range[] = [];
        for await (const range of createTextQuoteSelectorMatcher(quote as never)(document.body)) ranges.push(range);
        const byPosition: Range[] = [];
        for await (const range of createTextPositionSelectorMatcher(position as never)(document.body)) byPosition.push(range);
        const inside = (range: Range | undefined) => !!range && !!element && element.contains(range.startContainer) && element.contains(range.endContainer);
        // Where the element's words start in the body's text, counted in the browser.
        let offset = 0;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node && !element?.contains(node); node = walker.nextNode()) offset += node.textContent!.length;
        results.push({
          id: item.id,
          fragment: element?.textContent ?? null,
          quoteMatches: ranges.length,
          quote: ranges[0]?.toString() ?? null,
          quoteInside: inside(ranges[0]),
          position: byPosition[0]?.toString() ?? null,
          positionAt: [position!.start, position!.end],
          elementAt: [offset, offset + (element?.textContent?.length ?? 0)],
        });
      }
      return results;
    }, collection.first.items);

    for (const [index, landing] of landings.entries()) {
      const words = notes[index]!.anchorText;
      expect(landing, landing.id).toEqual({
        id: landing.id,
        fragment: words,
        quoteMatches: 1,
        quote: words,
        quoteInside: true,
        position: words,
        positionAt: landing.elementAt,
        elementAt: landing.elementAt,
      });
    }
  });
}
