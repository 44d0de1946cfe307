import type { CitationTarget } from './citation.ts';
import { getEdition } from '../content/edition.ts';
import { t } from '../site/i18n.ts';
import type { GuaranteeComponent, Lang, Note } from '../model.ts';
import { routes } from '../site/routes.ts';

/** The date a page was built: the access date its citations give until the reader's browser updates it. */
export const buildDate = new Date().toISOString().slice(0, 10);

/** A citation of a component's page, at the edition's `version` (the date of its latest change). */
export function componentCitation(lang: Lang, component: GuaranteeComponent, site: URL, version: string): CitationTarget {
  const ui = t(lang);
  return {
    lang,
    id: `paris-declaration-2026-${component.key}-${lang}`,
    // What is cited is the article's wording of the component (or our translation of it), and says so.
    title: ui.componentCitationTitle(ui.componentHeading(component.number, component.title), getEdition().texts[lang].source.publisher),
    containerTitle: ui.citationContainer,
    url: new URL(routes.component(lang, component.key), site).href,
    accessed: buildDate,
    version,
  };
}

/** A citation of a note, at the edition's `version`. */
export function noteCitation(lang: Lang, note: Note, site: URL, version: string): CitationTarget {
  const ui = t(lang);
  return {
    lang,
    id: `paris-declaration-2026-note-${note.id}-${lang}`,
    title: `${ui.noteMarkerName(note.number, note.title)} (${ui.noteKinds[note.kind]})`,
    containerTitle: ui.citationContainer,
    url: new URL(routes.note(lang, note.id), site).href,
    accessed: buildDate,
    version,
  };
}
