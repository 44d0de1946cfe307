import type { DeclarationText, Evidence, Note } from '../model.ts';

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
