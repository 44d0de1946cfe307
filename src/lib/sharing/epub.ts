import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EPub, defaultAllowedAttributes } from '@lesjoursfr/html-to-epub';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import { displayTitle, formatDate } from '../site/format.ts';
import { t } from '../site/i18n.ts';
import { placeLabel } from '../site/places.ts';
import { publisherNameLanguage, type Edition, type Lang, type Note } from '../model.ts';
import { routes } from '../site/routes.ts';

/**
 * The edition in one language as an EPUB 3 book, built at compile time with html-to-epub: a title page,
 * the text with its notes as EPUB footnotes (`noteref` → `footnote`, which readers open as pop-ups),
 * and the sources. Everything comes from the model; nothing is read back from the site's pages.
 */

/** The chapters' file names inside the book, so that links between them hold. */
const files = { title: 'title', text: 'text', sources: 'sources' } as const;

const html = (nodes: ElementContent[]) => toHtml(nodes, { closeSelfClosing: true });

/** Rendered text of the model, ready for the book: note markers become footnote references, margin notes go (the footnotes hold them), links inside the site point inside the book or to the site. */
function forBook(rendered: string, lang: Lang, site: URL, numbers: ReadonlyMap<string, number>): ElementContent[] {
  const tree: Root = fromHtml(rendered, { fragment: true });
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined) return;
    const classes = (node.properties.className as string[] | undefined) ?? [];
    if (classes.includes('sidenote')) {
      parent.children.splice(index, 1);
      return index;
    }
    if (classes.includes('note-marker')) {
      const id = String(node.properties.dataNote);
      parent.children[index] = h('a', { href: `#fn-${id}`, id: `ref-${id}`, 'epub:type': 'noteref', role: 'doc-noteref' }, String(numbers.get(id)));
      return;
    }
    if (node.tagName === 'a' && typeof node.properties.href === 'string' && node.properties.href.startsWith('/')) {
      const target = new URL(node.properties.href, site);
      const fullText = routes.fullText(lang);
      node.properties = { href: target.pathname === fullText && target.hash ? `${files.text}.xhtml${target.hash}` : target.href };
      return;
    }
    // The book keeps what reads: the language of a passage, not the site's classes and data.
    node.properties = node.properties.lang ? { lang: node.properties.lang } : {};
  });
  return tree.children as ElementContent[];
}

function footnote(note: Note, edition: Edition, lang: Lang, site: URL, numbers: ReadonlyMap<string, number>): Element {
  const ui = t(lang);
  const text = edition.texts[lang];
  const sources = note.sources.map((id) => edition.sources.find((source) => source.id === id)!);
  return h('aside', { id: `fn-${note.id}`, 'epub:type': 'footnote', role: 'doc-footnote' }, [
    h('p', [
      h('a', { href: `#ref-${note.id}` }, String(note.number)),
      '. ',
      h('strong', note.title),
      ` — ${ui.noteKinds[note.kind]} — ${ui.noteOn} ${ui.quoted(note.anchorText)} ${ui.noteIn} ${placeLabel(text, note.place)}`,
    ]),
    ...forBook(note.html, lang, site, numbers),
    h('p', ui.sourcesLabel),
    h(
      'ul',
      sources.map((source) =>
        h('li', [
          h('span', lang === publisherNameLanguage ? {} : { lang: publisherNameLanguage }, source.publisher),
          ', ',
          h('a', { href: source.url, lang: source.descriptiveTitle ? 'en' : source.language }, displayTitle(source)),
          ...(source.date ? [`, ${formatDate(source.date, lang)}`] : []),
        ]),
      ),
    ),
  ]);
}

export interface EpubBook {
  lang: Lang;
  title: string;
  /** The book's identifier: its address on the site. */
  identifier: string;
  /** The edition's version (ISO date), the book's modification date. */
  modified: string;
  publisher: string;
  tocTitle: string;
  chapters: Array<{ title: string; filename: string; data: string; beforeToc?: boolean }>;
}

