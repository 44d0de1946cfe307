import type { Citation, DeclarationText, Evidence, Note } from '../model.ts';

/** The passages of one source that one note relies on. */
export interface NotePassages {
  note: Note;
  evidence: Evidence[];
}

/** Every note that cites a source, in reading order, with the passages it quotes from it. */
export function passagesOf(text: DeclarationText, sourceId: string): NotePassages[] {
  return text.notes.flatMap((note) => {
    const citation = note.citations.find((candidate) => candidate.source === sourceId);
    return citation ? [{ note, evidence: citation.evidence }] : [];
  });
}

/** When the passages of one source were read (days, oldest first), and the copies read instead of its page. */
export interface SourceReadings {
  days: string[];
  copies: string[];
}

/** Whether a value is a citation with evidence ({ source, evidence: [...] }), wherever the data keeps it. */
function isCitation(value: unknown): value is Citation {
  return typeof value === 'object' && value !== null && typeof (value as Citation).source === 'string' && Array.isArray((value as Citation).evidence);
}

/**
 * Every source's readings, over every claim that cites it: notes, context data, key facts and any
 * other data given (the legal-nature block). Citations are found wherever they sit in the data, so
 * a new kind of content that cites sources is counted without a change here.
 */
export function readingsBySource(...data: unknown[]): Map<string, SourceReadings> {
  const days = new Map<string, Set<string>>();
  const copies = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, id: string, value: string) => map.set(id, (map.get(id) ?? new Set()).add(value));
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (isCitation(value)) {
      for (const item of value.evidence) {
        add(days, value.source, item.read);
        if (item.readIn) add(copies, value.source, item.readIn);
      }
      return;
    }
    for (const child of value instanceof Map ? value.values() : Object.values(value)) visit(child);
  };
  data.forEach(visit);
  return new Map([...days].map(([id, read]) => [id, { days: [...read].sort(), copies: [...(copies.get(id) ?? [])] }]));
}
