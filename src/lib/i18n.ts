import type { Lang } from './model.ts';

/** Every interface string, per language, in one place. */
const strings = {
  fr: {
    siteName: 'Déclaration de Paris',
    siteSubtitle: 'Édition de référence, annotée',
    declarationTitle: 'Déclaration de Paris du 6 janvier 2026',
    declarationSubtitle: 'Des garanties de sécurité pour une paix durable en Ukraine',
    skipToContent: 'Aller au contenu',
    mainNav: 'Navigation principale',
    navHome: 'Accueil',
    navFullText: 'Texte intégral',
    navSearch: 'Recherche',
    searchLabel: 'Rechercher dans le texte',
    searchPlaceholder: 'p. ex. cessez-le-feu',
    searchButton: 'Rechercher',
    searchTitle: 'Rechercher dans la déclaration',
    searchNeedsJs: 'La recherche a besoin de JavaScript. Sans JavaScript, le texte intégral se lit en entier sur une seule page :',
    searchLoading: 'Recherche…',
    searchEmpty: 'Saisissez un ou plusieurs mots.',
    /* Templates filled in by the search script: {query}, {count}. */
    searchNoResults: 'Aucun résultat pour « {query} ».',
    searchOneResult: '1 résultat pour « {query} ».',
    searchManyResults: '{count} résultats pour « {query} ».',
    searchFailed: 'La recherche n’a pas pu se charger. Le texte intégral reste lisible ici :',
    searchInFullText: 'dans le texte intégral',
    highlightNotice: 'Termes recherchés surlignés : {terms}.',
    highlightClear: 'Retirer le surlignage',
    componentLabel: (number: number) => `Composante ${number}`,
    componentHeading: (number: number, title: string) => `Composante ${number} — ${title}`,
    componentsHeading: 'Les cinq composantes',
    editorialHeadingNote: 'Les intitulés des composantes sont de la rédaction ; le texte qui suit chacun est celui de l’article.',
    linkToComponent: 'Lien vers cette composante',
    componentPageLink: 'Page de la composante',
    inFullText: 'Voir dans le texte intégral',
    previousComponent: 'Composante précédente',
    nextComponent: 'Composante suivante',
    breadcrumb: 'Fil d’Ariane',
    componentNav: 'Composantes voisines',
    introductionTitle: 'Introduction de l’article',
    conclusionTitle: 'Fin de l’article',
    sourceArticle: 'Article source',
    sourceNotice: (publisher: string) =>
      `Le texte ci-dessous est celui d’un article publié par ${publisher}, reproduit mot pour mot. L’article résume la déclaration en cinq composantes.`,
    sourceLink: 'Lire l’article original',
    officialText: 'Texte officiel (en anglais) sur le site du président de l’Ukraine',
    readFullText: 'Lire le texte intégral',
    homeLede:
      'À Paris, le 6 janvier 2026, la « coalition des volontaires » et l’Ukraine ont adopté une déclaration sur les garanties de sécurité pour l’Ukraine. Cette édition en présente le texte, composante par composante, avec des liens stables vers chacune.',
    dataExport: 'Données (JSON)',
    footerAbout: 'Édition indépendante et non officielle.',
    languageName: 'Français',
  },
} as const;

export type UiStrings = (typeof strings)[Lang];

export function t(lang: Lang): UiStrings {
  return strings[lang];
}

/** The official English text, published by the Office of the President of Ukraine. */
export const officialTextUrl =
  'https://www.president.gov.ua/en/news/parizka-deklaraciya-nadijni-garantiyi-bezpeki-dlya-micnogo-j-102313';
