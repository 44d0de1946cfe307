import { z } from 'astro/zod';
import type { RootContent, Root, Yaml } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { parse as parseYaml } from 'yaml';
import { VFile } from 'vfile';
import { ContentError, toContentError } from './content-error.ts';
import { declarationProcessor } from './markdown/processor.ts';
import type { BodyBlock, DeclarationText, GuaranteeComponent, Lang, ProseBlock } from './model.ts';

const frontmatterSchema = z.object({
  lang: z.enum(['fr']),
  source: z.object({
    publisher: z.string().min(1),
    tagline: z.string().min(1),
    section: z.string().min(1),
    headline: z.string().min(1),
    updatedLabel: z.string().min(1),
    updated: z.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]),
    url: z.url(),
  }),
});

function renderHtml(nodes: RootContent[]): string {
  return toHtml(toHast({ type: 'root', children: nodes }));
}

function plainText(nodes: RootContent[]): string {
  return nodes.map((node) => toString(node)).join('\n\n');
}

function readFrontmatter(tree: Root, file: string, expectedLang: Lang) {
  const yaml = tree.children.find((node): node is Yaml => node.type === 'yaml');
  if (!yaml) throw new ContentError(file, 1, 1, 'Missing front matter (--- lang, source … ---)');
  let data: unknown;
  try {
    data = parseYaml(yaml.value);
  } catch (error) {
    throw new ContentError(file, 1, 1, `Front matter is not valid YAML: ${(error as Error).message}`);
  }
  const result = frontmatterSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(file, 1, 1, `Front matter: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (result.data.lang !== expectedLang) {
    throw new ContentError(file, 2, 1, `Front matter says lang "${result.data.lang}" but the file is the "${expectedLang}" text`);
  }
  const { updated, ...source } = result.data.source;
  return { ...source, updated: updated instanceof Date ? updated.toISOString().slice(0, 10) : updated };
}

/**
 * Parses one language's declaration file into the document model and checks it
 * against the list of component keys. Throws a ContentError naming file and line.
 */
export function parseDeclaration(markdown: string, file: string, lang: Lang, componentKeys: readonly string[]): DeclarationText {
  const vfile = new VFile({ path: file, value: markdown });
  const processor = declarationProcessor();
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(vfile), vfile);
  } catch (error) {
    throw toContentError(error, file);
  }
  const source = readFrontmatter(tree, file, lang);
  const blocks = vfile.data.componentBlocks ?? [];
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

  const components: GuaranteeComponent[] = blocks.map((block, index) => ({
    key: block.key,
    number: index + 1,
    title: block.title,
    html: renderHtml(block.node.children),
    text: plainText(block.node.children),
    line: block.line,
  }));

  const body: BodyBlock[] = [];
  let prose: RootContent[] = [];
  const flushProse = (id: ProseBlock['id']) => {
    if (prose.length === 0) return;
    body.push({ kind: 'prose', id, html: renderHtml(prose), text: plainText(prose) });
    prose = [];
  };
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    const block = blocks.find((candidate) => candidate.node === node);
    if (!block) {
      prose.push(node);
      continue;
    }
    if (prose.length > 0 && body.some((entry) => entry.kind === 'component')) {
      throw new ContentError(file, prose[0]!.position?.start.line ?? 1, 1, 'Text between two components belongs inside one of them');
    }
    flushProse('introduction');
    body.push({ kind: 'component', key: block.key });
  }
  flushProse('conclusion');

  return { lang, file, source, body, components };
}
