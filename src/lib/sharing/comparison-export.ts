import { stringify } from 'csv-stringify/sync';
import { languages, type Edition } from '../model.ts';
import { comparisonCellId, routes } from '../site/routes.ts';

/** One row of the matrix export: a component × an instrument, with what the instrument says and where that comes from. */
export interface ComparisonRow {
  component: string;
  componentNumber: number;
  instrument: string;
  instrumentDate: string;
  /** `provides`, `silent`, or `not-established` where nothing could be established from the sources read. */
  status: 'provides' | 'silent' | 'not-established';
  quote: string | null;
  quoteLanguage: string | null;
  paraphrase: Record<string, string> | null;
  sources: Array<{ id: string; url: string; evidence: string[] }>;
  /** The cell's anchor on the matrix page, per language (root-relative). */
  urls: Record<string, string>;
}

/** Every cell of the matrix (components × instruments), in component then instrument order. */
export function comparisonRows(edition: Edition): ComparisonRow[] {
  const sourceById = new Map(edition.sources.map((source) => [source.id, source]));
  const { instruments, comparison } = edition.context;
  return edition.componentKeys.flatMap((key, index) =>
    instruments.map((instrument): ComparisonRow => {
      const cell = comparison.find((candidate) => candidate.component === key && candidate.instrument === instrument.id);
      return {
        component: key,
        componentNumber: index + 1,
        instrument: instrument.id,
        instrumentDate: instrument.date,
        status: cell?.status ?? 'not-established',
        quote: cell?.quote?.text ?? null,
        quoteLanguage: cell?.quote?.lang ?? null,
        paraphrase: cell ? { ...cell.paraphrase } : null,
        sources: (cell?.sources ?? []).map((citation) => ({
          id: citation.source,
          url: sourceById.get(citation.source)!.url,
          evidence: citation.evidence.map((item) => item.quote),
        })),
        urls: Object.fromEntries(languages.map((lang) => [lang, routes.comparisonCell(lang, key, instrument.id)])),
      };
    }),
  );
}

/** The matrix as JSON: the instruments compared, then one entry per cell. */
export function comparisonJson(edition: Edition) {
  return {
    description: 'The five components of the Paris Declaration of 6 January 2026 compared with other security instruments. Paraphrases are the edition’s own; quotes are verbatim from the cited sources.',
    languages,
    components: edition.componentKeys,
    instruments: edition.context.instruments.map(({ id, title, shortTitle, date, parties, nature, language, officialUrl, textCopy }) => ({
      id,
      title,
      shortTitle,
      date,
      parties,
      nature,
      language,
      officialUrl: officialUrl ?? null,
      textCopy: textCopy ? edition.sources.find((source) => source.id === textCopy)!.url : null,
    })),
    cells: comparisonRows(edition).map((row) => ({ id: comparisonCellId(row.component, row.instrument), ...row })),
  };
}

/** The CSV columns, in order. */
export const comparisonCsvColumns = [
  'cell',
  'component',
  'component_number',
  'instrument',
  'instrument_date',
  'status',
  'quote',
  'quote_language',
  ...languages.map((lang) => `paraphrase_${lang}`),
  'source_ids',
  'source_urls',
  ...languages.map((lang) => `url_${lang}`),
] as const;

/**
 * The matrix as CSV (RFC 4180, UTF-8 with a header row): one line per cell; lists are separated by " | ".
 * It starts with a byte-order mark, without which Excel reads the file as the system's code page and
 * shows the Ukrainian paraphrases and the French accents as mojibake.
 */
export function comparisonCsv(edition: Edition): string {
  const rows = comparisonRows(edition).map((row) => [
    comparisonCellId(row.component, row.instrument),
    row.component,
    row.componentNumber,
    row.instrument,
    row.instrumentDate,
    row.status,
    row.quote ?? '',
    row.quoteLanguage ?? '',
    ...languages.map((lang) => row.paraphrase?.[lang] ?? ''),
    row.sources.map((source) => source.id).join(' | '),
    row.sources.map((source) => source.url).join(' | '),
    ...languages.map((lang) => row.urls[lang]),
  ]);
  return stringify([[...comparisonCsvColumns], ...rows], { record_delimiter: 'windows', bom: true });
}
