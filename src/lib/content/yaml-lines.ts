import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { ContentError } from './content-error.ts';

/** A parsed YAML file that can say on which line a value was written. */
export interface YamlWithLines {
  data: unknown;
  /** The 1-based line of the node at `path` (keys and indexes), or of the closest parent found. */
  lineOf(path: ReadonlyArray<string | number>): number;
}

export function parseYamlWithLines(text: string, file: string, firstLine = 1): YamlWithLines {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const error = document.errors[0];
  if (error) {
    const line = error.linePos?.[0].line ?? 1;
    throw new ContentError(file, firstLine + line - 1, error.linePos?.[0].col ?? 1, `Invalid YAML: ${error.message.split('\n')[0]}`);
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
  };
}
