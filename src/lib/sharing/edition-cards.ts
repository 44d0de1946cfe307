import type { Card } from './cards.ts';
import { t } from '../site/i18n.ts';
import type { Edition, Lang } from '../model.ts';

/** The link-preview cards of one language: `home`, `text` and one per component key (see routes.card). */
export function editionCards(edition: Edition, lang: Lang): { id: string; card: Card }[] {
  const strings = t(lang);
  const common = { edition: strings.siteSubtitle, language: strings.languageName, note: strings.cardTranslationNote || undefined };
  const declaration = { title: strings.declarationTitle, subtitle: strings.declarationSubtitle, ...common };
  return [
    { id: 'home', card: declaration },
    { id: 'text', card: { label: strings.navFullText, ...declaration } },
    ...edition.texts[lang].components.map((component) => ({
      id: component.key,
      card: { label: strings.componentLabel(component.number), title: component.title, subtitle: strings.declarationTitle, ...common },
    })),
  ];
}
