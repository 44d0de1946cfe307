import { z } from 'astro/zod';
import { failAt, localizedSchema, normalizeQuote, parseAt, readCitations, wordCount, type ContextReading, type YamlPlace } from './context-fields.ts';
import { commitmentLevels, languages, type Citation, type ComparisonCell, type Instrument, type Lang, type LevelEvidence, type Localized } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

/** A short quote of an instrument: a few words, never a passage. */
export const maxCellQuoteWords = 25;

const shortQuote = z
  .string()
  .trim()
  .min(1)
  .refine((quote) => wordCount(quote) <= maxCellQuoteWords, { error: `a quote of an instrument is at most ${maxCellQuoteWords} words: quote a few words and paraphrase the rest` });

export const levelSchema = z.enum(commitmentLevels, {
  error: (issue) =>
    issue.input === undefined
      ? `needs its level, one of ${commitmentLevels.join(', ')} (README, "Commitment strength")`
      : `must be one of ${commitmentLevels.join(', ')} (README, "Commitment strength")`,
});

const cellSchema = z.strictObject(
  {
    instrument: z.string({ error: 'each cell names an instrument id from content/instruments.yml' }),
    level: levelSchema,
    levelQuote: z.string().trim().min(1).optional(),
    quote: shortQuote.optional(),
    authenticQuote: z.partialRecord(z.enum(languages), shortQuote).optional(),
    authenticLevelQuote: z.partialRecord(z.enum(languages), z.string().trim().min(1)).optional(),
    paraphrase: localizedSchema('The paraphrase'),
    sources: z.unknown().optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field "${issue.keys[0]}" (known: instrument, level, levelQuote, authenticLevelQuote, quote, authenticQuote, paraphrase, sources)` : undefined,
  },
);

/** The citation whose evidence (in `lang`, if given) holds `words`: where a quote or a level rests. */
export function evidenceHolding(citations: readonly Citation[], words: string, lang?: string): { source: string; lang: string } | undefined {
  const wanted = normalizeQuote(words);
  for (const citation of citations) {
    const evidence = citation.evidence.find((item) => (!lang || item.lang === lang) && normalizeQuote(item.quote).includes(wanted));
    if (evidence) return { source: citation.source, lang: evidence.lang };
  }
  return undefined;
}

/**
 * The evidence a level rests on: `levelQuote` must be words of one of the claim's evidence quotes,
 * as a quote must, so that a level is checked like a citation. `not-established` needs none.
 */
export function readLevelEvidence(
  place: YamlPlace,
  path: ReadonlyArray<string | number>,
  label: string,
  level: string,
  levelQuote: string | undefined,
  citations: readonly Citation[],
): LevelEvidence | undefined {
  if (level === 'not-established') return undefined;
  if (!levelQuote) {
    failAt(place, [...path, 'level'], `${label}: level "${level}" needs the words of its evidence that decide it: levelQuote: "…" (words one of its sources' evidence gives, verbatim)`);
  }
  const holder = evidenceHolding(citations, levelQuote);
  if (!holder) failAt(place, [...path, 'levelQuote'], `${label}: the levelQuote is not in the evidence of its sources: quote the words that decide the level, verbatim from one of them`);
  return { quote: levelQuote, source: holder.source, lang: holder.lang };
}

/**
 * Reads content/comparison/<component-key>.yml: what each instrument says on the subject of
 * that component, and how strongly it commits its parties (its level). A cell's quote, and the
 * words that decide its level, must be found in the evidence of one of its sources.
 */
export function parseComparison(
  text: string,
  file: string,
  component: string,
  instruments: readonly Instrument[],
  reading: ContextReading,
): ComparisonCell[] {
  const yaml = parseYamlWithLines(text, file);
  const place: YamlPlace = { yaml, file, ...reading };
  if (!Array.isArray(yaml.data)) failAt(place, [], 'Expected a list of cells (- instrument: …)');
  const ids = instruments.map((instrument) => instrument.id);
  const cells: ComparisonCell[] = [];
  (yaml.data as unknown[]).forEach((entry, index) => {
    const named = (entry as { instrument?: unknown } | null)?.instrument;
    const label = `Cell ${typeof named === 'string' ? `"${component}" × "${named}"` : index + 1}`;
    if (entry && typeof entry === 'object' && 'status' in entry) {
      failAt(place, [index, 'status'], `${label}: status: is replaced by level: (one of ${commitmentLevels.join(', ')}) and levelQuote: the words of its evidence that decide it (README, "Commitment strength")`);
    }
    const data = parseAt(cellSchema, entry, place, [index], label);
    if (!ids.includes(data.instrument)) {
      failAt(place, [index, 'instrument'], `Unknown instrument "${data.instrument}" (known: ${ids.join(', ')}): add it to content/instruments.yml`);
    }
    if (cells.some((cell) => cell.instrument === data.instrument)) {
      failAt(place, [index, 'instrument'], `Instrument "${data.instrument}" has a second cell for "${component}": merge the two`);
    }
    const citations = readCitations(data.sources, place, [index], label);
    let quote: ComparisonCell['quote'];
    if (data.quote) {
      const holder = evidenceHolding(citations, data.quote);
      if (!holder) failAt(place, [index, 'quote'], `${label}: the quote is not in the evidence of its sources: quote words that one of them gives, verbatim`);
      quote = { text: data.quote, lang: holder.lang, source: holder.source };
    }
    /* The same words in another authentic language of the instrument: found in evidence in that language. */
    const authentic = (field: 'authenticQuote' | 'authenticLevelQuote') => {
      const found: Partial<Record<Lang, { text: string; lang: string; source: string }>> = {};
      for (const [lang, words] of Object.entries(data[field] ?? {}) as Array<[Lang, string]>) {
        const holder = evidenceHolding(citations, words, lang);
        if (!holder) failAt(place, [index, field, lang], `${label}: the ${field} in ${lang} is not in the evidence of its sources: quote words that one of them gives in ${lang}, verbatim`);
        found[lang] = { text: words, lang, source: holder.source };
      }
      return found;
    };
    const authenticQuotes = authentic('authenticQuote');
    const authenticLevelEvidence = Object.fromEntries(
      Object.entries(authentic('authenticLevelQuote')).map(([lang, words]) => [lang, { quote: words.text, source: words.source, lang: words.lang }]),
    ) as ComparisonCell['authenticLevelEvidence'];
    const levelEvidence = readLevelEvidence(place, [index], label, data.level, data.levelQuote, citations);
    cells.push({
      component,
      instrument: data.instrument,
      level: data.level,
      ...(levelEvidence ? { levelEvidence } : {}),
      authenticLevelEvidence,
      ...(quote ? { quote } : {}),
      authenticQuotes,
      paraphrase: data.paraphrase as Localized,
      sources: citations,
    });
  });
  // Instrument order, as in content/instruments.yml.
  return cells.sort((a, b) => ids.indexOf(a.instrument) - ids.indexOf(b.instrument));
}
