import { t } from './i18n.ts';
import { languages, type Edition, type Lang } from './model.ts';

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
  const paragraphsOf = (lang: Lang, id: string): string[] => {
    const text = texts[lang];
    const block = text.body.find((candidate) => (candidate.kind === 'prose' ? candidate.id : candidate.key) === id)!;
    const plain = block.kind === 'prose' ? block.text : text.components.find((component) => component.key === block.key)!.text;
    return plain.split('\n\n');
  };
  const align = (id: string) => {
    const columns = perLanguage((lang) => paragraphsOf(lang, id));
    return columns[languages[0]].map((_, index) => perLanguage((lang) => columns[lang][index]!));
  };

  const headline: ParallelRow = {
    id: 'headline',
    label: perLanguage((lang) => t(lang).sourceArticle),
    paragraphs: [perLanguage((lang) => texts[lang].source.headline)],
  };
  const blocks = reference.body.map((block): ParallelRow => {
    if (block.kind === 'prose') {
      const title = block.id === 'introduction' ? 'introductionTitle' : 'conclusionTitle';
      return { id: block.id, label: perLanguage((lang) => t(lang)[title]), paragraphs: align(block.id) };
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
