/** The typed document model every page reads. Built once per build by `edition.ts`. */

export const languages = ['fr'] as const;
export type Lang = (typeof languages)[number];

/** The article that carries the declaration's text, as published. */
export interface SourceArticle {
  publisher: string;
  /** The publisher's strapline, as printed above the article. */
  tagline: string;
  /** The rubric the article was filed under. */
  section: string;
  headline: string;
  /** The update line as printed, e.g. "Mise à jour : 07-01-2026". */
  updatedLabel: string;
  /** The same date, ISO 8601. */
  updated: string;
  url: string;
}

export interface GuaranteeComponent {
  /** Stable English slug, shared by every language; part of every published URL. */
  key: string;
  /** 1–5, the order of the declaration. */
  number: number;
  /** Our editorial heading for the component (the source text has none). */
  title: string;
  /** The component's text, rendered. */
  html: string;
  /** The component's text, plain, paragraphs separated by a blank line. */
  text: string;
  /** Where the component starts in its Markdown file. */
  line: number;
}

/** Running text of the article outside the five components. */
export interface ProseBlock {
  kind: 'prose';
  /** `introduction` before the components, `conclusion` after them. */
  id: 'introduction' | 'conclusion';
  html: string;
  text: string;
}

export interface ComponentRef {
  kind: 'component';
  key: string;
}

export type BodyBlock = ProseBlock | ComponentRef;

/** The declaration's text in one language. */
export interface DeclarationText {
  lang: Lang;
  /** The Markdown file it came from, relative to the project. */
  file: string;
  source: SourceArticle;
  /** The text in reading order. */
  body: BodyBlock[];
  /** The five components, in order. */
  components: GuaranteeComponent[];
}

export interface Edition {
  /** Component keys in the declaration's order. */
  componentKeys: readonly string[];
  texts: Record<Lang, DeclarationText>;
}
