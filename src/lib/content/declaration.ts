import { z } from 'astro/zod';
import type { Element, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root, RootContent, Yaml } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { ContentError, toContentError } from './content-error.ts';
import { declarationProcessor } from '../markdown/processor.ts';
import type { ComponentBlock } from '../markdown/remark-component-blocks.ts';
import type { NoteAnchor } from '../markdown/remark-note-anchors.ts';
import rehypeNoteMarkers, { type NoteMarkerOptions } from '../markdown/rehype-note-markers.ts';
import rehypeBindPunctuation from '../markdown/rehype-bind-punctuation.ts';
import rehypeNoteSlots from '../markdown/rehype-note-slots.ts';
import { languages, type BodyBlock, type DeclarationText, type GuaranteeComponent, type Lang, type SourceArticle, type TextParagraph } from '../model.ts';
import { absoluteUrl, calendarDate } from './values.ts';
import { parseYamlWithLines, type YamlWithLines } from './yaml-lines.ts';

const frontmatterSchema = z.object({
  lang: z.enum(languages),
  source: z.object({
    publisher: z.string().min(1),
    tagline: z.string().min(1),
    section: z.string().min(1),
    headline: z.string().min(1),
    updatedLabel: z.string().min(1),
    updated: calendarDate,
    url: absoluteUrl,
  }),
});

/** A declaration file read and checked, before its notes are laid out. */
export interface DeclarationDraft {
  lang: Lang;
  file: string;
  source: SourceArticle;
  /** The front matter, which can say where each of its values was written. */
  frontmatter: YamlWithLines;
  /** The file's text, as read. */
  markdown: string;
  tree: Root;
  blocks: ComponentBlock[];
  anchors: NoteAnchor[];
}

export type RenderedComponent = Omit<GuaranteeComponent, 'references' | 'referencedBy'>;

/** The declaration laid out: running text, components and the order of the notes. */
export interface RenderedDeclaration {
  body: BodyBlock[];
  components: RenderedComponent[];
  /** Note ids in reading order (their numbers). */
  noteOrder: string[];
}

function plainText(nodes: RootContent[]): string {
  return nodes.map((node) => toString(node)).join('\n\n');
}

function readFrontmatter(tree: Root, file: string, expectedLang: Lang): { source: SourceArticle; yaml: YamlWithLines } {
  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yamlNode) throw new ContentError(file, 1, 1, 'Missing front matter (--- lang, source … ---)');
  const yaml = parseYamlWithLines(yamlNode.value, file, 2);
  const result = frontmatterSchema.safeParse(yaml.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    throw new ContentError(file, yaml.lineOf(path), 1, `Front matter: ${path.join('.')}: ${issue.message}`);
  }
  if (result.data.lang !== expectedLang) {
    throw new ContentError(file, yaml.lineOf(['lang']), 1, `Front matter says lang "${result.data.lang}" but the file is the "${expectedLang}" text`);
  }
  return { source: result.data.source, yaml };
}

function checkComponents(blocks: ComponentBlock[], tree: Root, file: string, componentKeys: readonly string[]): void {
  const lastLine = tree.position?.end.line ?? 1;
  for (const block of blocks) {
    if (!componentKeys.includes(block.key)) {
      throw new ContentError(file, block.line, 1, `Unknown component key "${block.key}" (known: ${componentKeys.join(', ')})`);
    }
  }
  for (const key of componentKeys) {
    if (!blocks.some((block) => block.key === key)) {
      throw new ContentError(file, lastLine, 1, `Component "${key}" is missing: add a \`:::component{#${key} title="…"}\` block`);
    }
  }
  blocks.forEach((block, index) => {
    if (block.key !== componentKeys[index]) {
      throw new ContentError(file, block.line, 1, `Component "${block.key}" is out of order: component ${index + 1} must be "${componentKeys[index]}"`);
    }
  });
  let seenComponent = false;
  let proseLine: number | undefined;
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const isComponent = blocks.some((block) => block.node === node);
    if (isComponent && seenComponent && proseLine !== undefined) {
      throw new ContentError(file, proseLine, 1, 'Text between two components belongs inside one of them');
    }
    if (isComponent) seenComponent = true;
    proseLine = isComponent ? undefined : (proseLine ?? node.position?.start.line);
  }
}

/**
 * Reads one language's declaration file and checks it: front matter, the components
 * against the list of keys, the note anchors against the annotations that exist.
 * Throws a ContentError naming file and line.
 */
export function readDeclaration(
  markdown: string,
  file: string,
  lang: Lang,
  componentKeys: readonly string[],
  noteIds: readonly string[] = [],
): DeclarationDraft {
  const vfile = new VFile({ path: file, value: markdown });
  const processor = declarationProcessor({ noteIds });
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  } catch (error) {
    throw toContentError(error, file);
  }
  const { source, yaml } = readFrontmatter(tree, file, lang);
  const blocks = vfile.data.componentBlocks ?? [];
  checkComponents(blocks, tree, file, componentKeys);
  return { lang, file, source, frontmatter: yaml, markdown, tree, blocks, anchors: vfile.data.noteAnchors ?? [] };
}

