import { t } from '../site/i18n.ts';
import { declarationDate, languages, type Edition } from '../model.ts';
import { routes } from '../site/routes.ts';

/** The public JSON description of the edition, served at /declaration.json. */
export function dataExport(edition: Edition) {
  const first = edition.texts[languages[0]];
  return {
    title: Object.fromEntries(languages.map((lang) => [lang, t(lang).declarationTitle])),
    date: declarationDate,
    place: 'Paris',
    languages,
    source: first.source,
    fullText: Object.fromEntries(languages.map((lang) => [lang, routes.fullText(lang)])),
    /** The edition as a book, and its notes as W3C Web Annotations, in each language. */
    epub: Object.fromEntries(languages.map((lang) => [lang, routes.epub(lang)])),
    annotations: Object.fromEntries(languages.map((lang) => [lang, routes.annotations(lang)])),
    components: edition.componentKeys.map((key, index) => ({
      key,
      number: index + 1,
      title: Object.fromEntries(languages.map((lang) => [lang, edition.texts[lang].components[index]!.title])),
      urls: Object.fromEntries(
        languages.map((lang) => [lang, { page: routes.component(lang, key), anchor: routes.componentAnchor(lang, key) }]),
      ),
    })),
  };
}
