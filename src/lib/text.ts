/** The first sentence of a text: what a summary or a link preview shows. */
export function firstSentence(text: string): string {
  const paragraph = text.split('\n\n')[0] ?? '';
  const match = /^.+?[.!?…](?=\s|$)/su.exec(paragraph);
  return (match ? match[0] : paragraph).trim();
}
