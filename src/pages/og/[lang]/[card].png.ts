import type { APIRoute } from 'astro';
import { type Card, renderCard } from '../../../lib/sharing/cards.ts';
import { editionCards } from '../../../lib/sharing/edition-cards.ts';
import { getEdition } from '../../../lib/content/edition.ts';
import { languages } from '../../../lib/model.ts';

/** Link-preview card images: /og/{lang}/home.png, /og/{lang}/text.png and /og/{lang}/{component key}.png. */

export function getStaticPaths() {
  return languages.flatMap((lang) => editionCards(getEdition(), lang).map(({ id, card }) => ({ params: { lang, card: id }, props: { card } })));
}

export const GET: APIRoute<{ card: Card }> = async ({ props }) => {
  const png = await renderCard(props.card);
  return new Response(png, { headers: { 'Content-Type': 'image/png' } });
};
