import type { Paragraph, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ContentError } from './content-error.ts';
import type { DeclarationDraft } from './declaration.ts';

/** One paragraph of a declaration file, as the alignment between languages sees it. */
export interface AlignedParagraph {
  /** Its block: a component key, `introduction` or `conclusion`. */
  block: string;
  /** 1-based, within its block. */
  number: number;
  line: number;
  /** Its note anchors in reading order, with where each is written. */
  notes: Array<{ id: string; line: number; column: number }>;
  /** Its sentences, counting as one the two that a `:split` marks. */
  sentences: number;
}

function sentencesIn(paragraph: Paragraph, lang: string): number {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(toString(paragraph))];
  return segments.filter((segment) => segment.segment.trim() !== '').length - (paragraph.data?.sentenceSplits ?? 0);
}

/** The paragraphs of a declaration file in reading order, each with its block, notes and sentence count. */
export function alignedParagraphs(draft: DeclarationDraft): AlignedParagraph[] {
  const paragraphs: AlignedParagraph[] = [];
  let seenComponent = false;
  const add = (block: string, nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (node.type !== 'paragraph') continue;
      const notes: AlignedParagraph['notes'] = [];
      visit(node, 'textDirective', (anchor: TextDirective) => {
        if (anchor.name === 'note') notes.push({ id: anchor.attributes?.id ?? '', line: anchor.position?.start.line ?? 1, column: anchor.position?.start.column ?? 1 });
      });
      const number = paragraphs.filter((paragraph) => paragraph.block === block).length + 1;
      paragraphs.push({ block, number, line: node.position?.start.line ?? 1, notes, sentences: sentencesIn(node, draft.lang) });
    }
  };
  for (const node of draft.tree.children) {
    const component = draft.blocks.find((block) => block.node === node);
    if (component) {
      seenComponent = true;
      add(component.key, component.node.children);
    } else {
      add(seenComponent ? 'conclusion' : 'introduction', [node]);
    }
  }
  return paragraphs;
}

const listed = (notes: AlignedParagraph['notes']) => (notes.length > 0 ? notes.map((note) => note.id).join(', ') : 'no note');
const named = (paragraph: AlignedParagraph) => `paragraph ${paragraph.number} of "${paragraph.block}"`;

/**
 * Every translation aligns with the first language's text paragraph by paragraph: the same
 * paragraphs in each block, each with the same notes in the same order and the same number of
 * sentences (a sentence split in two is marked `:split`). Errors name both files and lines.
 */
export function checkAlignment(drafts: readonly DeclarationDraft[]): void {
  const [reference, ...translations] = drafts;
  if (!reference) return;
  const sourceParagraphs = alignedParagraphs(reference);
  const blocks = [...new Set(sourceParagraphs.map((paragraph) => paragraph.block))];
  for (const draft of translations) {
    const paragraphs = alignedParagraphs(draft);
    const here = (line: number, column: number, reason: string) => new ContentError(draft.file, line, column, reason);
    const endLine = draft.tree.position?.end.line ?? 1;
    for (const block of new Set([...blocks, ...paragraphs.map((paragraph) => paragraph.block)])) {
      const source = sourceParagraphs.filter((paragraph) => paragraph.block === block);
      const translated = paragraphs.filter((paragraph) => paragraph.block === block);
      if (source.length !== translated.length) {
        const line = translated[source.length]?.line ?? translated[0]?.line ?? endLine;
        throw here(
          line,
          1,
          `"${block}" has ${translated.length} paragraph(s) here but ${source.length} in ${reference.file}${source[0] ? `:${source[0].line}` : ''}: translations must align paragraph by paragraph`,
        );
      }
    }
    for (const source of sourceParagraphs) {
      const translated = paragraphs.find((paragraph) => paragraph.block === source.block && paragraph.number === source.number)!;
      const differs = translated.notes.findIndex((note, index) => note.id !== source.notes[index]?.id);
      if (differs !== -1 || translated.notes.length !== source.notes.length) {
        const note = translated.notes[differs] ?? translated.notes.at(-1);
        const missing = source.notes.find((expected) => !translated.notes.some((found) => found.id === expected.id));
        const elsewhere = missing && paragraphs.find((paragraph) => paragraph.notes.some((found) => found.id === missing.id));
        throw here(
          note?.line ?? translated.line,
          note?.column ?? 1,
          `${named(translated)} carries ${listed(translated.notes)} here, but its source paragraph (${reference.file}:${source.line}) carries ${listed(source.notes)}` +
            (elsewhere ? ` ("${missing.id}" is anchored in ${named(elsewhere)} here, line ${elsewhere.line})` : '') +
            ': a translation keeps each note in the same paragraph, in the same order',
        );
      }
      if (translated.sentences !== source.sentences) {
        throw here(
          translated.line,
          1,
          `${named(translated)} has ${translated.sentences} sentence(s) here but ${source.sentences} in ${reference.file}:${source.line}: ` +
            'translate sentence by sentence; where one sentence must become two, write :split right after the first one’s full stop',
        );
      }
    }
  }
}
