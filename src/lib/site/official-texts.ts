import { t } from './i18n.ts';
import type { Lang, Source } from '../model.ts';

/** A link to an official text of the declaration, as a page shows it. */
export interface OfficialTextLink {
  label: string;
  url: string;
  /** The language the official text is written in. */
  hreflang: string;
}

/**
 * The official texts a language's pages link to (the first in every page's translation notice):
 * the English text from the presidency; for Ukrainian readers, first the Ukrainian version the
 * EU Delegation publishes. Their addresses come from the bibliography, so they are kept in one place.
 */
export function officialTextLinks(lang: Lang, sources: readonly Source[]): OfficialTextLink[] {
  return t(lang).officialTexts.map(({ source: id, label }) => {
    const source = sources.find((candidate) => candidate.id === id);
    if (!source) throw new Error(`src/lib/site/i18n.ts: official text "${id}" (${lang}) is not a source of content/sources.yml`);
    return { label, url: source.url, hreflang: source.language };
  });
}
