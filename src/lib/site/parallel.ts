import { t } from './i18n.ts';
import { languages, type Edition, type Lang } from '../model.ts';
import { placeLabel } from './places.ts';
import { blockParagraphs } from '../model-text.ts';

/** One block of the parallel view: the same passage in every language, paragraph by paragraph. */
export interface ParallelRow {
  /** The anchor: a component key, `headline`, `introduction` or `conclusion`. */
  id: string;
  /** The component's number, for components. */
  number?: number;
  label: Record<Lang, string>;
  paragraphs: Array<Record<Lang, string>>;
}

function perLanguage<T>(pick: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(languages.map((lang) => [lang, pick(lang)])) as Record<Lang, T>;
}

/**
 * Aligns the texts block by block and paragraph by paragraph. The edition's checks
 * guarantee the same components and paragraph counts in every language.
 */
export function parallelRows(edition: Edition): ParallelRow[] {
  const texts = edition.texts;
  const reference = texts[languages[0]];
  const align = (id: string) => {
    const columns = perLanguage((lang) => blockParagraphs(texts[lang], id));
    return columns[languages[0]].map((_, index) => perLanguage((lang) => columns[lang][index]!));
  };

  const headline: ParallelRow = {
    id: 'headline',
    label: perLanguage((lang) => t(lang).sourceArticle),
    paragraphs: [perLanguage((lang) => texts[lang].source.headline)],
  };
  const blocks = reference.body.map((block): ParallelRow => {
    if (block.kind === 'prose') {
      return { id: block.id, label: perLanguage((lang) => placeLabel(texts[lang], block.id)), paragraphs: align(block.id) };
    }
    const number = reference.components.findIndex((component) => component.key === block.key) + 1;
    return {
      id: block.key,
      number,
      label: perLanguage((lang) => texts[lang].components[number - 1]!.title),
      paragraphs: align(block.key),
    };
  });
  return [headline, ...blocks];
}
