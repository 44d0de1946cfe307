import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { sourceTypes, type Source } from '../model.ts';
import { absoluteUrl, buildDay, calendarDate, futureDateProblem, idSchema } from './values.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import { typeset } from '../typography/typeset.ts';

const sourceSchema = z.object({
  id: idSchema,
  type: z.enum(sourceTypes, { error: `every source needs a type, one of ${sourceTypes.join(', ')}` }),
  title: z.string().min(1),
  descriptiveTitle: z.boolean().default(false),
  publisher: z.string().min(1),
  url: absoluteUrl,
  date: calendarDate.optional(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language code such as "fr" or "en"'),
});

/** Reads and checks the bibliography (content/sources.yml). */
export function parseBibliography(text: string, file: string, today = buildDay()): Source[] {
  const yaml = parseYamlWithLines(text, file);
  if (!Array.isArray(yaml.data)) throw new ContentError(file, 1, 1, 'Expected a list of sources');
  const sources: Source[] = [];
  yaml.data.forEach((entry: unknown, index) => {
    const result = sourceSchema.safeParse(entry);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = [index, ...issue.path.filter((key): key is string | number => typeof key !== 'symbol')];
      throw new ContentError(file, yaml.lineOf(path), 1, `Source ${issue.path.join('.') || index + 1}: ${issue.message}`);
    }
    const { date, ...source } = result.data;
    const future = date && futureDateProblem(date, today, `Source "${source.id}" is`);
    if (future) {
      const { line, column } = yaml.positionOf([index, 'date']);
      throw new ContentError(file, line, column, future);
    }
    const first = sources.find((candidate) => candidate.id === source.id);
    if (first) throw new ContentError(file, yaml.lineOf([index, 'id']), 1, `Duplicate source id "${source.id}"`);
    // A descriptive title is ours, written in English (the source's own could not be confirmed): set like our other texts.
    sources.push({ ...source, ...(source.descriptiveTitle ? { title: typeset(source.title, 'en') } : {}), ...(date ? { date } : {}) });
  });
  return sources;
}
