import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Where a cross-reference to one component leads, and what it says. */
export interface CrossReferenceTarget {
  href: string;
  label: string;
}

export interface CrossReferenceOptions {
  /** Every component that can be referred to, by key. */
  targets: Readonly<Record<string, CrossReferenceTarget>>;
}

export interface CrossReference {
  to: string;
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    crossReferences: CrossReference[];
  }
}

/**
 * Turns `:ref{to=key}` (or `:ref[own words]{to=key}`) into a link to that component,
 * labelled in the text's language. The references found are left on `file.data.crossReferences`.
 */
export default function remarkCrossReferences(options: CrossReferenceOptions) {
  return (tree: Root, file: VFile) => {
    const references: CrossReference[] = [];

    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'ref') return;
      const to = node.attributes?.to ?? '';
      if (!to) file.fail('A cross-reference needs a target: `:ref{to=component-key}`', node);
      const target = options.targets[to];
      if (!target) {
        file.fail(`Cross-reference to unknown component "${to}" (known: ${Object.keys(options.targets).join(', ')})`, node);
      }
      references.push({ to, line: node.position?.start.line ?? 1 });
      const children = node.children.length > 0 ? node.children : [{ type: 'text' as const, value: target.label }];
      parent!.children[index!] = {
        type: 'link',
        url: target.href,
        children,
        data: { hProperties: { className: ['cross-reference'], dataRef: to } },
      };
    });

    file.data.crossReferences = references;
  };
}
