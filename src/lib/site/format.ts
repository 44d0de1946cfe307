import type { Lang, Source } from '../model.ts';
import { locales } from './locales.ts';

/* How the site writes dates, language names, quotes and source titles, in the reader's language (pages, exports, citations). */

/** A source's date as readers of the language write it, e.g. "6 janvier 2026" / "6 January 2026" / "6 січня 2026 р.". */
export function formatDate(isoDate: string, lang: Lang): string {
  return (
    new Intl.DateTimeFormat(locales[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(`${isoDate}T00:00:00Z`))
      // A number keeps the word after it on its line ("6 janvier", "2026 р."), as the typographic step sets dates.
      .replace(/(?<=\p{N}) (?=\p{L})/gu, '\u00a0')
  );
}

/** A language's name in the page's language, e.g. "en" → "anglais" on a French page. */
export function languageName(tag: string, lang: Lang): string {
  return new Intl.DisplayNames([lang], { type: 'language' }).of(tag) ?? tag;
}

/** A quote wrapped in the quotation marks of its own language. */
export function inQuotationMarks(quote: string, tag: string): string {
  const language = tag.split('-')[0];
  if (language === 'fr') return `«\u00a0${quote}\u00a0»`;
  if (language === 'uk' || language === 'ru') return `«${quote}»`;
  return `“${quote}”`;
}

/** A supplied (descriptive) title goes in square brackets, as in a bibliography. */
export function displayTitle(source: Source): string {
  return source.descriptiveTitle ? `[${source.title}]` : source.title;
}
