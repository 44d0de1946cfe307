import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { languages, type Citation, type Evidence, type Lang, type Source } from '../model.ts';
import { parseYamlWithLines, type YamlWithLines } from './yaml-lines.ts';
import { absoluteUrl, buildDay, calendarDate, futureDateProblem } from './values.ts';
import { typeset } from '../typography/typeset.ts';

/** Where a source is cited: a note's front matter, or any other data citing sources (instruments, timeline…). */
export interface CitedSource {
  sourceId: string;
  /** The file and line the citation is written on. */
  file: string;
  line: number;
}

/**
 * Citations with evidence, as notes (and any other content that makes a claim) write them:
 *
 * ```yaml
 * sources:
 *   - id: president-ua-paris-declaration
 *     evidence:
 *       - quote: "a system of politically and legally binding guarantees"
 *         read: 2026-12-07
 *         locator: { fr: "chapeau", en: "opening paragraphs" }
 *         translations: { fr: "un système de garanties politiquement et juridiquement contraignantes" }
 * ```
 */

export interface CitationContext {
  /** The file being read, for messages. */
  file: string;
  /** The file's YAML, to point at the line and column of a mistake. */
  yaml: YamlWithLines;
  /** Where the `sources:` list is in that YAML. */
  path: ReadonlyArray<string | number>;
  /** The bibliography. */
  sources: readonly Source[];
  /** The longest quote allowed, in words (content/editorial-rules.yml). */
  maxQuoteWords: number;
  /** The build's day: no passage was read after it. */
  today?: string;
}

const text = z.string({ error: 'must be a text in quotation marks' }).trim().min(1, 'must not be empty');

const evidenceSchema = z.strictObject(
  {
    quote: text,
    lang: z
      .string({ error: 'must be a language code such as "fr" or "en"' })
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language code such as "fr" or "en"')
      .optional(),
    locator: z.record(z.string(), text, { error: `must give the place in every language, e.g. { ${languages.map((lang) => `${lang}: "…"`).join(', ')} }` }).optional(),
    translations: z.record(z.string(), text, { error: `must give our translation per language, e.g. { ${languages[0]}: "…" }` }).optional(),
    // When we read the passage (YYYY-MM-DD), and where if not on the cited page (a syndicated copy, an archive).
    read: calendarDate.optional(),
    readIn: absoluteUrl.optional(),
  },
  { error: 'each evidence item needs a quote: write "- quote: \\"…\\""' },
);

const citationSchema = z.strictObject({
  id: z.string({ error: 'a citation needs the id of a source from content/sources.yml' }).min(1),
  evidence: z.array(evidenceSchema, { error: 'must be a list of quotes ("- quote: …")' }).optional(),
});

type Path = Array<string | number>;

/** Counts words as readers do: runs of letters or digits, so that `…` and `–` do not count. */
export function countWords(quote: string): number {
  return quote.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** The edition language a language tag belongs to ("en-GB" → "en"), if any. */
function editionLanguage(tag: string): Lang | undefined {
  return languages.find((lang) => lang === tag.split('-')[0]);
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}

/** A zod issue, worded for an editor. */
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'unrecognized_keys') {
    const known = issue.path.length === 0 ? Object.keys(citationSchema.shape) : Object.keys(evidenceSchema.shape);
    return `unknown field "${issue.keys[0]}" (known: ${known.join(', ')})`;
  }
  if (value === undefined && issue.code === 'invalid_type') return 'is missing';
  return issue.message;
}

/**
 * Reads and checks a list of citations: every cited source exists and is cited once, every
 * citation has evidence, every quote is short and translated into each edition language it
 * is not written in, every locator is given in every edition language. Throws a ContentError
 * at the line and column of the first mistake.
 */
export function parseCitations(value: unknown, context: CitationContext): { citations: Citation[]; cited: CitedSource[] } {
  const { file, yaml, sources, maxQuoteWords } = context;
  const fail = (path: Path, reason: string): never => {
    const { line, column } = yaml.positionOf([...context.path, ...path]);
    throw new ContentError(file, line, column, reason);
  };
  if (!Array.isArray(value)) fail([], 'sources: must be a list of citations ("- id: …" with its evidence)');
  const items = value as unknown[];
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const citations: Citation[] = [];
  const cited: CitedSource[] = [];

  items.forEach((item, index) => {
    if (typeof item === 'string') {
      fail([index], `Citation of "${item}" has no evidence: write "- id: ${item}" with an "evidence:" list of quotes from it (see README, Evidence)`);
    }
    const result = citationSchema.safeParse(item);
    if (!result.success) {
      // A misspelt field explains the missing one it was meant to be: report it first.
      const issue = result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? result.error.issues[0]!;
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      fail([index, ...path], `Citation ${path.length > 0 ? `${path.join('.')}: ` : ''}${describeIssue(issue, valueAt(item, path))}`);
    }
    const { id, evidence } = result.data!;
    const source = sourceById.get(id) ?? fail([index, 'id'], `Unknown source "${id}": add it to content/sources.yml`);
    const line = yaml.lineOf([...context.path, index]);
    const first = cited.find((citation) => citation.sourceId === id);
    if (first) fail([index, 'id'], `Source "${id}" is cited twice (first on line ${first.line}): cite it once, with all its evidence`);
    cited.push({ sourceId: id, file, line });
    if (!evidence || evidence.length === 0) {
      fail([index, evidence ? 'evidence' : 'id'], `Citation of "${id}" has no evidence: add at least one quote from the source under "evidence:"`);
    }
    citations.push({
      source: id,
      evidence: evidence!.map((entry, position) =>
        checkEvidence(entry, source, (path, reason) => fail([index, 'evidence', position, ...path], reason), maxQuoteWords, context.today ?? buildDay()),
      ),
    });
  });
  return { citations, cited };
}

