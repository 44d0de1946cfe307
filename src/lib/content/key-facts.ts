import { z } from 'astro/zod';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { CitedSource } from './citations.ts';
import { failAt, localizedSchema, normalizeQuote, readCitations, type YamlPlace } from './context-fields.ts';
import { ContentError } from './content-error.ts';
import remarkAllowedDirectives from '../markdown/remark-allowed-directives.ts';
import remarkCrossReferences, { type CrossReferenceTarget } from '../markdown/remark-cross-references.ts';
import remarkLeftoverSyntax from '../markdown/remark-leftover-syntax.ts';
import remarkNoRawHtml from '../markdown/remark-no-raw-html.ts';
import remarkPassageLanguage from '../markdown/remark-passage-language.ts';
import remarkTypography from '../markdown/remark-typography.ts';
import { nodeName } from '../markdown/node-names.ts';
import { noteSchema } from '../markdown/rehype-refuse-unsafe.ts';
import { keyFactFields, languages, type KeyFact, type KeyFactField, type Lang, type OfficialQuote, type Source } from '../model.ts';
import { calendarDate, futureDateProblem } from './values.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

/*
 * A component's key facts (content/key-facts/<component-key>.yml): the answers a reader looks
 * for first — who commits, to what, when, whether it binds, by what means, where it stands, and
 * the official words — each resting on notes and on cited evidence, as a note does.
 *
 * - field: who          # who | what | when | binding | means | status | official-wording: each once, in this order
 *   text: { fr: "…", en: "…", uk: "…" }     # our words; inline Markdown as in notes, no links, no lists
 *   notes: [binding-commitments]             # the notes that support the row (at least one)
 *   sources: [{ id, evidence: [{ quote, translations, read }] }]
 * - field: status
 *   asOf: 2026-02-24                         # the latest sourced date the row states
 * - field: official-wording
 *   official: [{ source: president-ua-paris-declaration, quote: "…" }]   # each one of the row's evidence quotes
 *   # or: unavailable: { fr: "…", en: "…", uk: "…" }   # why no official wording is shown
 */

/** What key facts are checked against, and how their texts are rendered in each language. */
export interface KeyFactsContext {
  componentKey: string;
  noteIds: readonly string[];
  sources: readonly Source[];
  maxQuoteWords: number;
  /** Cross-references of each language (`:ref{to=…}`). */
  targets: Record<Lang, Readonly<Record<string, CrossReferenceTarget>>>;
  /** The build's day (YYYY-MM-DD): no status is dated after it. */
  today: string;
}

const rowSchema = z.strictObject({
  field: z.enum(keyFactFields, { error: `must be one of ${keyFactFields.join(', ')}` }),
  text: z.unknown().optional(),
  asOf: z.unknown().optional(),
  official: z.unknown().optional(),
  unavailable: z.unknown().optional(),
  notes: z.array(z.string({ error: 'must list note ids' }), { error: 'must list the ids of the notes that support the row, e.g. notes: [binding-commitments]' }).min(1, 'must list at least one note that supports the row'),
  sources: z.unknown(),
});

const officialSchema = z
  .array(
    z.strictObject(
      { source: z.string({ error: 'needs the id of the official text quoted' }).min(1), quote: z.string({ error: 'needs the quote, in quotation marks' }).trim().min(1, 'needs the quote') },
      { error: 'each official quote is written { source: <source id>, quote: "…" }' },
    ),
    { error: 'must list the official quotes: official: [{ source: …, quote: "…" }]' },
  )
  .min(1, 'must list at least one official quote (or write unavailable: { … } saying why there is none)');

type Path = Array<string | number>;

/**
 * Renders one of our short texts (one paragraph of inline Markdown, as in notes: emphasis,
 * `:lang[…]{xx}`, `:ref{to=…}`) to phrasing HTML, set by the typographic step. Key facts and the home
 * pages' "What the declaration is" are written so. `what` names the text in messages.
 */
