/** What an editor calls each kind of Markdown node, for messages (never the parser's internal names). */
const names: Record<string, string> = {
  heading: 'a heading ("# …", or a line underlined with "---" or "===")',
  list: 'a list ("- …" or "1. …")',
  listItem: 'a list item',
  blockquote: 'a quotation block ("> …")',
  code: 'a code block (indented by four spaces, or between ``` lines)',
  thematicBreak: 'a horizontal rule ("---" or "***" on a line of its own)',
  table: 'a table',
  definition: 'a link definition ("[name]: address")',
  emphasis: 'emphasis (*…* or _…_)',
  strong: 'bold text (**…**)',
  link: 'a link',
  linkReference: 'a link',
  image: 'an image',
  imageReference: 'an image',
  inlineCode: 'code (`…`)',
  break: 'a forced line break (two spaces or "\\" at the end of a line)',
  containerDirective: 'a ::: block',
  leafDirective: 'a :: line',
  textDirective: 'a :directive',
  paragraph: 'a paragraph',
};

export function nodeName(type: string): string {
  return names[type] ?? type;
}
