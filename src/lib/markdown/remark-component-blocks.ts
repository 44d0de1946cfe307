import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { idPattern, idRule } from '../model.ts';

/** A `:::component{#key title="…"}` block as found in one Markdown file. */
export interface ComponentBlock {
  key: string;
  title: string;
  line: number;
  node: ContainerDirective;
}

declare module 'vfile' {
  interface DataMap {
    componentBlocks: ComponentBlock[];
  }
}

/**
 * Finds the guarantee components (`:::component{#key title="…"}` container directives),
 * checks their key and title, and turns each into a `<section id="key">`.
 * The blocks found are left on `file.data.componentBlocks`, in document order.
 */
export default function remarkComponentBlocks() {
  return (tree: Root, file: VFile) => {
    const blocks: ComponentBlock[] = [];

    visit(tree, 'containerDirective', (node, _index, parent) => {
      if (node.name !== 'component') return;
      const line = node.position?.start.line ?? 1;
      const key = node.attributes?.id ?? '';
      const title = (node.attributes?.title ?? '').trim();

      if (parent?.type !== 'root') file.fail('A component block must not be nested inside another block', node);
      if (!key) file.fail('A component block needs a key: `:::component{#key title="…"}`', node);
      if (!idPattern.test(key)) {
        file.fail(`Component key "${key}" must be ${idRule}`, node);
      }
      if (/^[“”«„"]|[“”»"]$/.test(title)) {
        file.fail(`Component "${key}": its title is wrapped in typographic quotes; write title="…" with straight double quotes`, node);
      }
      if (!title) file.fail(`Component "${key}" needs a title: \`:::component{#${key} title="…"}\``, node);
      const first = blocks.find((block) => block.key === key);
      if (first) file.fail(`Duplicate component key "${key}" (first used on line ${first.line})`, node);

      blocks.push({ key, title, line, node });
      node.data = { ...node.data, hName: 'section', hProperties: { id: key, className: ['component-text'] } };
    });

    file.data.componentBlocks = blocks;
  };
}