/** The book of one language, from the model. */
export function epubBook(edition: Edition, lang: Lang, site: URL, modified: string): EpubBook {
  const ui = t(lang);
  const text = edition.texts[lang];
  const numbers = new Map(text.notes.map((note) => [note.id, note.number]));
  const edition_ = `${ui.siteName} — ${ui.siteSubtitle}`;
  const online = new URL(routes.home(lang), site).href;

  const titlePage = [
    h('h1', ui.declarationTitle),
    h('p', ui.declarationSubtitle),
    h('p', edition_),
    ...(ui.translationNotice ? [h('p', ui.translationNotice)] : []),
    h('p', ui.sourceNotice(text.source.publisher)),
    h('p', ui.editorialHeadingNote),
    h('p', ui.footerAbout),
    h('p', [`${ui.epubOnline} `, h('a', { href: online }, online), ` (${formatDate(modified, lang)})`]),
  ];

  const componentsByKey = new Map(text.components.map((component) => [component.key, component]));
  const body = text.body.flatMap((block): Element[] => {
    if (block.kind === 'prose') return [h('div', { id: block.id }, forBook(block.html, lang, site, numbers))];
    const component = componentsByKey.get(block.key)!;
    return [h('section', { id: component.key }, [h('h2', ui.componentHeading(component.number, component.title)), ...forBook(component.html, lang, site, numbers)])];
  });
  const textChapter = [
    h('header', [
      h('p', text.source.tagline),
      h('p', text.source.section),
      h('h1', text.source.headline),
      h('p', text.source.updatedLabel),
    ]),
    ...body,
    h('p', [`${ui.labelled(ui.sourceArticle)} `, h('a', { href: text.source.url }, text.source.url)]),
    h('section', { 'epub:type': 'footnotes', role: 'doc-endnotes' }, [h('h2', ui.notesHeading), ...text.notes.map((note) => footnote(note, edition, lang, site, numbers))]),
  ];

  const sourcesChapter = [
    h('h1', ui.sourcesTitle),
    h('p', ui.sourcesLede.split('. ')[0] + '.'),
    h(
      'ul',
      edition.sources.map((source) =>
        h('li', { id: `source-${source.id}` }, [
          h('span', lang === publisherNameLanguage ? {} : { lang: publisherNameLanguage }, source.publisher),
          ', ',
          h('a', { href: source.url, lang: source.descriptiveTitle ? 'en' : source.language }, displayTitle(source)),
          ...(source.date ? [`, ${formatDate(source.date, lang)}`] : []),
        ]),
      ),
    ),
  ];

  return {
    lang,
    title: ui.declarationTitle,
    identifier: new URL(routes.epub(lang), site).href,
    modified,
    publisher: edition_,
    tocTitle: ui.contents,
    chapters: [
      { title: ui.declarationTitle, filename: files.title, data: html(titlePage), beforeToc: true },
      { title: ui.navFullText, filename: files.text, data: html(textChapter) },
      { title: ui.sourcesTitle, filename: files.sources, data: html(sourcesChapter) },
    ],
  };
}

const templates = join(process.cwd(), 'src', 'lib', 'sharing', 'epub-templates');

const stylesheet = `body { font-family: serif; line-height: 1.5; }
h1, h2 { font-family: sans-serif; line-height: 1.2; }
a[epub|type~="noteref"] { vertical-align: super; font-size: 0.75em; text-decoration: none; }
aside { font-size: 0.9em; margin: 1em 0; }
`;

/** The book as EPUB bytes (a zip: mimetype first and stored, container.xml, package document, nav). */
export async function renderEpub(book: EpubBook): Promise<Uint8Array<ArrayBuffer>> {
  const workDir = mkdtempSync(join(tmpdir(), 'paris-declaration-epub-'));
  const output = join(workDir, 'book.epub');
  try {
    const epub = new EPub(
      {
        title: book.title,
        description: book.title,
        author: book.publisher,
        publisher: book.publisher,
        lang: book.lang,
        tocTitle: book.tocTitle,
        appendChapterTitles: false,
        date: book.modified,
        css: stylesheet,
        version: 3,
        tempDir: workDir,
        customOpfTemplatePath: join(templates, 'content.opf.ejs'),
        customHtmlTocTemplatePath: join(templates, 'toc.xhtml.ejs'),
        allowedAttributes: [...defaultAllowedAttributes, 'epub:type'],
        content: book.chapters.map(({ title, filename, data, beforeToc }) => ({ title, filename, data, beforeToc })),
      },
      output,
    );
    // The book is known by its address on the site, not by a random id: each build gives the same book.
    epub.uuid = book.identifier;
    await epub.render();
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
