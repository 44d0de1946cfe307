import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/**
 * Refuses raw HTML in content. The text is data: markup comes from our plugins and
 * components only, so nothing in `content/` can inject a script or break the page.
 */
export default function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      file.fail(`Raw HTML is not allowed in content: "${node.value.slice(0, 40)}"`, node);
    });
  };
}
