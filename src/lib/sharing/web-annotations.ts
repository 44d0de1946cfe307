import { t } from '../site/i18n.ts';
import { jsonLdIds } from '../site/structured-data.ts';
import type { Edition, Lang, NoteKind } from '../model.ts';
import { routes } from '../site/routes.ts';
import type { TextSelectors } from './text-selectors.ts';

/**
 * The edition's notes as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/),
 * one per language, for annotation tools (Hypothesis, Recogito, Apache Annotator…): each note is an
 * annotation whose body is its text (in its language), its kind and its sources, and whose target is
 * the annotated words of the full text, told three ways (element id, quote, position).
 */

/** Why each kind of note was written, in the model's motivations. */
const motivations: Record<NoteKind, string> = {
  context: 'commenting',
  definition: 'describing',
  'fact-check': 'assessing',
  divergence: 'assessing',
  'translation-note': 'commenting',
};

export function annotationCollection(edition: Edition, lang: Lang, site: URL, selectors: ReadonlyMap<string, TextSelectors>) {
  const ui = t(lang);
  const text = edition.texts[lang];
  const sourceById = new Map(edition.sources.map((source) => [source.id, source]));
  const collectionId = new URL(routes.annotations(lang), site).href;
  const page = new URL(routes.fullText(lang), site).href;
  const creator = { id: jsonLdIds.publisher(site), type: 'Organization', name: `${ui.siteName} — ${ui.siteSubtitle}` };
  const items = text.notes.map((note) => {
    const where = selectors.get(`anchor-${note.id}`);
    if (!where) throw new Error(`The full text (${lang}) has no anchor for note "${note.id}"`);
    return {
      id: `${collectionId}#${note.id}`,
      type: 'Annotation',
      motivation: motivations[note.kind],
      creator,
      body: [
        {
          id: new URL(routes.note(lang, note.id), site).href,
          type: 'TextualBody',
          purpose: motivations[note.kind],
          value: note.text,
          format: 'text/plain',
          language: lang,
        },
        { type: 'TextualBody', purpose: 'classifying', value: note.kind, label: ui.noteKinds[note.kind] },
        ...note.sources.map((id) => {
          const source = sourceById.get(id)!;
          return {
            type: 'SpecificResource',
            purpose: 'linking',
            source: { id: source.url, type: 'Text', format: 'text/html', language: source.language, label: `${source.publisher}: ${source.title}` },
          };
        }),
      ],
      target: {
        type: 'SpecificResource',
        source: page,
        selector: [
          { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3236', value: where.fragment },
          { type: 'TextQuoteSelector', ...where.quote },
          { type: 'TextPositionSelector', ...where.position },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: collectionId,
    type: 'AnnotationCollection',
    label: `${ui.declarationTitle} — ${ui.notesHeading}`,
    creator,
    total: items.length,
    first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
