import type { Lang } from '../model.ts';

/** The locale each language's dates, numbers and citations follow (BCP 47). Small on purpose: browser scripts import it. */
export const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB', uk: 'uk-UA' };

/** Open Graph writes a locale with an underscore: fr_FR, en_GB, uk_UA. */
export function ogLocale(lang: Lang): string {
  return locales[lang].replace('-', '_');
}
