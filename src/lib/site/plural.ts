/**
 * Messages that count, in every plural form a language has: French and English have `one` and
 * `other`; Ukrainian has `one` (1, 21, 31 …), `few` (2–4, 22–24 …), `many` (0, 5–20, 25 …) and
 * `other` (fractions). Kept apart from i18n.ts so browser scripts can use it without shipping every string.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of a message for `count`, by the language's plural rules (CLDR, through Intl). */
export function pluralForm(lang: string, forms: PluralForms, count: number): string {
  return forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
}
