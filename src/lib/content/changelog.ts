import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { anchorPattern, changeKinds, idRule, languages, type Change, type Lang } from '../model.ts';
import { buildDay, calendarDate, futureDateProblem, idSchema } from './values.ts';
import { typeset } from '../typography/typeset.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const retiredAnchorRule = 'must be an id or an anchor without its "#": lowercase letters and digits joined by hyphens (e.g. "us-led-monitoring" or "note-us-led-monitoring")';

const changeSchema = z.strictObject({
  id: idSchema,
  date: calendarDate,
  kind: z.enum(changeKinds, { error: `must be one of ${changeKinds.join(', ')}` }),
  touches: z
    .array(z.string({ error: 'must be ids' }), { error: 'must list what the change touches: note ids, source ids or component keys' })
    .min(1, 'must list what the change touches: note ids, source ids or component keys'),
  summary: z.strictObject(
    Object.fromEntries(languages.map((lang) => [lang, z.string({ error: `needs the summary in ${lang}` }).trim().min(1, `needs the summary in ${lang}`)])) as Record<
      Lang,
      z.ZodString
    >,
    { error: `must give the summary in every language: { ${languages.map((lang) => `${lang}: "…"`).join(', ')} }` },
  ),
  retires: z
    .record(z.string().regex(anchorPattern, retiredAnchorRule), z.string().regex(anchorPattern, retiredAnchorRule), {
      error: 'must map each retired id to where its readers now land, e.g. retires: { old-id: new-id }',
    })
    .default({}),
});

/**
 * Reads the record of changes (content/changelog.yml): a list of entries with a real date, a
 * known kind, what they touch (ids that exist: `knownIds`) and a summary in every language.
 * Returns them newest first (entries of one day keep the file's order).
 */
export function parseChangelog(text: string, file: string, knownIds: ReadonlySet<string>, today = buildDay()): Change[] {
  const yaml = parseYamlWithLines(text, file);
  if (!Array.isArray(yaml.data) || yaml.data.length === 0) {
    throw new ContentError(file, 1, 1, 'The changelog needs at least one entry: the edition’s version is the date of its latest change');
  }
  const changes: Change[] = [];
  yaml.data.forEach((entry: unknown, index) => {
    const result = changeSchema.safeParse(entry);
    const name = typeof (entry as { id?: unknown })?.id === 'string' ? `Change "${(entry as { id: string }).id}"` : `Change ${index + 1}`;
    if (!result.success) {
      const issue = result.error.issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? result.error.issues[0]!;
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      const reason =
        issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}" (known: ${Object.keys(changeSchema.shape).join(', ')})` : issue.message;
      const { line, column } = yaml.positionOf([index, ...path]);
      throw new ContentError(file, line, column, `${name}: ${path.length > 0 ? `${path.join('.')}: ` : ''}${reason}`);
    }
    const change = { ...result.data, summary: Object.fromEntries(languages.map((lang) => [lang, typeset(result.data.summary[lang], lang)])) } as Change;
    const future = futureDateProblem(change.date, today, `${name} is`);
    if (future) {
      const { line, column } = yaml.positionOf([index, 'date']);
      throw new ContentError(file, line, column, future);
    }
    for (const [old, landing] of Object.entries(change.retires)) {
      if (old === landing) {
        const { line, column } = yaml.positionOf([index, 'retires', old]);
        throw new ContentError(file, line, column, `${name} retires "${old}" to itself: give the id or anchor its readers now land on`);
      }
    }
    const first = changes.find((other) => other.id === change.id);
    if (first) throw new ContentError(file, yaml.lineOf([index, 'id']), 1, `Duplicate change id "${change.id}": each entry's anchor #change-<id> must be unique`);
    change.touches.forEach((id, position) => {
      if (!knownIds.has(id)) {
        const { line, column } = yaml.positionOf([index, 'touches', position]);
        throw new ContentError(file, line, column, `${name} touches "${id}", which is no note id, source id or component key of the edition`);
      }
    });
    changes.push(change);
  });
  return changes.map((change, order) => ({ change, order })).sort((a, b) => b.change.date.localeCompare(a.change.date) || a.order - b.order).map(({ change }) => change);
}
