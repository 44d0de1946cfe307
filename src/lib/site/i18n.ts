import type { Lang } from '../model.ts';
import { en } from './i18n/en.ts';
import { fr } from './i18n/fr.ts';
import { uk } from './i18n/uk.ts';
import type { UiStrings } from './i18n/fr.ts';

/*
 * Every interface string, one file per language in i18n/: the French file sets the shape and the
 * type check holds the others to it, so a translator opens one file.
 */
export type { OfficialText, UiStrings } from './i18n/fr.ts';

const strings: Record<Lang, UiStrings> = { fr, en, uk };

/**
 * The accessible name of a link whose visible words repeat on the page ("Retour au texte" under every
 * note): the visible words first (so speech input still finds the link), then what tells it apart.
 */
export function distinctName(visible: string, context: string): string {
  return `${visible} (${context})`;
}

export function t(lang: Lang): UiStrings {
  return strings[lang];
}
