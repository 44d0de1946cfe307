import { t } from './i18n.ts';
import { declarationDate, type DeclarationText, type GuaranteeComponent, type Lang } from '../model.ts';
import { routes } from './routes.ts';

/** schema.org descriptions (JSON-LD) of the declaration and its parts. */

function sourceArticle(text: DeclarationText) {
  return {
    '@type': 'NewsArticle',
    url: text.source.url,
    headline: text.source.headline,
    dateModified: text.source.updated,
    inLanguage: 'fr',
    publisher: { '@type': 'Organization', name: text.source.publisher },
  };
}

function componentPart(lang: Lang, component: GuaranteeComponent, site: URL) {
  return {
    '@type': 'CreativeWork',
    '@id': new URL(routes.component(lang, component.key), site).href,
    url: new URL(routes.component(lang, component.key), site).href,
    position: component.number,
    name: t(lang).componentHeading(component.number, component.title),
    inLanguage: lang,
  };
}

/** The declaration as presented by this edition in one language, with its five parts. */
export function declarationJsonLd(text: DeclarationText, site: URL) {
  const ui = t(text.lang);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': new URL(routes.fullText(text.lang), site).href,
    url: new URL(routes.fullText(text.lang), site).href,
    name: ui.declarationTitle,
    alternativeHeadline: ui.declarationSubtitle,
    inLanguage: text.lang,
    dateCreated: declarationDate,
    locationCreated: { '@type': 'Place', name: 'Paris' },
    isBasedOn: sourceArticle(text),
    ...(text.lang === 'fr' ? {} : { translationOfWork: { '@id': new URL(routes.fullText('fr'), site).href } }),
    hasPart: text.components.map((component) => componentPart(text.lang, component, site)),
  };
}

/** One component, as part of the declaration. */
export function componentJsonLd(text: DeclarationText, component: GuaranteeComponent, site: URL) {
  return {
    '@context': 'https://schema.org',
    ...componentPart(text.lang, component, site),
    text: component.text,
    isPartOf: {
      '@type': 'CreativeWork',
      '@id': new URL(routes.fullText(text.lang), site).href,
      name: t(text.lang).declarationTitle,
      dateCreated: declarationDate,
      isBasedOn: sourceArticle(text),
    },
  };
}
