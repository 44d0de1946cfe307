import { z } from 'astro/zod';
import { failAt, localizedSchema, normalizeQuote, parseAt, readCitations, wordCount, type ContextReading, type YamlPlace } from './context-fields.ts';
import { cellStatuses, type ComparisonCell, type Instrument, type Localized } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

/** A short quote of an instrument: a few words, never a passage. */
export const maxCellQuoteWords = 25;

const cellSchema = z.object({
  instrument: z.string({ error: 'each cell names an instrument id from content/instruments.yml' }),
  status: z.enum(cellStatuses, { error: `must be one of ${cellStatuses.join(', ')}` }).default('provides'),
  quote: z
    .string()
    .trim()
    .min(1)
    .refine((quote) => wordCount(quote) <= maxCellQuoteWords, { error: `a quote of an instrument is at most ${maxCellQuoteWords} words: quote a few words and paraphrase the rest` })
    .optional(),
  paraphrase: localizedSchema('The paraphrase'),
  sources: z.unknown().optional(),
});

/**
 * Reads content/comparison/<component-key>.yml: what each instrument says on the subject of
 * that component. A cell's quote must be found in the evidence of one of its sources, which is
 * the source it is attributed to.
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
      const wanted = normalizeQuote(data.quote);
      for (const citation of citations) {
        const evidence = citation.evidence.find((item) => normalizeQuote(item.quote).includes(wanted));
        if (evidence) {
          quote = { text: data.quote, lang: evidence.lang, source: citation.source };
          break;
        }
      }
      if (!quote) failAt(place, [index, 'quote'], `${label}: the quote is not in the evidence of its sources: quote words that one of them gives, verbatim`);
    }
    cells.push({
      component,
      instrument: data.instrument,
      status: data.status,
      ...(quote ? { quote } : {}),
      paraphrase: data.paraphrase as Localized,
      sources: citations,
    });
  });
  // Instrument order, as in content/instruments.yml.
  return cells.sort((a, b) => ids.indexOf(a.instrument) - ids.indexOf(b.instrument));
}
