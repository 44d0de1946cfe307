import { t } from './i18n.ts';
import type { DeclarationText, NotePlace } from '../model.ts';

/** What to call the place a note is anchored in: "Composante 1 — …", "Introduction de l’article" … */
export function placeLabel(text: DeclarationText, place: NotePlace): string {
  const ui = t(text.lang);
  if (place === 'introduction') return ui.introductionTitle;
  if (place === 'conclusion') return ui.conclusionTitle;
  const component = text.components.find((candidate) => candidate.key === place);
  return component ? ui.componentHeading(component.number, component.title) : place;
}
