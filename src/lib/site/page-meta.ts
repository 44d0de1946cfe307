import { firstSentence } from '../model-text.ts';
import { t } from './i18n.ts';
import type { GuaranteeComponent, Lang } from '../model.ts';
import { routes } from './routes.ts';

/** What a page tells link previews and search engines about itself. */
export interface PageMeta {
  title: string;
  description: string;
  /** Root-relative path of the page (its canonical URL, made absolute with the site). */
  path: string;
  /** Root-relative path of its card image (1200×630 PNG). */
  image: string;
  imageAlt: string;
  type?: 'website' | 'article';
}

export const cardSize = { width: 1200, height: 630 } as const;

/** What a component's page says about itself; its short links (/3/, /en/3/) say the same, so they preview alike. */
export function componentPageMeta(lang: Lang, component: GuaranteeComponent): PageMeta {
  const ui = t(lang);
  const heading = ui.componentHeading(component.number, component.title);
  return {
    title: `${heading} — ${ui.declarationTitle}`,
    description: firstSentence(component.text),
    path: routes.component(lang, component.key),
    image: routes.card(lang, component.key),
    imageAlt: `${heading} — ${ui.declarationTitle}`,
    type: 'article',
  };
}
