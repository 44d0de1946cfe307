import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { AnnotationDraft } from './annotations.ts';
import { toContentError } from './content-error.ts';
import remarkCrossReferences, { type CrossReference, type CrossReferenceTarget } from '../markdown/remark-cross-references.ts';
import rehypeRefuseUnsafe, { noteSchema } from '../markdown/rehype-refuse-unsafe.ts';
import remarkTypography from '../markdown/remark-typography.ts';
import type { Lang } from '../model.ts';

/** An annotation's body rendered in one language. */
export interface RenderedNoteBody {
  /** The paragraphs, as hast. */
  paragraphs: Element[];
  html: string;
  text: string;
  /** Keys of the components it refers to, in order, without repeats. */
  references: string[];
  /** Each cross-reference, with the line it is written on. */
  crossReferences: CrossReference[];
}

/**
 * Markdown paragraphs as the HTML elements a reader gets: anything a note may not hold refused at
 * its line, the rest sanitized, outside links opened safely. Notes and the method page share it.
 */
export function safeParagraphs(root: MdastRoot, vfile: VFile, file: string): Element[] {
  let hast = toHast(root) as HastRoot;
  try {
    hast = unified()
      .use(rehypeRefuseUnsafe, { schema: noteSchema })
      .use(rehypeSanitize, noteSchema)
      .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
      .runSync(hast, vfile) as HastRoot;
  } catch (error) {
    throw toContentError(error, file);
  }
  return hast.children.filter((node): node is Element => node.type === 'element');
}

/** Renders an annotation's body in one language, resolving its cross-references and setting its typography. */
export function renderNoteBody(
  annotation: AnnotationDraft,
  lang: Lang,
  targets: Readonly<Record<string, CrossReferenceTarget>>,
): RenderedNoteBody {
  const vfile = new VFile({ path: annotation.file });
  const root = { type: 'root' as const, children: structuredClone(annotation.bodies[lang].nodes) };
  try {
    unified().use(remarkCrossReferences, { targets }).use(remarkTypography, { lang }).runSync(root, vfile);
  } catch (error) {
    throw toContentError(error, annotation.file);
  }
  const paragraphs = safeParagraphs(root, vfile, annotation.file);
  return {
    paragraphs,
    html: toHtml(paragraphs),
    text: paragraphs.map((paragraph) => hastToString(paragraph)).join('\n\n'),
    references: [...new Set((vfile.data.crossReferences ?? []).map((reference) => reference.to))],
    crossReferences: vfile.data.crossReferences ?? [],
  };
}
