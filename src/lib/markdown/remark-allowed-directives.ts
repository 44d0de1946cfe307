import type { Root } from 'mdast';
import type { Directives } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface AllowedDirectives {
  /** Names allowed as `:::name` blocks. */
  container?: readonly string[];
  /** Names allowed as `::name` lines. */
  leaf?: readonly string[];
  /** Names allowed as `:name[…]` inline. */
  text?: readonly string[];
}

const syntax = { containerDirective: ':::', leafDirective: '::', textDirective: ':' } as const;
const optionFor = { containerDirective: 'container', leafDirective: 'leaf', textDirective: 'text' } as const;

/**
 * Refuses any directive we do not know. A typo such as `:::compnent` would otherwise
 * vanish silently from the page; a stray `:word` in prose is caught the same way
 * (write `\:` to keep a literal colon).
 */
export default function remarkAllowedDirectives(options: AllowedDirectives = {}) {
  const known = (Object.keys(syntax) as Array<keyof typeof syntax>).flatMap((type) =>
    (options[optionFor[type]] ?? []).map((name) => syntax[type] + name),
  );
  const knownList = known.length > 0 ? ` (known here: ${known.join(', ')})` : '';
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!(node.type in syntax)) return;
      const directive = node as Directives;
      if ((options[optionFor[directive.type]] ?? []).includes(directive.name)) return;
      file.fail(`Unknown directive "${syntax[directive.type]}${directive.name}"${knownList}`, directive);
    });
  };
}
