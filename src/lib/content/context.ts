import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseComparison } from './comparison.ts';
import type { CitedSource } from './citations.ts';
import type { ContextReading } from './context-fields.ts';
import { ContentError } from './content-error.ts';
import { parseInstruments } from './instruments.ts';
import type { EditionContext, Source } from '../model.ts';
import { parseParticipants } from './participants.ts';
import { parseTimeline } from './timeline.ts';

interface ContextFiles {
  contentDir: string;
  /** Reads a file of content/ and names it relative to the project. */
  read(path: string): { text: string; file: string };
}

/**
 * Reads the edition's context: content/instruments.yml, content/comparison/<component-key>.yml,
 * content/participants.yml and content/timeline.yml. Each file is optional: an edition without
 * them has no comparison, participants or timeline.
 */
export function readContext(
  files: ContextFiles,
  componentKeys: readonly string[],
  sources: readonly Source[],
  maxQuoteWords: number,
  today: string,
): { context: EditionContext; cited: CitedSource[] } {
  const reading: ContextReading = { sources, maxQuoteWords, cited: [], today };
  const has = (path: string) => existsSync(join(files.contentDir, path));

  const instrumentsFile = has('instruments.yml') ? files.read('instruments.yml') : undefined;
  const instruments = instrumentsFile ? parseInstruments(instrumentsFile.text, instrumentsFile.file, reading) : [];

  const comparisonNames = has('comparison') ? readdirSync(join(files.contentDir, 'comparison')).filter((name) => name.endsWith('.yml')).sort() : [];
  const cellsByComponent = new Map<string, ReturnType<typeof parseComparison>>();
  for (const name of comparisonNames) {
    const key = basename(name, '.yml');
    const { text, file } = files.read(join('comparison', name));
    if (!componentKeys.includes(key)) {
      throw new ContentError(file, 1, 1, `Unknown component "${key}": name a comparison file after a component key (known: ${componentKeys.join(', ')})`);
    }
    cellsByComponent.set(key, parseComparison(text, file, key, instruments, reading));
  }
  const comparison = componentKeys.flatMap((key) => cellsByComponent.get(key) ?? []);

  const participantsFile = has('participants.yml') ? files.read('participants.yml') : undefined;
  const { attendance, participants, conflicts } = participantsFile
    ? parseParticipants(participantsFile.text, participantsFile.file, componentKeys, reading)
    : { attendance: [], participants: [], conflicts: [] };

  const timelineFile = has('timeline.yml') ? files.read('timeline.yml') : undefined;
  const timeline = timelineFile ? parseTimeline(timelineFile.text, timelineFile.file, componentKeys, reading) : [];

  return { context: { instruments, comparison, attendance, participants, conflicts, timeline }, cited: reading.cited };
}

/** Every source the context cites (claims and copies of texts): so that a check of uncited sources counts them. */
export function contextSourceIds(context: EditionContext): Set<string> {
  const ids = new Set<string>();
  const add = (citations: ReadonlyArray<{ source: string }>) => citations.forEach((citation) => ids.add(citation.source));
  for (const instrument of context.instruments) {
    add(instrument.sources);
    if (instrument.textCopy) ids.add(instrument.textCopy);
  }
  context.comparison.forEach((cell) => add(cell.sources));
  context.attendance.forEach((group) => add(group.sources));
  context.participants.forEach((participant) => participant.positions.forEach((position) => add(position.sources)));
  context.conflicts.forEach((conflict) => conflict.sides.forEach((side) => side.reports.forEach((report) => add(report.sources))));
  context.timeline.forEach((event) => add(event.sources));
  return ids;
}
