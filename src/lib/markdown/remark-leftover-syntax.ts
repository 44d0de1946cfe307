import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Syntax that, left as text, means a directive or emphasis was not read as intended; and what to do. */
const leftovers: Array<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /(?:^|\n)(:{2,}[a-z]+)/,
    reason:
      'This "{match}" line was not read as a block: write it :::name{#key title="…"}, with straight double quotes (not \\" nor curly quotes), ' +
      'a closing }, and ::: alone on the closing line',
  },
  {
    pattern: /\]\{|\{#|\{to=/,
    reason: 'A note anchor or cross-reference is broken here ("{match}" is left as text): write :note[the words]{#note-id} or :ref{to=component-key}, with nothing between "]" and "{" and the braces closed',
  },
  {
    pattern: /(?<!\\)\*|(?<![\p{L}\p{N}\\])_|_(?![\p{L}\p{N}])/u,
    reason:
      'A lone "{match}" would be printed as typed: emphasis (*…*) must open and close on the same side of a note anchor or link ' +
      '(it cannot start outside :note[…] and end inside it), and both markers must touch words; write \\{match} for the character itself',
  },
];

/**
 * Refuses directive and emphasis syntax that the parser left as plain text: it would be printed
 * as typed (":::component{…}", "]{#id}", a lone "*"), which is never what the editor meant.
 */
export default function remarkLeftoverSyntax() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    visit(tree, 'text', (node: Text) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      // Where the text is written as it reads, read what was typed (escapes included); otherwise the text itself.
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : node.value;
      for (const { pattern, reason } of leftovers) {
        const match = pattern.exec(written);
        if (!match) continue;
        const offset = match.index + (match[0].startsWith('\n') ? 1 : 0);
        const before = written.slice(0, offset);
        const lines = before.split('\n');
        const line = (node.position?.start.line ?? 1) + lines.length - 1;
        const column = lines.length > 1 ? lines.at(-1)!.length + 1 : (node.position?.start.column ?? 1) + offset;
        file.fail(reason.replaceAll('{match}', (match[1] ?? match[0]).trim()), { line, column });
      }
    });
  };
}