function checkEvidence(
  entry: z.infer<typeof evidenceSchema>,
  source: Source,
  fail: (path: Path, reason: string) => never,
  maxQuoteWords: number,
  today: string,
): Evidence {
  const lang = entry.lang ?? source.language;
  // A quote no one can find again is not published: each one says when it was read, so a re-reader knows what to look for.
  if (!entry.read) {
    fail(
      ['quote'],
      `Quote from "${source.id}" has no reading date: add "read: YYYY-MM-DD", the day you read these words on the cited page ` +
        '(and "readIn: <the copy\'s URL>" if you read them in another copy); a quote you cannot find again is left out (see README, Evidence)',
    );
  }
  const future = futureDateProblem(entry.read!, today, `A passage of "${source.id}" is read:`);
  if (future) fail(['read'], future);
  const quoteLang = editionLanguage(lang);
  const words = countWords(entry.quote);
  if (words > maxQuoteWords) {
    fail(['quote'], `Quote from "${source.id}" has ${words} words: keep quotes to ${maxQuoteWords} words or fewer (cut with …)`);
  }
  const translations = entry.translations ?? {};
  for (const key of Object.keys(translations)) {
    if (!editionLanguage(key) || key.includes('-')) {
      fail(['translations', key], `"${key}" is not a language of the edition (${languages.join(', ')}): translations are given in those`);
    }
    if (key === quoteLang) fail(['translations', key], `Quote from "${source.id}" is already in ${key}: remove its translation into ${key}`);
  }
  for (const target of languages) {
    if (target !== quoteLang && !translations[target]) {
      fail(entry.translations ? ['translations'] : ['quote'], `Quote from "${source.id}" is in ${lang}: add our translation into ${target} under "translations:"`);
    }
  }
  let locator: Record<Lang, string> | undefined;
  if (entry.locator) {
    const unknown = Object.keys(entry.locator).find((key) => !languages.includes(key as Lang));
    if (unknown) fail(['locator', unknown], `"${unknown}" is not a language of the edition (${languages.join(', ')}): a locator is given in those`);
    const missing = languages.find((target) => !entry.locator![target]);
    if (missing) fail(['locator'], `The locator of a quote from "${source.id}" has no ${missing}: give it in every language (${languages.join(', ')})`);
    locator = entry.locator as Record<Lang, string>;
  }
  // The quote is the source's words, kept as read; our translations and locators are set like our other texts.
  const set = (texts: Record<string, string>) => Object.fromEntries(Object.entries(texts).map(([target, text]) => [target, typeset(text, target)]));
  return {
    quote: entry.quote,
    lang,
    ...(locator ? { locator: set(locator) as Record<Lang, string> } : {}),
    translations: set(translations) as Partial<Record<Lang, string>>,
    read: entry.read!,
    ...(entry.readIn ? { readIn: entry.readIn } : {}),
  };
}

/**
 * Every source of the bibliography must be cited somewhere: by a note, or by any other data
 * that cites sources (pass all their citations). A source no longer cited stays listed (its
 * anchor is published) when a change of content/changelog.yml touches it, saying why.
 * An uncited source is reported on its line.
 */
export function checkEverySourceCited(
  sources: readonly Source[],
  bibliography: { text: string; file: string },
  citations: Iterable<CitedSource>,
  recordedAsUncited: Iterable<string> = [],
): void {
  const cited = new Set([...[...citations].map((citation) => citation.sourceId), ...recordedAsUncited]);
  const index = sources.findIndex((source) => !cited.has(source.id));
  if (index === -1) return;
  const line = parseYamlWithLines(bibliography.text, bibliography.file).lineOf([index, 'id']);
  throw new ContentError(
    bibliography.file,
    line,
    1,
    `Source "${sources[index]!.id}" is cited by nothing: cite it from a note (or other data citing sources); if it no longer is, ` +
      'say why in content/changelog.yml (touches: [its id]), or remove it if it was never published',
  );
}
