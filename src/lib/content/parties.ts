import countries from 'i18n-iso-countries';
import { organisations, type PartyCode } from '../model.ts';

/** Whether a party code names a country (ISO 3166-1 alpha-2) or one of the organisations the edition knows. */
export function partyKind(code: PartyCode): 'country' | 'organisation' | undefined {
  if ((organisations as readonly string[]).includes(code)) return 'organisation';
  if (/^[A-Z]{2}$/.test(code) && countries.isValid(code)) return 'country';
  return undefined;
}

export const partyCodeHint = `an ISO 3166-1 alpha-2 country code in capitals (FR, GB, US…) or one of ${organisations.join(', ')}`;