export function renderShortText(
  markdown: string,
  lang: Lang,
  place: Pick<YamlPlace, 'yaml' | 'file'>,
  path: Path,
  targets: Readonly<Record<string, CrossReferenceTarget>>,
  what = 'A key fact',
): string {
  const vfile = new VFile({ value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkNoRawHtml)
    .use(remarkAllowedDirectives, { container: [], text: ['ref', 'lang'] })
    .use(remarkLeftoverSyntax)
    .use(remarkPassageLanguage)
    .use(remarkCrossReferences, { targets })
    .use(remarkTypography, { lang });
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  } catch (error) {
    const { reason, line, column } = error as { reason?: string; line?: number; column?: number };
    if (reason === undefined) throw error;
    // The text is one line of YAML: its column in the text is its place in the value.
    const at = place.yaml.positionOf(path, line === 1 ? Math.max(0, (column ?? 1) - 1) : 0);
    throw new ContentError(place.file, at.line, at.column, reason);
  }
  const [first, ...others] = tree.children;
  if (!first || first.type !== 'paragraph' || others.length > 0) {
    const found = first && first.type !== 'paragraph' ? nodeName(first.type) : 'several paragraphs';
    failAt(place, path, `${what} is one or two short sentences, not ${found}: write it as one paragraph`);
  }
  let link: string | undefined;
  (function findLink(node: { type: string; url?: string; children?: unknown[]; data?: { hProperties?: { className?: string[] } } }) {
    if (node.type === 'link' && !node.data?.hProperties?.className?.includes('cross-reference')) link ??= node.url;
    (node.children as typeof node[] | undefined)?.forEach(findLink);
  })(first);
  if (link !== undefined) failAt(place, path, `${what} holds no links ("${link}"): its notes and sources carry them`);
  const hast = unified()
    .use(rehypeSanitize, noteSchema)
    .runSync({ type: 'root', children: [toHast(first)] } as HastRoot) as HastRoot;
  const paragraph = hast.children.find((node) => node.type === 'element');
  return paragraph && paragraph.type === 'element' ? toHtml(paragraph.children) : toHtml(hast);
}

