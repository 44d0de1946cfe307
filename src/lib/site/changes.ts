import { t } from './i18n.ts';
import type { Change, Edition, Lang } from '../model.ts';
import { routes } from './routes.ts';

/** A link to something a change touched, labelled in the page's language. */
export interface TouchedLink {
  href?: string;
  label: string;
}

/** What a change touched, as links: notes, sources and components (other ids, e.g. instruments, as plain text). */
export function touchedLinks(edition: Edition, lang: Lang, change: Change): TouchedLink[] {
  const ui = t(lang);
  const text = edition.texts[lang];
  return change.touches.map((id): TouchedLink => {
    const note = text.notes.find((candidate) => candidate.id === id);
    if (note) return { href: routes.note(lang, id), label: ui.viaNote(note.number) };
    const source = edition.sources.find((candidate) => candidate.id === id);
    if (source) return { href: routes.source(lang, id), label: source.publisher };
    const component = text.components.find((candidate) => candidate.key === id);
    if (component) return { href: routes.component(lang, id), label: ui.componentHeading(component.number, component.title) };
    return { label: id };
  });
}

/** The corrections and clarifications of a note, newest first: readers see them under it. */
export function noteChanges(changes: readonly Change[], noteId: string): Change[] {
  return changes.filter((change) => (change.kind === 'correction' || change.kind === 'clarification') && change.touches.includes(noteId));
}

/** Every change that touched a source, newest first. */
export function sourceChanges(changes: readonly Change[], sourceId: string): Change[] {
  return changes.filter((change) => change.touches.includes(sourceId));
}
