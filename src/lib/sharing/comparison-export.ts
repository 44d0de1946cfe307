import { stringify } from 'csv-stringify/sync';
import { declarationRowId } from '../drawings/levels.ts';
import { commitmentLevels, languages, type CommitmentLevel, type Edition } from '../model.ts';
import { comparisonCellId, routes } from '../site/routes.ts';

/**
 * The status the export carried before levels (issue 20), kept for readers who depend on it:
 * `silent` for the two levels that commit to nothing, `not-established` as before, `provides` for
 * every level that says something on the subject.
 */
export function statusOf(level: CommitmentLevel): 'provides' | 'silent' | 'not-established' {
  if (level === 'not-established') return 'not-established';
  return level === 'silent' || level === 'no-commitment' ? 'silent' : 'provides';
}

/** One row of the matrix export: a component × an instrument, with what the instrument says and where that comes from. */
export interface ComparisonRow {
  component: string;
  componentNumber: number;
  instrument: string;
  instrumentDate: string;
  /** How strongly the instrument commits its parties on the component's subject (README, "Commitment strength"). */
  level: CommitmentLevel;
  /** The words of the cell's evidence that decide its level, and their source (null where not established). */
  levelEvidence: { quote: string; source: string } | null;
  /** Superseded by `level`, kept as it was: `provides`, `silent`, or `not-established`. */
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
      const level = cell?.level ?? 'not-established';
      return {
        component: key,
        componentNumber: index + 1,
        instrument: instrument.id,
        instrumentDate: instrument.date,
        level,
        levelEvidence: cell?.levelEvidence ? { quote: cell.levelEvidence.quote, source: cell.levelEvidence.source } : null,
        status: statusOf(level),
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

/** The matrix as JSON: the instruments compared, the declaration's own row, then one entry per cell. */
export function comparisonJson(edition: Edition) {
  const sourceById = new Map(edition.sources.map((source) => [source.id, source]));
  return {
    description:
      'The five components of the Paris Declaration of 6 January 2026 compared with other security instruments, each cell with its level of commitment strength. Paraphrases and levels are the edition’s own; quotes are verbatim from the cited sources.',
    languages,
    components: edition.componentKeys,
    /** Strongest first; the criteria of each are on the comparison page's method section (#method). */
    levels: commitmentLevels,
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
    declaration: edition.context.declarationLevels.map((row) => ({
      id: comparisonCellId(row.component, declarationRowId),
      component: row.component,
      levelArticle: row.article.level,
      articleWords: row.article.words,
      levelOfficial: row.official.level,
      officialEvidence: { quote: row.official.evidence.quote, source: row.official.evidence.source },
      paraphrase: { ...row.paraphrase },
      sources: row.sources.map((citation) => ({ id: citation.source, url: sourceById.get(citation.source)!.url, evidence: citation.evidence.map((item) => item.quote) })),
      urls: Object.fromEntries(languages.map((lang) => [lang, routes.comparisonCell(lang, row.component, declarationRowId)])),
    })),
    cells: comparisonRows(edition).map((row) => ({ id: comparisonCellId(row.component, row.instrument), ...row })),
  };
}

/** The CSV columns, in order: the columns published before levels keep their places, `level` and its evidence come last. */
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
  'level',
  'level_evidence',
  'level_evidence_source',
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
    row.level,
    row.levelEvidence?.quote ?? '',
    row.levelEvidence?.source ?? '',
  ]);
  return stringify([[...comparisonCsvColumns], ...rows], { record_delimiter: 'windows', bom: true });
}
