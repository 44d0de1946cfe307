import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { failAt, localizedSchema, parseAt, readCitations, slugSchema, type YamlPlace } from './context-fields.ts';
import { ContentError } from './content-error.ts';
import { getEdition } from './edition.ts';
import { parseEditorialRules } from './editorial-rules.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import { buildDay } from './values.ts';
import { renderShortText } from './key-facts.ts';
import { languages, type Citation, type Lang, type Localized, type Source } from '../model.ts';

/*
 * What the declaration is — a political declaration, whose signatories are not listed, and what it
 * needs to take effect — in a few sourced points for the home pages (content/legal-nature.yml).
 * Each point's sources are read like a note's (citations.ts): verbatim quotes, our translations,
 * read dates.
 */

/** One point of the block. */
export interface LegalNaturePoint {
  /** Its anchor on the home page is `legal-<id>`. */
  id: string;
  title: Localized;
  text: Localized;
  /** The text rendered (inline Markdown as in notes, typeset), per language. */
  html: Record<Lang, string>;
  /** Notes that say more. */
  notes: string[];
  sources: Citation[];
}

const pointSchema = z.strictObject({
  id: slugSchema,
  title: localizedSchema('The title'),
  text: localizedSchema('The text'),
  notes: z.array(z.string(), { error: 'must list the ids of the notes that say more: notes: [note-id]' }).min(1, 'must list at least one note'),
  sources: z.unknown().optional(),
});

/** Reads the points: every text in every language, every note known, every claim sourced. */
export function parseLegalNature(
  text: string,
  file: string,
  context: { sources: readonly Source[]; maxQuoteWords: number; noteIds: readonly string[]; today?: string },
): LegalNaturePoint[] {
  const yaml = parseYamlWithLines(text, file);
  const place: YamlPlace = { yaml, file, sources: context.sources, maxQuoteWords: context.maxQuoteWords, cited: [], today: context.today ?? buildDay() };
  if (!Array.isArray(yaml.data) || yaml.data.length === 0) failAt(place, [], 'Expected a list of points (- id: …, title, text, notes, sources)');
  const points: LegalNaturePoint[] = [];
  (yaml.data as unknown[]).forEach((entry, index) => {
    const named = (entry as { id?: unknown } | null)?.id;
    const label = `Point ${typeof named === 'string' ? `"${named}"` : index + 1}`;
    const data = parseAt(pointSchema, entry, place, [index], label);
    if (points.some((point) => point.id === data.id)) failAt(place, [index, 'id'], `Duplicate point id "${data.id}"`);
    data.notes.forEach((note, noteIndex) => {
      if (!context.noteIds.includes(note)) failAt(place, [index, 'notes', noteIndex], `Unknown note "${note}": there is no content/annotations/${note}.md`);
    });
    points.push({
      id: data.id,
      title: data.title as Localized,
      text: data.text as Localized,
      html: Object.fromEntries(
        languages.map((lang) => [lang, renderShortText((data.text as Record<Lang, string>)[lang], lang, place, [index, 'text', lang], {}, `${label}'s text`)]),
      ) as Record<Lang, string>,
      notes: data.notes,
      sources: readCitations(data.sources, place, [index], label),
    });
  });
  return points;
}

let points: LegalNaturePoint[] | undefined;

/** The block's points, read once per build (afresh in `astro dev`), against the edition's sources and notes. */
export function getLegalNature(contentDir = join(process.cwd(), 'content')): LegalNaturePoint[] {
  if (points && !import.meta.env?.DEV) return points;
  const absolute = join(contentDir, 'legal-nature.yml');
  const file = relative(process.cwd(), absolute);
  if (!existsSync(absolute)) throw new ContentError(file, 1, 1, 'File is missing: the home pages say what the declaration is from it');
  const edition = getEdition();
  const rulesFile = join(contentDir, 'editorial-rules.yml');
  const rules = parseEditorialRules(readFileSync(rulesFile, 'utf8'), relative(process.cwd(), rulesFile));
  points = parseLegalNature(readFileSync(absolute, 'utf8').normalize('NFC'), file, {
    sources: edition.sources,
    maxQuoteWords: rules.maxQuoteWords,
    noteIds: edition.texts.fr.notes.map((note) => note.id),
  });
  return points;
}
