import type { APIRoute } from 'astro';
import { type Card, renderCard } from '../../../lib/sharing/cards.ts';
import { getEdition } from '../../../lib/content/edition.ts';
import { t } from '../../../lib/site/i18n.ts';
import { languages, type Lang } from '../../../lib/model.ts';

/** Link-preview card images: /og/{lang}/home.png, /og/{lang}/text.png and /og/{lang}/{component key}.png. */

function cards(lang: Lang): { id: string; card: Card }[] {
  const strings = t(lang);
  const common = { edition: strings.siteSubtitle, language: strings.languageName, note: strings.cardTranslationNote || undefined };
  const declaration = { title: strings.declarationTitle, subtitle: strings.declarationSubtitle, ...common };
  return [
    { id: 'home', card: declaration },
    { id: 'text', card: { label: strings.navFullText, ...declaration } },
    ...getEdition().texts[lang].components.map((component) => ({
      id: component.key,
      card: { label: strings.componentLabel(component.number), title: component.title, subtitle: strings.declarationTitle, ...common },
    })),
  ];
}

export function getStaticPaths() {
  return languages.flatMap((lang) => cards(lang).map(({ id, card }) => ({ params: { lang, card: id }, props: { card } })));
}

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
