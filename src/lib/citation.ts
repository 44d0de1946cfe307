import type { Lang, Source } from './model.ts';

/** A source's date as readers of the language write it, e.g. "6 janvier 2026" / "6 January 2026". */
export function formatDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** A supplied (descriptive) title goes in square brackets, as in a bibliography. */
export function displayTitle(source: Source): string {
  return source.descriptiveTitle ? `[${source.title}]` : source.title;
}
