import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import uk from 'i18n-iso-countries/langs/uk.json' with { type: 'json' };
import { t } from './i18n.ts';
import { organisations, type Lang, type Organisation, type PartyCode } from '../model.ts';

// Country names come from the kept library (CLDR-based), in every language of the edition.
for (const locale of [en, fr, uk]) countries.registerLocale(locale);

/** A country's or an organisation's name as readers of the language write it. */
export function partyName(code: PartyCode, lang: Lang): string {
  if ((organisations as readonly string[]).includes(code)) return t(lang).organisationNames[code as Organisation];
  return countries.getName(code, lang, { select: 'official' }) ?? code;
}

/** Names sorted the way the language sorts them. */
export function byName(lang: Lang): (a: PartyCode, b: PartyCode) => number {
  const collator = new Intl.Collator(lang);
  return (a, b) => collator.compare(partyName(a, lang), partyName(b, lang));
}
