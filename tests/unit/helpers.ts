import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';

/** Runs remark-parse + remark-directive + the given plugins over a fixture: the checked tree and the file. */
export function runRemark(markdown: string, plugins: Pluggable[], path = 'fixture.md') {
  const file = new VFile({ path, value: markdown });
  const processor = unified().use(remarkParse).use(remarkDirective).use(plugins);
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file };
}

/** The same, through to HTML. */
export function renderHtml(markdown: string, plugins: Pluggable[]): string {
  return String(
    unified().use(remarkParse).use(remarkDirective).use(plugins).use(remarkRehype).use(rehypeStringify).processSync(markdown),
  );
}

/** The message (with `line:column`) a plugin fails with, or undefined. */
export function failureOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    return reason === undefined ? String(error) : `${line}:${column}: ${reason}`;
  }
  return undefined;
}
