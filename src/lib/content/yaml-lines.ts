import { isMap, isScalar, LineCounter, parseDocument, Scalar, type Node as YamlNode } from 'yaml';
import { ContentError } from './content-error.ts';

/** A parsed YAML file that can say on which line a value was written. */
export interface YamlWithLines {
  data: unknown;
  /** The 1-based line of the node at `path` (keys and indexes), or of the closest parent found. */
  lineOf(path: ReadonlyArray<string | number>): number;
  /** Where the `index`-th character of the text value at `path` was written (its start when escapes make that unsure). */
  positionOf(path: ReadonlyArray<string | number>, index?: number): { line: number; column: number };
}

export function parseYamlWithLines(text: string, file: string, firstLine = 1): YamlWithLines {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? 1;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new ContentError(
      file,
      firstLine + line - 1,
      error.linePos?.[0].col ?? 1,
      `Invalid YAML: ${reason}. Check the indentation and that every quote is closed (write a value holding ": " or "#" in double quotes)`,
    );
  }
  return {
    data: document.toJS(),
    lineOf(path) {
      for (let length = path.length; length >= 0; length -= 1) {
        // A key names the line it is written on; its value may start on the next one.
        const parent = length > 0 ? document.getIn(path.slice(0, length - 1), true) : undefined;
        const key = path[length - 1];
        const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
        const node = (pair?.key ?? document.getIn(path.slice(0, length), true)) as YamlNode | undefined;
        const offset = node?.range?.[0];
        if (offset !== undefined) return firstLine + lineCounter.linePos(offset).line - 1;
      }
      return firstLine;
    },
    positionOf(path, index = 0) {
      const node = document.getIn(path, true);
      let offset = isScalar(node) ? node.range?.[0] : undefined;
      if (offset === undefined || !isScalar(node)) return { line: this.lineOf(path), column: 1 };
      const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
      const written = text.slice(offset + (quoted ? 1 : 0), node.range![1] - (quoted ? 1 : 0));
      // Character by character where the value is written as it reads (no escapes, one line).
      if (quoted) offset += 1;
      if (written === String(node.value)) offset += index;
      const position = lineCounter.linePos(offset);
      return { line: firstLine + position.line - 1, column: position.col };
    },
  };
}
