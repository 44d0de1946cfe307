import type { Note, Source } from '../model.ts';

/** What a page needs to print its notes, each once, where it opens. */
export interface NotesOnPage {
  /** The notes the page carries, by id. */
  byId: ReadonlyMap<string, Note>;
  sources: ReadonlyMap<string, Source>;
  /** The citations (`<note id> <index>`) that give their source in full: the first of each source on the page. */
  fullCitations: ReadonlySet<string>;
}

/**
 * The notes of a page, in reading order. A source is given in full at its first citation on
 * the page; later citations give its publisher and type only, so a page does not repeat long
 * titles and addresses.
 */
export function notesOnPage(notes: readonly Note[], sources: readonly Source[]): NotesOnPage {
  const seen = new Set<string>();
  const fullCitations = new Set<string>();
  for (const note of notes) {
    note.citations.forEach((citation, index) => {
      if (seen.has(citation.source)) return;
      seen.add(citation.source);
      fullCitations.add(`${note.id} ${index}`);
    });
  }
  return { byId: new Map(notes.map((note) => [note.id, note])), sources: new Map(sources.map((source) => [source.id, source])), fullCitations };
}
