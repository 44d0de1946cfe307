import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Root, Yaml } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { ContentError, toContentError } from './content-error.ts';
import { safeParagraphs } from './notes.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import remarkAllowedDirectives from '../markdown/remark-allowed-directives.ts';
import remarkLeftoverSyntax from '../markdown/remark-leftover-syntax.ts';
import remarkNoRawHtml from '../markdown/remark-no-raw-html.ts';
import { nodeName } from '../markdown/node-names.ts';
import remarkPassageLanguage from '../markdown/remark-passage-language.ts';
import remarkTypography from '../markdown/remark-typography.ts';
import { typeset } from '../typography/typeset.ts';
import { idPattern, idRule, languages, type Lang } from '../model.ts';

/*
 * The method page's prose (content/method/<lang>.md): how the edition chooses, reads and
 * re-checks its sources, establishes divergences, compares, corrects. Written like a note —
 * paragraphs, emphasis, links, :lang[…]{xx} — in sections whose ids are the page's anchors,
 * the same in every language (published URLs: never rename one).
 *
 *   ---
 *   title: "Method"
 *   lede: "How this edition …"
 *   ---
 *
 *   :::section{#sources title="What counts as a source"}
 *   Every fact the edition states rests on …
 *   :::
 */

/** One section of the method page, rendered. */
export interface MethodSection {
  id: string;
  title: string;
  /** Its paragraphs, as HTML (sanitized like a note's). */
  html: string;
}

/** The method page in one language. */
export interface MethodPage {
  lang: Lang;
  title: string;
  lede: string;
  sections: MethodSection[];
}

function methodProcessor(lang: Lang) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkDirective)
    .use(remarkNoRawHtml)
    .use(remarkAllowedDirectives, { container: ['section'], text: ['lang'] })
    .use(remarkLeftoverSyntax)
    .use(remarkPassageLanguage)
    .use(remarkTypography, { lang });
}

function frontText(data: Record<string, unknown>, field: 'title' | 'lede', file: string, line: number): string {
  const value = data[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ContentError(file, line, 1, `The method page needs a ${field} in its front matter: ${field}: "…"`);
  }
  return value.trim();
}

/** Reads one language's method page: front matter (title, lede), then sections of paragraphs. */
export function parseMethod(markdown: string, file: string, lang: Lang): MethodPage {
  const vfile = new VFile({ path: file, value: markdown });
  const processor = methodProcessor(lang);
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  } catch (error) {
    throw toContentError(error, file);
  }
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yamlNode) throw new ContentError(file, 1, 1, 'Missing front matter: start the file with --- title: "…", lede: "…" ---');
  const front = parseYamlWithLines(yamlNode.value, file, 2);
  const data = (front.data ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(data).find((key) => key !== 'title' && key !== 'lede');
  if (unknown) throw new ContentError(file, front.lineOf([unknown]), 1, `Unknown field "${unknown}" in the method page's front matter (known: title, lede)`);
  // Our own words, like the sections' (set by remark-typography): the typographic step.
  const title = typeset(frontText(data, 'title', file, front.lineOf(['title'])), lang);
  const lede = typeset(frontText(data, 'lede', file, front.lineOf(['lede'])), lang);

  const sections: MethodSection[] = [];
  const lines = new Map<string, number>();
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const line = node.position?.start.line ?? 1;
    if (node.type !== 'containerDirective') {
      throw new ContentError(file, line, 1, 'Method text must be inside a section: :::section{#id title="…"} … :::');
    }
    const section = node as ContainerDirective;
    const id = section.attributes?.id ?? '';
    const sectionTitle = section.attributes?.title?.trim() ?? '';
    if (!idPattern.test(id)) throw new ContentError(file, line, 1, `A section needs an id, ${idRule}: :::section{#sources title="…"}`);
    if (!sectionTitle) throw new ContentError(file, line, 1, `Section "${id}" needs a title: :::section{#${id} title="…"}`);
    if (lines.has(id)) throw new ContentError(file, line, 1, `Duplicate section id "${id}" (first used on line ${lines.get(id)})`);
    lines.set(id, line);
    const notParagraph = section.children.find((child) => child.type !== 'paragraph');
    if (notParagraph) {
      throw new ContentError(file, notParagraph.position?.start.line ?? line, 1, `A method section holds paragraphs only, not ${nodeName(notParagraph.type)}: write it as sentences`);
    }
    if (section.children.length === 0) throw new ContentError(file, line, 1, `Section "${id}" is empty`);
    const paragraphs = safeParagraphs({ type: 'root', children: section.children }, vfile, file);
    sections.push({ id, title: typeset(sectionTitle, lang), html: toHtml(paragraphs) });
  }
  if (sections.length === 0) throw new ContentError(file, tree.position?.end.line ?? 1, 1, 'The method page has no section: add :::section{#id title="…"} blocks');
  return { lang, title, lede, sections };
}

/** Every language's method page has the same sections, in the same order (their ids are the page's anchors). */
export function checkMethodSections(pages: ReadonlyArray<MethodPage & { file: string }>): void {
  const [first, ...others] = pages;
  if (!first) return;
  const expected = first.sections.map((section) => section.id);
  for (const page of others) {
    const ids = page.sections.map((section) => section.id);
    if (ids.join(' ') !== expected.join(' ')) {
      throw new ContentError(
        page.file,
        1,
        1,
        `The method page's sections are ${ids.join(', ')} here but ${expected.join(', ')} in ${first.file}: every language has the same sections, in the same order`,
      );
    }
  }
}

/** Reads content/method/<lang>.md in every language, checked. */
export function readMethod(contentDir = join(process.cwd(), 'content'), projectDir = process.cwd()): Record<Lang, MethodPage> {
  const pages = languages.map((lang) => {
    const absolute = join(contentDir, 'method', `${lang}.md`);
    const file = relative(projectDir, absolute);
    if (!existsSync(absolute)) throw new ContentError(file, 1, 1, `File is missing: the method page needs its text in ${lang}`);
    const text = readFileSync(absolute, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
    return { ...parseMethod(text, file, lang), file };
  });
  checkMethodSections(pages);
  const english = pages.find((page) => page.lang === 'en') ?? pages[0]!;
  if (!english.sections.some((section) => section.id === 'report')) {
    throw new ContentError(english.file, 1, 1, 'The method page needs a section with id "report" (how to report an error): the page adds the contact address there');
  }
  return Object.fromEntries(pages.map(({ file: _file, ...page }) => [page.lang, page])) as Record<Lang, MethodPage>;
}

let method: Record<Lang, MethodPage> | undefined;

/** The method page in every language, read once per build (afresh on each request in `astro dev`). */
export function getMethod(): Record<Lang, MethodPage> {
  if (import.meta.env?.DEV) return readMethod();
  method ??= readMethod();
  return method;
}