/** The texts of a row in every language, rendered. */
function renderLocalized(value: unknown, what: string, place: YamlPlace, path: Path, context: KeyFactsContext): Record<Lang, string> {
  const result = localizedSchema(what).safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    failAt(place, [...path, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')], `${what.replace(/^The /, 'The ')}: ${issue.message}`);
  }
  const texts = result.data! as Record<Lang, string>;
  return Object.fromEntries(languages.map((lang) => [lang, renderShortText(texts[lang], lang, place, [...path, lang], context.targets[lang])])) as Record<Lang, string>;
}

/**
 * Reads one component's key facts and checks them: the seven fields, each once and in order;
 * every note id known; citations with evidence (the notes' parser); the status row's date; the
 * official wording, each quote one of the row's evidence quotes, or why it is unavailable.
 * Throws a ContentError at the line and column of the first mistake.
 */
export function parseKeyFacts(text: string, file: string, context: KeyFactsContext): { rows: KeyFact[]; cited: CitedSource[] } {
  const yaml = parseYamlWithLines(text, file);
  const place: YamlPlace = { yaml, file, sources: context.sources, maxQuoteWords: context.maxQuoteWords, cited: [], today: context.today };
  const label = (field: string) => `Key fact "${field}" of ${context.componentKey}:`;
  if (!Array.isArray(yaml.data) || yaml.data.length === 0) {
    throw new ContentError(file, 1, 1, `Key facts are a list of rows, one per field (${keyFactFields.join(', ')}), each "- field: …" with its text, notes and sources`);
  }
  const rows: KeyFact[] = [];
  (yaml.data as unknown[]).forEach((value, index) => {
    const result = rowSchema.safeParse(value);
    if (!result.success) {
      const issue = result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? result.error.issues[0]!;
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const reason = issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}" (known: ${Object.keys(rowSchema.shape).join(', ')})` : issue.message;
      const field = typeof (value as { field?: unknown } | null)?.field === 'string' ? (value as { field: string }).field : `row ${index + 1}`;
      failAt(place, [index, ...path], `${label(field)} ${path.length > 0 ? `${path.join('.')}: ` : ''}${reason}`);
    }
    const row = result.data!;
    const at = (...path: Path): Path => [index, ...path];
    const expected = keyFactFields[index];
    if (row.field !== expected) {
      const seen = rows.find((earlier) => earlier.field === row.field);
      failAt(
        place,
        at('field'),
        seen
          ? `${label(row.field)} this field is given twice: each field once, in this order: ${keyFactFields.join(', ')}`
          : expected
            ? `${label(row.field)} out of order: row ${index + 1} must be "${expected}" (fields in this order: ${keyFactFields.join(', ')})`
            : `${label(row.field)} there are only ${keyFactFields.length} fields (${keyFactFields.join(', ')})`,
      );
    }
    const field = row.field as KeyFactField;
    const unknownNote = row.notes.findIndex((id) => !context.noteIds.includes(id));
    if (unknownNote !== -1) {
      failAt(place, at('notes', unknownNote), `${label(field)} unknown note "${row.notes[unknownNote]}": there is no content/annotations/${row.notes[unknownNote]}.md`);
    }
    const sources = readCitations(row.sources, place, at(), label(field));
    const isOfficial = field === 'official-wording';
    if (!isOfficial && row.text === undefined) failAt(place, at('field'), `${label(field)} needs its text in every language: text: { fr: "…", en: "…", uk: "…" }`);
    const html = row.text === undefined ? undefined : renderLocalized(row.text, 'The text', place, at('text'), context);
    for (const [name, allowed] of [['asOf', field === 'status'], ['official', isOfficial], ['unavailable', isOfficial]] as const) {
      if (!allowed && (row as Record<string, unknown>)[name] !== undefined) failAt(place, at(name), `${label(field)} "${name}" belongs to the ${name === 'asOf' ? 'status' : 'official-wording'} row only`);
    }
    let asOf: string | undefined;
    if (field === 'status') {
      if (row.asOf === undefined) failAt(place, at('field'), `${label(field)} needs the date it is true as of: asOf: YYYY-MM-DD (the latest date its sources state)`);
      const date = calendarDate.safeParse(row.asOf instanceof Date ? row.asOf.toISOString().slice(0, 10) : row.asOf);
      if (!date.success) failAt(place, at('asOf'), `${label(field)} asOf: ${date.error.issues[0]!.message}`);
      const future = futureDateProblem(date.data, context.today, `${label(field)} asOf`);
      if (future) failAt(place, at('asOf'), future);
      asOf = date.data;
    }
    let official: OfficialQuote[] | undefined;
    let unavailable: Record<Lang, string> | undefined;
    if (isOfficial) {
      // Both may stand: the English wording quoted, and why the Ukrainian text is not available to us.
      if (row.official === undefined && row.unavailable === undefined) {
        failAt(place, at('field'), `${label(field)} give the official wording (official: [{ source, quote }]), or why it is not available to us (unavailable: { fr, en, uk }), or both when only one official text could be read`);
      }
      if (row.unavailable !== undefined) unavailable = renderLocalized(row.unavailable, 'Why the official wording is unavailable', place, at('unavailable'), context);
      if (row.official !== undefined) {
        const parsed = officialSchema.safeParse(row.official);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          failAt(place, at('official', ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')), `${label(field)} official: ${issue.message}`);
        }
        official = parsed.data!.map(({ source, quote }, position) => {
          const evidence = sources.find((citation) => citation.source === source)?.evidence.find((item) => normalizeQuote(item.quote) === normalizeQuote(quote));
          if (!evidence) {
            failAt(
              place,
              at('official', position, 'quote'),
              `${label(field)} the official quote is not one of the row's evidence quotes from "${source}": quote the official text under sources: (with its translations), then repeat its words here`,
            );
          }
          return { source, quote: evidence!.quote, lang: evidence!.lang, translations: evidence!.translations };
        });
      }
    }
    rows.push({
      field,
      ...(html ? { html } : {}),
      ...(asOf ? { asOf } : {}),
      ...(official ? { official } : {}),
      ...(unavailable ? { unavailable } : {}),
      notes: row.notes,
      sources,
    });
  });
  if (rows.length < keyFactFields.length) {
    const missing = keyFactFields[rows.length]!;
    throw new ContentError(file, yaml.lineOf([rows.length - 1]), 1, `Key facts of ${context.componentKey} lack the row "${missing}": every component answers ${keyFactFields.join(', ')}, in this order`);
  }
  return { rows, cited: place.cited };
}
