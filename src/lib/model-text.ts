/** Reading the model's texts: a block's paragraphs, a text's first sentence (for pages, previews and exports alike). */
import type { DeclarationText } from './model.ts';

/** The plain paragraphs of one block of a text (a component key, `introduction` or `conclusion`); none if it has no such block. */
export function blockParagraphs(text: DeclarationText, id: string): string[] {
  const block = text.body.find((candidate) => (candidate.kind === 'prose' ? candidate.id : candidate.key) === id);
  if (!block) return [];
  return (block.kind === 'prose' ? block.text : text.components.find((component) => component.key === block.key)!.text).split('\n\n');
}

/** The first sentence of a text: what a summary or a link preview shows. */
export function firstSentence(text: string): string {
  const paragraph = text.split('\n\n')[0] ?? '';
  const match = /^.+?[.!?…](?=\s|$)/su.exec(paragraph);
  return (match ? match[0] : paragraph).trim();
}
