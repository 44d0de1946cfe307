import { z } from 'astro/zod';
import { evidenceHolding } from './comparison.ts';
import { failAt, parseAt, slugSchema } from './context-fields.ts';
import type { Citation, QuotedWords, Redline } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const sideSchema = z.strictObject(
  { source: z.string({ error: 'names the source that gives the words (a source the note cites)' }), quote: z.string({ error: 'needs the words, verbatim' }).trim().min(1) },
  { error: 'must be { source: …, quote: "…" }' },
);

const redlineSchema = z.strictObject(
  {
    id: slugSchema,
    note: z.string({ error: 'names the note that reports the change (a file of content/annotations/)' }),
    draft: sideSchema,
    final: sideSchema.optional(),
    followedBy: sideSchema.optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}" (known: id, note, draft, final, followedBy)` : undefined) },
);

/**
 * Reads content/redlines.yml: wording that changed between a draft (as reported) and the final
 * text, each side a short quote that the note reporting it already cites as evidence (the same
 * source, the same words), so that a redline says nothing its note does not source. The two sides
 * are compared word by word, so they must be in one language.
 */
export function parseRedlines(text: string, file: string, notes: ReadonlyMap<string, readonly Citation[]>): Redline[] {
  const yaml = parseYamlWithLines(text, file);
  const place = { yaml, file };
  if (!Array.isArray(yaml.data)) failAt(place, [], 'Expected a list of redlines (- id: …)');
  const redlines: Redline[] = [];
  (yaml.data as unknown[]).forEach((entry, index) => {
    const named = (entry as { id?: unknown } | null)?.id;
    const label = `Redline ${typeof named === 'string' ? `"${named}"` : index + 1}`;
    const data = parseAt(redlineSchema, entry, place, [index], label);
    if (redlines.some((redline) => redline.id === data.id)) failAt(place, [index, 'id'], `Duplicate redline id "${data.id}"`);
    const citations = notes.get(data.note);
    if (!citations) failAt(place, [index, 'note'], `${label}: unknown note "${data.note}": there is no content/annotations/${data.note}.md`);
    const side = (name: 'draft' | 'final' | 'followedBy'): QuotedWords | undefined => {
      const words = data[name];
      if (!words) return undefined;
      const cited = citations.filter((citation) => citation.source === words.source);
      if (cited.length === 0) failAt(place, [index, name, 'source'], `${label} ${name}: note "${data.note}" does not cite "${words.source}": a redline quotes only what its note cites`);
      const holder = evidenceHolding(cited, words.quote);
      if (!holder) failAt(place, [index, name, 'quote'], `${label} ${name}: these words are not in the evidence note "${data.note}" gives from "${words.source}": quote them verbatim`);
      return { quote: words.quote, source: words.source, lang: holder.lang };
    };
    const draft = side('draft')!;
    const final = side('final');
    const followedBy = side('followedBy');
    if (final && final.lang !== draft.lang) {
      failAt(place, [index, 'final', 'quote'], `${label}: the draft is quoted in ${draft.lang} and the final text in ${final.lang}: a redline compares words in one language`);
    }
    if (!final && !followedBy) failAt(place, [index, 'draft'], `${label}: give the final wording (final:), or, where the passage was dropped, the final text's words that follow it (followedBy:)`);
    redlines.push({ id: data.id, note: data.note, draft, ...(final ? { final } : {}), ...(followedBy ? { followedBy } : {}) });
  });
  return redlines;
}
