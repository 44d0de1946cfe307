import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { languages } from '../../src/lib/model.ts';
import { routes } from '../../src/lib/site/routes.ts';

/* The take-away book of each language opens as an EPUB 3: the zip structure readers check first, a
   package document and a navigation document, every file well-formed XML, and the whole edition inside. */

const edition = buildEdition();

for (const lang of languages) {
  test(`the ${lang} EPUB is a valid EPUB 3 container holding the text, every note as a footnote, and the sources`, async ({ page, request }) => {
    const home = await (await request.get(routes.home(lang))).text();
    expect(home).toContain(`href="${routes.epub(lang)}"`);
    const bytes = readFileSync(`dist${routes.epub(lang)}`);

    // OCF: the first entry is "mimetype", stored (not compressed), without extra field, holding the media type.
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0);
    const nameLength = bytes.readUInt16LE(26);
    const extraLength = bytes.readUInt16LE(28);
    expect(bytes.subarray(30, 30 + nameLength).toString('latin1')).toBe('mimetype');
    expect(extraLength).toBe(0);
    expect(bytes.subarray(30 + nameLength, 30 + nameLength + 20).toString('latin1')).toBe('application/epub+zip');

    const zip = await JSZip.loadAsync(bytes);
    const read = (path: string) => zip.file(path)!.async('string');
    const container = await read('META-INF/container.xml');
    const packagePath = /full-path="([^"]+)"/.exec(container)![1]!;
    expect(container).toContain('media-type="application/oebps-package+xml"');
    const opf = await read(packagePath);
    const base = packagePath.replace(/[^/]+$/, '');
    expect(opf).toMatch(/<package [^>]*version="3\.0"/);
    expect(opf).toContain(`<dc:language>${lang}</dc:language>`);
    expect(opf).toContain(`<dc:identifier id="BookId">`);
    expect(opf).toContain(`<meta property="dcterms:modified">${edition.version}T00:00:00Z</meta>`);
    const manifest = new Map([...opf.matchAll(/<item id="([^"]+)" href="([^"]+)"[^>]*\/>/g)].map(([whole, id, href]) => [id!, { href: href!, whole: whole! }]));
    for (const { href } of manifest.values()) expect(zip.file(base + href), href).not.toBeNull();
    for (const [, idref] of opf.matchAll(/<itemref idref="([^"]+)"/g)) expect(manifest.has(idref!), idref).toBe(true);
    const nav = [...manifest.values()].find((item) => item.whole.includes('properties="nav"'))!;
    const navDocument = await read(base + nav.href);
    expect(navDocument).toContain('epub:type="toc"');
    for (const [, href] of navDocument.matchAll(/<a href="([^"#]+)/g)) expect(zip.file(base + href!), href).not.toBeNull();

    // Every XML file of the book is well-formed (Chromium's XML parser says so).
    const xmlFiles = Object.keys(zip.files).filter((path) => /\.(xhtml|opf|ncx|xml)$/.test(path));
    const documents = await Promise.all(xmlFiles.map(async (path) => ({ path, text: await read(path) })));
    const errors = await page.evaluate((documents) =>
      documents.flatMap(({ path, text }) => {
        const parsed = new DOMParser().parseFromString(text, 'application/xml');
        const error = parsed.querySelector('parsererror');
        return error ? [`${path}: ${error.textContent}`] : [];
      }),
    documents);
    expect(errors).toEqual([]);

    // The whole edition: every component, every note as a footnote with its reference, every source.
    const book = documents.map(({ text }) => text).join('\n');
    const text = edition.texts[lang];
    for (const component of text.components) expect(book).toContain(`<section id="${component.key}">`);
    for (const note of text.notes) {
      expect(book).toContain(`<aside id="fn-${note.id}" epub:type="footnote"`);
      expect(book).toContain(`href="#fn-${note.id}" id="ref-${note.id}" epub:type="noteref"`);
    }
    for (const source of edition.sources) expect(book).toContain(`id="source-${source.id}"`);
  });
}
