import { ContentError } from './content-error.ts';
import type { Source } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

/** One place that cites a source: a note's front matter, or any other data citing sources (instruments, timeline…). */
export interface Citation {
  sourceId: string;
  /** The file and line the citation is written on. */
  file: string;
  line: number;
}

/**
 * Checks the citations of one citing entry (a note, an instrument…): each names a source of
 * the bibliography, and none twice.
 */
export function checkCitations(citations: readonly Citation[], sourceIds: readonly string[]): void {
  citations.forEach((citation, index) => {
    if (!sourceIds.includes(citation.sourceId)) {
      throw new ContentError(citation.file, citation.line, 1, `Unknown source "${citation.sourceId}": add it to content/sources.yml`);
    }
    const first = citations.findIndex((other) => other.sourceId === citation.sourceId);
    if (first < index) {
      throw new ContentError(
        citation.file,
        citation.line,
        1,
        `Source "${citation.sourceId}" is cited twice (first on line ${citations[first]!.line}): cite it once, with all its evidence`,
      );
    }
  });
}

/**
 * Every source of the bibliography must be cited somewhere: by a note, or by any other data
 * that cites sources (pass all their citations). An uncited source is reported on its line.
 */
export function checkEverySourceCited(sources: readonly Source[], bibliography: { text: string; file: string }, citations: Iterable<Citation>): void {
  const cited = new Set([...citations].map((citation) => citation.sourceId));
  const index = sources.findIndex((source) => !cited.has(source.id));
  if (index === -1) return;
  const line = parseYamlWithLines(bibliography.text, bibliography.file).lineOf([index, 'id']);
  throw new ContentError(
    bibliography.file,
    line,
    1,
    `Source "${sources[index]!.id}" is cited by nothing: cite it from a note (or other data citing sources), or remove it from the bibliography`,
  );
}
