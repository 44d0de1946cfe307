import { z } from 'astro/zod';
import { parseCitations, type CitedSource } from './citations.ts';
import { ContentError } from './content-error.ts';
import { languages, type Citation, type Lang, type Source } from '../model.ts';
import { typeset } from '../typography/typeset.ts';
import { idSchema } from './values.ts';
import type { YamlWithLines } from './yaml-lines.ts';

/*
 * The pieces every content file of the edition's context (instruments, comparison, participants,
 * timeline) is written with: texts in every language, ids, and citations with evidence, read by
 * the same parser as notes' (citations.ts).
 */

export const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** Texts of ours in every language of the edition, typeset; `what` names the field in messages ("The paraphrase"). */
export function localizedSchema(what: string) {
  return z.object(
    Object.fromEntries(
      languages.map((lang) => [
        lang,
        z
          .string({
            error: (issue) =>
              issue.input === undefined
                ? `${what} has no ${lang} text: every language of the edition (${languages.join(', ')}) needs one`
                : `${what} in ${lang} must be text`,
          })
          .trim()
          .min(1, `${what} in ${lang} is empty`)
          // Our own words: set by the edition's typographic step (src/lib/typography/typeset.ts).
          .transform((text) => typeset(text, lang)),
      ]),
    ) as Record<Lang, z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>,
    { error: (issue) => (issue.input === undefined ? `${what} is missing: write it in ${languages.join(', ')}` : `${what} must list one text per language (${languages.join(', ')})`) },
  );
}

export const slugSchema = idSchema;

/** The file being read, for messages; the bibliography and the quote rule, for citations; `cited` collects every citation read. */
export interface YamlPlace {
  yaml: YamlWithLines;
  file: string;
  sources: readonly Source[];
  maxQuoteWords: number;
  cited: CitedSource[];
  /** The build's day (YYYY-MM-DD): nothing is dated after it. */
  today: string;
}

export function failAt(place: Pick<YamlPlace, 'yaml' | 'file'>, path: ReadonlyArray<string | number>, reason: string): never {
  const { line, column } = place.yaml.positionOf(path);
  throw new ContentError(place.file, line, column, reason);
}

/** Checks `value` against `schema`; the first problem stops the build at its line, prefixed with `label`. */
export function parseAt<T>(schema: z.ZodType<T>, value: unknown, place: Pick<YamlPlace, 'yaml' | 'file'>, path: ReadonlyArray<string | number>, label: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const issuePath = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  const field = issuePath.length > 0 ? ` ${issuePath.join('.')}:` : '';
  failAt(place, [...path, ...issuePath], `${label}${field} ${issue.message}`);
}

/**
 * The `sources:` of a claim (at `path`, the claim's own path): at least one, each with evidence,
 * read by the notes' citation parser, and recorded as cited.
 */
export function readCitations(value: unknown, place: YamlPlace, path: ReadonlyArray<string | number>, label: string): Citation[] {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    failAt(place, [...path, ...(value === undefined ? [] : ['sources'])], `${label} sources: needs at least one source: sources: [{ id, evidence: [{ quote: "…" }] }]`);
  }
  const { citations, cited } = parseCitations(value, {
    file: place.file,
    yaml: place.yaml,
    path: [...path, 'sources'],
    sources: place.sources,
    maxQuoteWords: place.maxQuoteWords,
    today: place.today,
  });
  place.cited.push(...cited);
  return citations;
}

/**
 * Ids of one kind in one file are unique (each is an anchor on the page that lists them): the
 * second use of an id stops the build where it is written, naming the first.
 */
export function checkUniqueId(seen: Map<string, number>, id: string, place: Pick<YamlPlace, 'yaml' | 'file'>, path: ReadonlyArray<string | number>, kind: string): void {
  const first = seen.get(id);
  if (first !== undefined) failAt(place, path, `Duplicate ${kind} id "${id}" (first used on line ${first}): each ${kind} needs its own id, as it is its anchor`);
  seen.set(id, place.yaml.positionOf(path).line);
}

/** Quotes compared the way a reader would: typographic quotes, apostrophes and spaces made plain. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’ʼ]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .replace(/…/g, '...')
    .trim()
    .toLowerCase();
}

/** What every context file is read with: the bibliography, the quote rule, and where to record citations. */
export type ContextReading = Omit<YamlPlace, 'yaml' | 'file'>;
