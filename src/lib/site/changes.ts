import { displayTitle } from './format.ts';
import { distinctName, t } from './i18n.ts';
import type { Change, Edition, Lang } from '../model.ts';
import { routes } from './routes.ts';

/** A link to something a change touched, labelled in the page's language. */
export interface TouchedLink {
  href?: string;
  label: string;
  /** The accessible name, when the label alone may not tell two links apart (two sources of one publisher). */
  name?: string;
}

/**
 * What a change touched, as links, in reading order: components, then notes by number, then
 * sources as the bibliography lists them, then instruments (compared on the comparison page).
 */
export function touchedLinks(edition: Edition, lang: Lang, change: Change): TouchedLink[] {
  const ui = t(lang);
  const text = edition.texts[lang];
  const links = change.touches.map((id, order): TouchedLink & { rank: [number, number] } => {
    const component = text.components.find((candidate) => candidate.key === id);
    if (component) return { href: routes.component(lang, id), label: ui.componentHeading(component.number, component.title), rank: [0, component.number] };
    const note = text.notes.find((candidate) => candidate.id === id);
    if (note) return { href: routes.note(lang, id), label: ui.noteTitled(note.number, note.title), rank: [1, note.number] };
    const source = edition.sources.findIndex((candidate) => candidate.id === id);
    if (source >= 0) {
      const { publisher } = edition.sources[source]!;
      return { href: routes.source(lang, id), label: publisher, name: distinctName(publisher, displayTitle(edition.sources[source]!)), rank: [2, source] };
    }
    const instrument = edition.context.instruments.find((candidate) => candidate.id === id);
    if (instrument) return { href: `${routes.comparison(lang)}#instrument-${id}`, label: instrument.shortTitle[lang], rank: [3, order] };
    return { label: id, rank: [3, order] };
  });
  return links.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]).map(({ rank: _rank, ...link }) => link);
}

/**
 * A link to a change entry names the entry by the start of its summary after what it shows, so that two
 * links that both read "New note, 26 November 2026" but lead to different entries are told apart.
 */
export function changeLinkName(lang: Lang, change: Change, visible: string): string {
  return distinctName(visible, `${change.summary[lang].split(/\s+/).slice(0, 8).join(' ')}…`);
}

/** The corrections and clarifications of a note, newest first: readers see them under it. */
export function noteChanges(changes: readonly Change[], noteId: string): Change[] {
  return changes.filter((change) => (change.kind === 'correction' || change.kind === 'clarification') && change.touches.includes(noteId));
}

/** Every change that touched a source, newest first. */
export function sourceChanges(changes: readonly Change[], sourceId: string): Change[] {
  return changes.filter((change) => change.touches.includes(sourceId));
}
