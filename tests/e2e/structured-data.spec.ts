import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages, originalLanguage } from '../../src/lib/model.ts';
import { routes } from '../../src/lib/site/routes.ts';
import { pageAt } from '../../src/lib/site/sitemap.ts';
import { flattenOffline, schema } from '../unit/jsonld.ts';
import { htmlFiles } from './dist.ts';

/* Every page's JSON-LD, read from dist/ and expanded offline by a JSON-LD processor (jsonld, in safe
   mode: a term it does not know fails), then checked the way a search engine or a catalogue reads it. */

type Node = Record<string, Array<Record<string, unknown>>> & { '@id': string; '@type'?: string[] };

const edition = buildEdition();
const types = (node: Node | undefined) => (node?.['@type'] ?? []).map((type) => type.replace('http://schema.org/', ''));
const values = (node: Node | undefined, term: string) => (node?.[schema(term)] ?? []).map((value) => value['@value'] ?? value['@id']);
const tagged = (node: Node | undefined, term: string) => (node?.[schema(term)] ?? []).map((value) => [value['@language'], value['@value']]);

async function graphOf(file: string) {
  const html = readFileSync(file, 'utf8');
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)];
  expect(scripts, file).toHaveLength(1);
  const flat = (await flattenOffline(JSON.parse(scripts[0]![1]!))) as unknown as Node[];
  const byId = new Map(flat.map((node) => [node['@id'], node]));
  return { html, node: (id: unknown) => byId.get(String(id)), all: flat };
}

test('every page describes the edition, its place in it and what it presents, and the JSON-LD expands without a lost term', async () => {
  const files = htmlFiles();
  expect(files.length).toBeGreaterThan(20);
  for (const file of files) {
    const { html, node, all } = await graphOf(file);
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)![1]!;
    const site = new URL('/', canonical).href;
    const page = node(canonical);
    expect(types(page)[0], file).toMatch(/Page$/);
    expect(values(page, 'url'), file).toEqual([canonical]);
    expect(values(page, 'isPartOf'), file).toEqual([`${site}#edition`]);

    // The edition: one site in every language, its own publisher and editor.
    const editionNode = node(`${site}#edition`);
    expect(types(editionNode), file).toEqual(['WebSite']);
    expect(values(editionNode, 'inLanguage'), file).toEqual([...languages]);
    expect(tagged(editionNode, 'name').map(([lang]) => lang), file).toEqual([...languages]);
    expect(values(editionNode, 'publisher'), file).toEqual([`${site}#publisher`]);
    expect(values(editionNode, 'editor'), file).toEqual([`${site}#publisher`]);
    // Its dates and version come from the record of changes: the version is the date of the latest entry.
    expect(values(editionNode, 'version'), file).toEqual([edition.version]);
    expect(values(editionNode, 'dateModified'), file).toEqual([edition.changes[0]!.date]);
    expect(values(editionNode, 'datePublished'), file).toEqual([edition.changes.at(-1)!.date]);
    const publisher = node(`${site}#publisher`);
    expect(types(publisher), file).toEqual(['Organization']);
    expect(tagged(publisher, 'name'), file).toEqual(tagged(editionNode, 'name'));

    const place = pageAt(new URL(canonical).pathname);
    if (!place) {
      expect(values(page, 'hasPart'), file).toEqual(languages.map((lang) => new URL(routes.home(lang), site).href));
      continue;
    }
    const { lang, kind, key } = place;
    expect(values(page, 'inLanguage'), file).toEqual([lang]);

    // Its place: a breadcrumb from the home page of its language to itself.
    const crumbs = values(node(values(page, 'breadcrumb')[0]), 'itemListElement').map((id) => node(id));
    expect(crumbs.map((crumb) => values(crumb, 'position')[0]), file).toEqual(crumbs.map((_, index) => index + 1));
    expect(values(crumbs[0], 'item'), file).toEqual([new URL(routes.home(lang), site).href]);
    expect(values(crumbs.at(-1), 'item'), file).toEqual([canonical]);
    // Where the page shows a breadcrumb (a component's page), the structured one says the same.
    const visible = /<nav aria-label="[^"]*" class="breadcrumb">(.*?)<\/nav>/s.exec(html)?.[1];
    if (visible) {
      const visibleNames = [...visible.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((match) => match[1]);
      expect(crumbs.map((crumb) => values(crumb, 'name')[0]), file).toEqual(visibleNames);
    }

    // The declaration as presented in this language, its five components, and the article it is based on.
    const declaration = node(`${new URL(routes.fullText(lang), site).href}#declaration`);
    expect(types(declaration), file).toEqual(['CreativeWork']);
    expect(values(declaration, 'inLanguage'), file).toEqual([lang]);
    const parts = values(declaration, 'hasPart').map((id) => node(id));
    expect(parts.map((part) => values(part, 'position')[0]), file).toEqual([1, 2, 3, 4, 5]);
    expect(parts.map((part) => values(part, 'url')[0]), file).toEqual(edition.componentKeys.map((componentKey) => new URL(routes.component(lang, componentKey), site).href));
    const article = node(values(declaration, 'isBasedOn')[0]);
    expect(types(article), file).toEqual(['NewsArticle']);
    expect(tagged(article, 'headline'), file).toEqual([[originalLanguage, edition.texts[originalLanguage].source.headline]]);
    expect(values(article, 'inLanguage'), file).toEqual([originalLanguage]);
    if (lang !== originalLanguage) expect(values(declaration, 'translationOfWork'), file).toEqual([`${new URL(routes.fullText(originalLanguage), site).href}#declaration`]);

    if (kind === 'home') {
      const homeParts = values(page, 'hasPart');
      expect(homeParts, file).toContain(new URL(routes.fullText(lang), site).href);
      for (const componentKey of edition.componentKeys) expect(homeParts, file).toContain(new URL(routes.component(lang, componentKey), site).href);
    }
    if (kind === 'component') {
      const component = node(values(page, 'mainEntity')[0]);
      expect(values(component, 'isPartOf'), file).toEqual([declaration!['@id']]);
      expect(values(component, 'text')[0], file).toBe(edition.texts[lang].components.find((candidate) => candidate.key === key)!.text);
    }
    expect(all.length, file).toBeGreaterThan(5);
  }
});
