import { z } from 'astro/zod';
import type { Root, RootContent, Yaml } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseCitations, type CitedSource } from './citations.ts';
import { ContentError, toContentError } from './content-error.ts';
import { contestedRuleBreach, type EditorialRules } from './editorial-rules.ts';
import remarkAllowedDirectives from '../markdown/remark-allowed-directives.ts';
import remarkLeftoverSyntax from '../markdown/remark-leftover-syntax.ts';
import remarkNoRawHtml from '../markdown/remark-no-raw-html.ts';
import { nodeName } from '../markdown/node-names.ts';
import remarkPassageLanguage from '../markdown/remark-passage-language.ts';
import { languages, noteKinds, type Citation, type Lang, type NoteKind, type Source } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import { typeset } from '../typography/typeset.ts';

/** An annotation file, read and checked, its bodies not yet rendered. */
export interface AnnotationDraft {
  id: string;
  file: string;
  kind: NoteKind;
  /** A short title in every language: the note's name in the margin, search results, cross-references and the notes list. */
  title: Record<Lang, string>;
  /** The sources cited, with their evidence. */
  citations: Citation[];
  /** The same sources, with the line each is cited on. */
  cited: CitedSource[];
  /** Marked `contested: true`: the contested-facts rule applies whatever the kind. */
  contested: boolean;
  /** A fact-check's verdict, in every language (schema.org ClaimReview's rating). */
  rating?: Record<Lang, string>;
  /** The note rates a claim the article's headline makes: the headline carries a mark with our verdict, linking to the note. */
  headlineClaim: boolean;
  /** The body in each language: Markdown nodes (paragraphs) and the line they start on. */
  bodies: Record<Lang, { nodes: RootContent[]; line: number }>;
}

/** The longest title of a note, in characters: it must fit the margin in three lines with its number and kind. */
export const maxNoteTitleLength = 80;

const noteTitle = (lang: Lang) =>
  z
    .string({ error: `needs the note's short title in ${lang}` })
    .trim()
    .min(1, `needs the note's short title in ${lang}`)
    .max(maxNoteTitleLength, `keep a note's title to ${maxNoteTitleLength} characters or fewer: it names the note in the margin, the search results and the notes list`);

const frontmatterSchema = z.strictObject({
  kind: z.enum(noteKinds, { error: `must be one of ${noteKinds.join(', ')}` }),
  title: z.strictObject(Object.fromEntries(languages.map((lang) => [lang, noteTitle(lang)])) as Record<Lang, ReturnType<typeof noteTitle>>, {
    error: `a note needs a short title in every language, e.g. title: { ${languages.map((lang) => `${lang}: "…"`).join(', ')} } ("US signature: reports conflict")`,
  }),
  contested: z.boolean({ error: 'must be true or false' }).default(false),
  headlineClaim: z.boolean({ error: 'must be true or false' }).default(false),
  rating: z
    .strictObject(
      Object.fromEntries(languages.map((lang) => [lang, z.string({ error: `needs our rating in ${lang}` }).trim().min(1, `needs our rating in ${lang}`)])) as Record<Lang, z.ZodString>,
      { error: `must give our rating in every language: { ${languages.map((lang) => `${lang}: "…"`).join(', ')} }` },
    )
    .optional(),
  sources: z.array(z.unknown(), { error: 'must be a list of citations' }).min(1, 'an annotation needs at least one source'),
});

/** What an annotation is checked against. */
export interface AnnotationContext {
  /** The bibliography. */
  sources: readonly Source[];
  rules: EditorialRules;
  /** The build's day: no passage was read after it. */
  today?: string;
}

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
 * Reads one annotation (content/annotations/<id>.md): front matter with `kind`, `sources`
 * (citations with evidence) and optionally `contested`, then one `:::fr` … `:::` block per
 * language holding the note's paragraphs.
 */
export function parseAnnotation(markdown: string, file: string, id: string, context: AnnotationContext): AnnotationDraft {
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
    const reason = issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}" (known: ${Object.keys(frontmatterSchema.shape).join(', ')})` : issue.message;
    const { line, column } = yaml.positionOf(path);
    throw new ContentError(file, line, column, `Annotation "${id}": ${where}${reason}`);
  }
  const { kind, title, contested, rating, headlineClaim } = result.data;
  if (headlineClaim && (kind !== 'fact-check' || !rating)) {
    const { line, column } = yaml.positionOf(['headlineClaim']);
    throw new ContentError(file, line, column, `Note "${id}" marks a claim of the article's headline (headlineClaim: true): only a fact-check, with our verdict (rating), can mark it`);
  }
  if (kind === 'fact-check' && !rating) {
    throw new ContentError(file, yaml.lineOf(['kind']), 1, `Note "${id}" is a fact-check: give our verdict in every language, e.g. rating: { ${languages.map((lang) => `${lang}: "…"`).join(', ')} }`);
  }
  const { citations, cited } = parseCitations(result.data.sources, {
    file,
    yaml,
    path: ['sources'],
    sources: context.sources,
    maxQuoteWords: context.rules.maxQuoteWords,
    ...(context.today ? { today: context.today } : {}),
  });
  const breach = contestedRuleBreach({ id, kind, contested, citations }, context.sources, context.rules);
  if (breach) throw new ContentError(file, yaml.lineOf([contested ? 'contested' : 'kind']), 1, breach);

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

  return { id, file, kind, title: Object.fromEntries(languages.map((lang) => [lang, typeset(title[lang]!, lang)])) as Record<Lang, string>, citations, cited, contested, headlineClaim, ...(rating ? { rating: Object.fromEntries(languages.map((lang) => [lang, typeset(rating[lang], lang)])) as Record<Lang, string> } : {}), bodies: bodies as AnnotationDraft['bodies'] };
}