/** The notes whose markers stand in these nodes, in reading order. */
function notesIn(nodes: Element['children']): string[] {
  const ids: string[] = [];
  visit({ type: 'root', children: nodes } as HastRoot, 'element', (node: Element) => {
    const isMarker = Array.isArray(node.properties.className) && node.properties.className.includes('note-marker');
    if (isMarker && typeof node.properties.dataNote === 'string') ids.push(node.properties.dataNote);
  });
  return ids;
}

/** The paragraphs of some top-level nodes, each cut at its note slots; and the same as HTML, without the slots. */
function paragraphsOf(nodes: HastRoot['children']): { paragraphs: TextParagraph[]; html: string } {
  const paragraphs: TextParagraph[] = [];
  const plain: HastRoot['children'] = [];
  for (const node of nodes) {
    if (node.type !== 'element' || node.tagName !== 'p') {
      if (node.type === 'element') throw new Error(`Unexpected <${node.tagName}> in the text`);
      continue;
    }
    const paragraph: TextParagraph = [];
    let words: Element['children'] = [];
    const flushWords = () => {
      if (words.length > 0) paragraph.push({ html: toHtml(words) });
      words = [];
    };
    for (const child of node.children) {
      const slot = child.type === 'element' ? child.properties.dataNoteSlot : undefined;
      if (typeof slot === 'string') {
        flushWords();
        paragraph.push({ notes: slot.split(' ') });
      } else {
        words.push(child);
      }
    }
    flushWords();
    paragraphs.push(paragraph);
    plain.push({ ...node, children: node.children.filter((child) => child.type !== 'element' || child.properties.dataNoteSlot === undefined) });
  }
  return { paragraphs, html: toHtml(plain).trim() };
}

/**
 * Lays the declaration out as HTML: each note anchor followed by its numbered marker, each
 * paragraph cut after the sentences that carry markers (where their notes open).
 */
export function renderDeclaration(draft: DeclarationDraft, markers: NoteMarkerOptions): RenderedDeclaration {
  const vfile = new VFile({ path: draft.file });
  const hast = unified()
    .use(rehypeNoteMarkers, markers)
    .use(rehypeNoteSlots, { lang: draft.lang })
    .use(rehypeBindPunctuation, { lang: draft.lang })
    .runSync(toHast(draft.tree) as HastRoot, vfile) as HastRoot;

  type ProseId = 'introduction' | 'conclusion';
  const proseHast: Record<ProseId, HastRoot['children']> = { introduction: [], conclusion: [] };
  const proseMdast: Record<ProseId, RootContent[]> = { introduction: [], conclusion: [] };
  for (const node of draft.tree.children) {
    if (node.type === 'yaml' || draft.blocks.some((block) => block.node === node)) continue;
    proseMdast[node.position && draft.blocks[0] && node.position.start.line < draft.blocks[0].line ? 'introduction' : 'conclusion'].push(node);
  }

  const components: RenderedComponent[] = [];
  for (const node of hast.children) {
    const block = node.type === 'element' && node.tagName === 'section' ? draft.blocks.find((candidate) => candidate.key === node.properties.id) : undefined;
    if (!block || node.type !== 'element') {
      proseHast[components.length === 0 ? 'introduction' : 'conclusion'].push(node);
      continue;
    }
    components.push({
      key: block.key,
      number: components.length + 1,
      title: block.title,
      ...paragraphsOf(node.children),
      text: plainText(block.node.children),
      line: block.line,
      notes: notesIn(node.children),
    });
  }

  const prose = (id: ProseId): BodyBlock[] => {
    const { paragraphs, html } = paragraphsOf(proseHast[id]);
    return html ? [{ kind: 'prose', id, html, paragraphs, text: plainText(proseMdast[id]), notes: notesIn(proseHast[id] as Element['children']) }] : [];
  };
  const body: BodyBlock[] = [
    ...prose('introduction'),
    ...components.map((component): BodyBlock => ({ kind: 'component', key: component.key })),
    ...prose('conclusion'),
  ];

  return { body, components, noteOrder: vfile.data.noteOrder ?? [] };
}

/** Reads and lays out a declaration that has no notes (used for checks and fixtures). */
export function parseDeclaration(markdown: string, file: string, lang: Lang, componentKeys: readonly string[]): DeclarationText {
  const draft = readDeclaration(markdown, file, lang, componentKeys);
  const rendered = renderDeclaration(draft, { notes: [], name: String });
  return {
    lang,
    file,
    source: draft.source,
    body: rendered.body,
    components: rendered.components.map((component) => ({ ...component, references: [], referencedBy: [] })),
    notes: [],
  };
}
