import type { APIRoute } from 'astro';
import { iconSizes, renderIcon, type IconPurpose } from '../../lib/site/web-app.ts';

/** The manifests' icons: /icons/any-192.png, /icons/maskable-512.png … */
export function getStaticPaths() {
  return (['any', 'maskable'] as const).flatMap((purpose) => iconSizes.map((size) => ({ params: { icon: `${purpose}-${size}` }, props: { purpose, size } })));
}

export const GET: APIRoute<{ purpose: IconPurpose; size: number }> = ({ props }) =>
  new Response(renderIcon(props.purpose, props.size), { headers: { 'Content-Type': 'image/png' } });
