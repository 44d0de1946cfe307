import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkAllowedDirectives from './remark-allowed-directives.ts';
import remarkArticleMarkup from './remark-article-markup.ts';
import remarkComponentBlocks from './remark-component-blocks.ts';
import remarkLeftoverSyntax from './remark-leftover-syntax.ts';
import remarkNoRawHtml from './remark-no-raw-html.ts';
import remarkSentenceSplits from './remark-sentence-splits.ts';
import remarkNoteAnchors, { type NoteAnchorOptions } from './remark-note-anchors.ts';
import remarkPassageLanguage from './remark-passage-language.ts';

/** The remark pipeline a declaration file goes through, up to a checked Markdown tree. */
export function declarationProcessor(options: NoteAnchorOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    .use(remarkDirective)
    .use(remarkNoRawHtml)
    .use(remarkAllowedDirectives, { container: ['component'], text: ['note', 'lang', 'split'] })
    .use(remarkLeftoverSyntax)
    .use(remarkArticleMarkup)
    .use(remarkComponentBlocks)
    .use(remarkSentenceSplits)
    .use(remarkNoteAnchors, options)
    .use(remarkPassageLanguage);
}
