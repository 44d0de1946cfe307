/**
 * Names typed in the other alphabet: Macron on the Ukrainian search finds « Макрон », Мерц on the
 * French one finds “Merz”. Ukrainian is written in Latin letters by the national transliteration
 * (Cabinet of Ministers of Ukraine, resolution 55 of 27 January 2010), the one the edition's
 * Ukrainian addresses use (tekst, poshuk, porivniannia: tests/unit/routes.test.ts). A name's
 * spelling in French or English follows other conventions (Merz, not Merts; Witkoff, not
 * Vitkoff), so both sides are compared as a sound skeleton, not letter for letter.
 */

const initial: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const table: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ie', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'shch', ь: '', ю: 'iu', я: 'ia', '’': '', "'": '', ʼ: '',
};

/** Ukrainian in Latin letters, by the national transliteration (lower case). */
export function transliterate(text: string): string {
  const lower = text.toLowerCase().replace(/зг/g, 'zgh');
  let out = '';
  for (let i = 0; i < lower.length; i += 1) {
    const letter = lower[i]!;
    const wordStart = i === 0 || !/[\p{L}’'ʼ]/u.test(lower[i - 1]!);
    out += (wordStart ? initial[letter] : undefined) ?? table[letter] ?? letter;
  }
  return out;
}

export const isCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);
export const isLatin = (text: string) => /\p{Script=Latin}/u.test(text) && !isCyrillic(text);

/**
 * A name as it sounds, in Latin letters, for comparing spellings across alphabets: Macron and
 * Макрон (makron), Merz and Мерц (merT), Witkoff and Віткофф (vitkof), Zelensky and Зеленський.
 */
export function nameSkeleton(name: string): string {
  let text = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (isCyrillic(text)) text = transliterate(text);
  return text
    .replace(/[^a-z]/g, '')
    .replace(/shch|sch|sh/g, 'S')
    .replace(/tsch|ch|cz/g, 'C')
    .replace(/zh/g, 'Z')
    .replace(/kh/g, 'h')
    .replace(/ts|tz|z/g, 'T')
    .replace(/ck|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/x/g, 'ks')
    .replace(/g/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/i(?=[aeiou])/g, '')
    .replace(/(.)\1+/g, '$1');
}
