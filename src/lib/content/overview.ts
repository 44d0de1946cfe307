import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { activations, languages, type ComponentOverview, type Lang } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';
import { typeset } from '../typography/typeset.ts';

const entrySchema = z.object({
  activation: z.enum(activations),
  lead: z.object(Object.fromEntries(languages.map((lang) => [lang, z.string().min(1)])) as Record<Lang, z.ZodString>),
});

/** Reads content/overview.yml: one entry per component key, no more, no less. */
export function parseOverview(text: string, file: string, componentKeys: readonly string[]): ComponentOverview[] {
  const yaml = parseYamlWithLines(text, file);
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!componentKeys.includes(key)) throw new ContentError(file, yaml.lineOf([key]), 1, `Unknown component key "${key}" (known: ${componentKeys.join(', ')})`);
  }
  return componentKeys.map((key) => {
    if (!(key in data)) throw new ContentError(file, 1, 1, `Component "${key}" is missing from the overview`);
    const result = entrySchema.safeParse(data[key]);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = [key, ...issue.path.filter((part): part is string | number => typeof part !== 'symbol')];
      throw new ContentError(file, yaml.lineOf(path), 1, `${path.join('.')}: ${issue.message}`);
    }
    const lead = Object.fromEntries(languages.map((lang) => [lang, typeset(result.data.lead[lang], lang)])) as Record<Lang, string>;
    return { key, activation: result.data.activation, lead };
  });
}
