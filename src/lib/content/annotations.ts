import { z } from 'astro/zod';
import type { Root, RootContent, Yaml } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { checkCitations, type Citation } from './citations.ts';
import { ContentError, toContentError } from './content-error.ts';
import remarkAllowedDirectives from '../markdown/remark-allowed-directives.ts';
import remarkLeftoverSyntax from '../markdown/remark-leftover-syntax.ts';
import remarkNoRawHtml from '../markdown/remark-no-raw-html.ts';
import { nodeName } from '../markdown/node-names.ts';
import remarkPassageLanguage from '../markdown/remark-passage-language.ts';
import { languages, noteKinds, type Lang, type NoteKind } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

/** An annotation file, read and checked, its bodies not yet rendered. */
export interface AnnotationDraft {
  id: string;
  file: string;
  kind: NoteKind;
  sources: string[];
  /** The same, with the line each is cited on. */
  citations: Citation[];
  /** The body in each language: Markdown nodes (paragraphs) and the line they start on. */
  bodies: Record<Lang, { nodes: RootContent[]; line: number }>;
}

const frontmatterSchema = z.object({
  kind: z.enum(noteKinds),
  sources: z.array(z.string()).min(1, 'an annotation needs at least one source'),
});

function annotationProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkDirective)
    .use(remarkNoRawHtml)
    .use(remarkAllowedDirectives, { container: languages, text: ['ref', 'lang'] })
    .use(remarkLeftoverSyntax)
    .use(remarkPassageLanguage);
}

/**
 * Reads one annotation (content/annotations/<id>.md): front matter with `kind` and
 * `sources`, then one `:::fr` … `:::` block per language holding the note's paragraphs.
 */
export function parseAnnotation(markdown: string, file: string, id: string, sourceIds: readonly string[]): AnnotationDraft {
  const vfile = new VFile({ path: file, value: markdown });
  const processor = annotationProcessor();
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  } catch (error) {
    throw toContentError(error, file);
  }

  const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yamlNode) throw new ContentError(file, 1, 1, 'Missing front matter (--- kind, sources ---)');
  const yaml = parseYamlWithLines(yamlNode.value, file, 2);
  const result = frontmatterSchema.safeParse(yaml.data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const where = path.length > 0 ? `${path.join('.')}: ` : '';
    throw new ContentError(file, yaml.lineOf(path), 1, `Annotation "${id}": ${where}${issue.message}`);
  }
  const citations = result.data.sources.map((source, index): Citation => ({ sourceId: source, file, line: yaml.lineOf(['sources', index]) }));
  checkCitations(citations, sourceIds);

  const bodies: Partial<AnnotationDraft['bodies']> = {};
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const line = node.position?.start.line ?? 1;
    if (node.type !== 'containerDirective') {
      throw new ContentError(file, line, 1, `Annotation text must be inside a language block (${languages.map((lang) => `:::${lang}`).join(', ')})`);
    }
    const lang = node.name as Lang;
    if (bodies[lang]) throw new ContentError(file, line, 1, `Second :::${lang} block (first on line ${bodies[lang].line})`);
    const notParagraph = node.children.find((child) => child.type !== 'paragraph');
    if (notParagraph) {
      throw new ContentError(file, notParagraph.position?.start.line ?? line, 1, `A note holds paragraphs only, not ${nodeName(notParagraph.type)}: write it as sentences`);
    }
    if (node.children.length === 0) throw new ContentError(file, line, 1, `The :::${lang} block of annotation "${id}" is empty`);
    bodies[lang] = { nodes: node.children, line };
  }
  const lastLine = tree.position?.end.line ?? 1;
  for (const lang of languages) {
    if (!bodies[lang]) throw new ContentError(file, lastLine, 1, `Annotation "${id}" has no :::${lang} text`);
  }

  return { id, file, kind: result.data.kind, sources: result.data.sources, citations, bodies: bodies as AnnotationDraft['bodies'] };
}
