import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { noteKinds, sourceTypes, type Citation, type NoteKind, type Source, type SourceType } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

/** The edition's editorial rules (content/editorial-rules.yml), checked on every build. */
export interface EditorialRules {
  /** Kinds of note that state contested facts. */
  contestedKinds: NoteKind[];
  /** Source types that cannot carry a contested fact alone. */
  weakSourceTypes: SourceType[];
  /** The longest quote of a source, in words. */
  maxQuoteWords: number;
}

const rulesSchema = z.strictObject({
  contestedKinds: z.array(z.enum(noteKinds, { error: `must be a kind of note: ${noteKinds.join(', ')}` })),
  weakSourceTypes: z.array(z.enum(sourceTypes, { error: `must be a type of source: ${sourceTypes.join(', ')}` })),
  maxQuoteWords: z.int({ error: 'must be a whole number of words' }).positive('must be a whole number of words'),
});

export function parseEditorialRules(text: string, file: string): EditorialRules {
  const yaml = parseYamlWithLines(text, file);
  const result = rulesSchema.safeParse(yaml.data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    const reason = issue.code === 'unrecognized_keys' ? `unknown rule "${issue.keys[0]}" (known: ${Object.keys(rulesSchema.shape).join(', ')})` : issue.message;
    const { line, column } = yaml.positionOf(path);
    throw new ContentError(file, line, column, `Editorial rules: ${path.length > 0 ? `${path.join('.')}: ` : ''}${reason}`);
  }
  return result.data;
}

/**
 * A note of a contested kind, or marked `contested: true`, must cite at least one source that is
 * not of a weak type. Returns the reason it breaks the rule, or undefined when it keeps it.
 */
export function contestedRuleBreach(
  note: { id: string; kind: NoteKind; contested: boolean; citations: readonly Citation[] },
  sources: readonly Source[],
  rules: EditorialRules,
): string | undefined {
  const contested = note.contested || rules.contestedKinds.includes(note.kind);
  if (!contested) return undefined;
  const typeOf = new Map(sources.map((source) => [source.id, source.type]));
  if (note.citations.some((citation) => !rules.weakSourceTypes.includes(typeOf.get(citation.source)!))) return undefined;
  const why = note.contested ? 'is marked contested' : `is a ${note.kind} note, a contested kind`;
  return (
    `Note "${note.id}" ${why} but rests only on weak sources (${rules.weakSourceTypes.join(', ')}): ` +
    'cite at least one source of another type (see content/editorial-rules.yml)'
  );
}
