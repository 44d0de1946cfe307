import { commitmentLevels, type CommitmentLevel, type DeclarationLevel, type Edition, type Lang } from '../model.ts';
import { instrumentLabel } from '../site/context.ts';
import { t } from '../site/i18n.ts';
import { routes } from '../site/routes.ts';

/*
 * The scale of commitment strength (issue 20), drawn at build time: the glyph of each level, the
 * declaration's own row with its range, and the ladder of one component (a vertical scale with
 * every instrument compared placed on it). Components draw what these functions return.
 */

/** The id the declaration's own row takes where instruments have theirs (cell anchors, ladder marks). */
export const declarationRowId = 'paris-declaration';

/** The levels a ladder draws, strongest first: every level but `not-established`, which places nothing. */
export const scaleLevels = commitmentLevels.filter((level) => level !== 'not-established');

/** 0 for the strongest level. */
export const levelRank = (level: CommitmentLevel) => commitmentLevels.indexOf(level);

/** The declaration's row on one component, as a range from its weaker to its stronger reading (one level where they agree). */
export interface DeclarationRange {
  weaker: CommitmentLevel;
  stronger: CommitmentLevel;
  /** Which reading gives the weaker level (the other gives the stronger). */
  weakerReading: 'article' | 'official';
  same: boolean;
}

export function declarationRange(row: DeclarationLevel): DeclarationRange {
  const { article, official } = row;
  const articleStronger = levelRank(article.level) <= levelRank(official.level);
  return {
    stronger: articleStronger ? article.level : official.level,
    weaker: articleStronger ? official.level : article.level,
    weakerReading: articleStronger ? 'official' : 'article',
    same: article.level === official.level,
  };
}

/** The other reading of the declaration. */
export const otherReading = (reading: 'article' | 'official') => (reading === 'article' ? 'official' : 'article');

/** One instrument (or the declaration) placed on a ladder: its label links to its cell. */
export interface LadderMark {
  id: string;
  label: string;
  href: string;
  /** Which reading of the declaration this mark is, where its two readings differ. */
  reading?: 'article' | 'official';
  declaration: boolean;
}

export interface LadderRung {
  level: CommitmentLevel;
  marks: LadderMark[];
  /** Where the declaration's range runs through this rung (its top end, its bottom end, or between). */
  range?: 'top' | 'bottom' | 'inside';
}

export interface Ladder {
  componentKey: string;
  rungs: LadderRung[];
  /** Instruments with a cell whose level could not be established: listed, not placed. */
  unplaced: LadderMark[];
  /** The declaration's range, where its two readings differ. */
  range?: Omit<DeclarationRange, 'same'>;
}

/**
 * The ladder of one component: every level of the scale, strongest first, each with the
 * instruments whose cell has that level and the declaration's own reading(s). Each mark links to
 * its cell on the component's comparison page (`inPage`: as an in-page anchor, on that page itself).
 */
export function ladderOf(edition: Edition, lang: Lang, componentKey: string, inPage = false): Ladder | undefined {
  const ui = t(lang);
  const row = edition.context.declarationLevels.find((candidate) => candidate.component === componentKey);
  const cells = edition.context.comparison.filter((cell) => cell.component === componentKey);
  if (!row && cells.length === 0) return undefined;
  const base = inPage ? '' : routes.componentComparison(lang, componentKey);
  const instrumentById = new Map(edition.context.instruments.map((instrument) => [instrument.id, instrument]));
  const number = edition.componentKeys.indexOf(componentKey) + 1;
  const declarationMarks: Array<{ level: CommitmentLevel; mark: LadderMark }> = [];
  let range: Ladder['range'];
  if (row) {
    const { same, ...spread } = declarationRange(row);
    const href = `${base}#${declarationRowId}`;
    if (same) {
      declarationMarks.push({ level: row.article.level, mark: { id: declarationRowId, label: ui.declarationOnComponent(number), href, declaration: true } });
    } else {
      range = spread;
      for (const reading of ['article', 'official'] as const) {
        declarationMarks.push({
          level: row[reading].level,
          mark: { id: declarationRowId, label: `${ui.declarationOnComponent(number)} — ${ui.declarationReading[reading]}`, href, reading, declaration: true },
        });
      }
    }
  }
  const markOf = (instrument: string): LadderMark => ({
    id: instrument,
    label: instrumentLabel(instrumentById.get(instrument)!, lang),
    href: `${base}#${instrument}`,
    declaration: false,
  });
  const rungs: LadderRung[] = scaleLevels.map((level) => {
    const rank = levelRank(level);
    const inRange = range && rank >= levelRank(range.stronger) && rank <= levelRank(range.weaker);
    return {
      level,
      marks: [
        ...declarationMarks.filter((entry) => entry.level === level).map((entry) => entry.mark),
        ...cells.filter((cell) => cell.level === level).map((cell) => markOf(cell.instrument)),
      ],
      ...(inRange ? { range: level === range!.stronger ? 'top' : level === range!.weaker ? 'bottom' : 'inside' } : {}),
    } satisfies LadderRung;
  });
  const unplaced = cells.filter((cell) => cell.level === 'not-established').map((cell) => markOf(cell.instrument));
  return { componentKey, rungs, unplaced, ...(range ? { range } : {}) };
}

/** The components whose own page shows their ladder (the others show it on their comparison page). */
export const ladderOnComponentPage: readonly string[] = ['future-attack-commitment'];
