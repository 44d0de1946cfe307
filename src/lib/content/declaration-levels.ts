import { z } from 'astro/zod';
import { levelSchema, readLevelEvidence } from './comparison.ts';
import { failAt, localizedSchema, normalizeQuote, parseAt, readCitations, type ContextReading, type YamlPlace } from './context-fields.ts';
import type { DeclarationLevel, Localized } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const rowSchema = z.strictObject(
  {
    component: z.string({ error: 'each row names a component key' }),
    article: z.strictObject({ level: levelSchema, words: z.string({ error: 'needs the words of the article that decide the level' }).trim().min(1) }, { error: 'needs the article’s level: article: { level: …, words: "…" }' }),
    official: z.strictObject({ level: levelSchema, levelQuote: z.string().trim().min(1).optional() }, { error: 'needs the official text’s level: official: { level: …, levelQuote: "…" }' }),
    paraphrase: localizedSchema('The paraphrase'),
    sources: z.unknown().optional(),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}" (known: component, article, official, paraphrase, sources)` : undefined) },
);

/**
 * Reads content/comparison/declaration.yml: the declaration's own row of the matrix. For each
 * component, its level from the article's wording (`article.words` must be words of the article's
 * text of that component, `articleText`) and from the official text as read or as reported
 * (`official.levelQuote` must be words of the row's evidence). Where the two differ, the matrix
 * and the ladder show a range.
 */
export function parseDeclarationLevels(
  text: string,
  file: string,
  componentKeys: readonly string[],
  articleText: (component: string) => string | undefined,
  reading: ContextReading,
): DeclarationLevel[] {
  const yaml = parseYamlWithLines(text, file);
  const place: YamlPlace = { yaml, file, ...reading };
  if (!Array.isArray(yaml.data)) failAt(place, [], 'Expected a list of rows, one per component (- component: …)');
  const rows: DeclarationLevel[] = [];
  (yaml.data as unknown[]).forEach((entry, index) => {
    const named = (entry as { component?: unknown } | null)?.component;
    const label = `Declaration row ${typeof named === 'string' ? `"${named}"` : index + 1}`;
    const data = parseAt(rowSchema, entry, place, [index], label);
    if (!componentKeys.includes(data.component)) {
      failAt(place, [index, 'component'], `Unknown component key "${data.component}" (known: ${componentKeys.join(', ')})`);
    }
    if (rows.some((row) => row.component === data.component)) {
      failAt(place, [index, 'component'], `Component "${data.component}" has a second row: merge the two`);
    }
    const article = articleText(data.component);
    if (article !== undefined && !normalizeQuote(article).includes(normalizeQuote(data.article.words))) {
      failAt(place, [index, 'article', 'words'], `${label}: the article's words are not in its text of component "${data.component}": quote the words that decide the level, verbatim from content/declaration/fr.md`);
    }
    const citations = readCitations(data.sources, place, [index], label);
    const evidence = readLevelEvidence(place, [index, 'official'], label, data.official.level, data.official.levelQuote, citations);
    if (!evidence) failAt(place, [index, 'official', 'level'], `${label}: the official text's level must be established from its evidence (not-established is for a cell of another instrument)`);
    rows.push({
      component: data.component,
      article: { level: data.article.level, words: data.article.words },
      official: { level: data.official.level, evidence },
      paraphrase: data.paraphrase as Localized,
      sources: citations,
    });
  });
  return rows.sort((a, b) => componentKeys.indexOf(a.component) - componentKeys.indexOf(b.component));
}
