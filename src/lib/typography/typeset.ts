import Typograf from 'typograf';

/*
 * The edition's typographic step: our own texts (notes, key facts, interface strings, context
 * data, changelog summaries) are set by typograf before they reach a page. Never the article
 * (content/declaration/fr.md is reproduced as received), never a source's words (evidence
 * quotes, titles), never URLs, code or ids: callers pass only our texts, and within a Markdown
 * text the remark plugin (../markdown/remark-typography.ts) leaves code, bare URLs and passages
 * in another language to their own rules.
 *
 * Typograf brings curly quotes and apostrophes per language («…» and „…“ in Ukrainian, “…” and
 * ‘…’ in English, « … » in French) and ellipses. The French spacing, dates and abbreviations are
 * ours, added to typograf as rules of its own kind (typograf's non-breaking rules are Russian):
 *
 * - fr: a narrow no-break space (U+202F) before ; ! ? and inside « », a no-break space (U+00A0)
 *   before :, narrow no-break spaces between groups of digits and before %;
 * - every language: a no-break space in dates ("6 janvier", "6 January", "January 6",
 *   "6 січня") and after abbreviations and words that introduce a number ("art. 5",
 *   "Article 5", "p. 3", "ст. 5", "№ 5"), and before an em dash (a line never starts with one);
 * - en: straight single quotes made curly (typograf turns ' into ’ between letters only);
 * - uk: a no-break space in "2026 р." and before "тис.", "млн", "млрд".
 */

/** Typograf's locale for each language we set, by BCP 47 primary subtag. */
const typografLocales: Record<string, string> = { fr: 'fr', en: 'en-US', uk: 'uk' };

/** The locale typograf sets a text of this language in, if it knows one. */
export function typografLocale(lang: string): string | undefined {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  if (typografLocales[primary]) return typografLocales[primary];
  return Typograf.hasLocale(primary) ? primary : undefined;
}

const nbsp = '\u00a0';
const narrowNbsp = '\u202f';
/** A tag typograf has hidden (`\uF000tf12\uF000`), and characters that stand for our own placeholders. */
const hiddenTag = '\uF000';
const placeholders = '\uE200-\uE2FF';
/** What may end a word before punctuation: a letter, digit, closing mark, a hidden tag or a placeholder. */
const wordEnd = `[\\p{L}\\p{N}\\p{M})\\]»”’…%°${hiddenTag}${placeholders}]`;
const spaces = `[ ${nbsp}${narrowNbsp}]`;

const months: Record<'fr' | 'en-US' | 'uk', string> = {
  fr: 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'en-US': 'January|February|March|April|May|June|July|August|September|October|November|December',
  uk: 'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня',
};
/** Abbreviations and words that introduce a number, which must not end a line without it. */
const numberWords: Record<'fr' | 'en-US' | 'uk', string> = {
  fr: 'art\\.|arts\\.|al\\.|p\\.|pp\\.|chap\\.|ch\\.|vol\\.|n°|nos?|§|[Aa]rticles?|[Pp]aragraphes?|[Pp]oints?|[Rr]ésolutions?|[Aa]nnexes?|[Cc]omposantes?',
  'en-US': '[Aa]rt\\.|[Aa]rts\\.|p\\.|pp\\.|para\\.|paras\\.|ch\\.|vol\\.|[Nn]o\\.|[Nn]os\\.|§|[Aa]rticles?|[Pp]aragraphs?|[Rr]esolutions?|[Aa]nnex|[Ss]ections?|[Cc]omponents?|[Nn]otes?',
  uk: 'ст\\.|п\\.|ч\\.|№|[Сс]татт(?:я|і|ею|ю)|[Пп]ункт(?:у|і|ом)?|[Чч]астин(?:а|и|і|ою)|[Рр]езолюці(?:я|ї|єю)|[Дд]одат(?:ок|ку)|[Сс]кладов(?:а|ої|ій|у)|[Пп]риміт(?:ка|ки|ці)',
};

type Locale = keyof typeof months;

function localeRules(locale: Locale) {
  const monthNames = months[locale];
  return [
    {
      // "6 janvier", "1er janvier", "6–7 January", "6 січня"; and, in English, "January 6".
      name: `${locale}/nbsp/dayMonth`,
      handler: (text: string) => {
        let result = text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2}(?:er)?(?:[–-]\\d{1,2})?)${spaces}+(?=(?:${monthNames})(?!\\p{L}))`, 'gu'), `$1${nbsp}`);
        if (locale === 'en-US') result = result.replace(new RegExp(`(?<!\\p{L})(${monthNames}) +(?=\\d{1,2}(?!\\d))`, 'gu'), `$1${nbsp}`);
        return result;
      },
    },
    {
      // "art. 5", "Article 5", "p. 3", "ст. 5", "№ 5": the word stays with its number.
      name: `${locale}/nbsp/beforeNumber`,
      handler: (text: string) => text.replace(new RegExp(`(?<![\\p{L}\\p{N}])(${numberWords[locale]}) +(?=[\\p{N}${placeholders}])`, 'gu'), `$1${nbsp}`),
    },
    {
      // A line never starts with an em dash: it stays with the word before it.
      name: `${locale}/nbsp/beforeDash`,
      handler: (text: string) => text.replace(new RegExp(`(?<=${wordEnd}|[,.;:!?«“"]) +—`, 'gu'), `${nbsp}—`),
    },
  ];
}

Typograf.addRules([
  ...(['fr', 'en-US', 'uk'] as const).flatMap(localeRules),
  {
    // ; ! ? take a narrow no-break space after a word (inserted where it is missing, as French
    // typography asks); a run such as "?!" keeps together.
    name: 'fr/nbsp/beforeHighPunctuation',
    handler: (text: string) => text.replace(new RegExp(`(?<=${wordEnd}|[«"“])${spaces}*([;!?]+)(?=[\\s${hiddenTag}»”"'’)\\]…]|$)`, 'gu'), `${narrowNbsp}$1`),
  },
  {
    // A colon takes a no-break space; where none is written ("Sources: …"), one is put in, but
    // never inside "10:30" or "https:" (only before a space or the end).
    name: 'fr/nbsp/beforeColon',
    handler: (text: string) => text.replace(new RegExp(`(?<=${wordEnd}|[«"“])${spaces}*:(?=[\\s${hiddenTag}]|$)`, 'gu'), `${nbsp}:`),
  },
  {
    // Groups of digits (800 000) and the per cent sign are held by narrow no-break spaces.
    name: 'fr/nbsp/numbers',
    handler: (text: string) =>
      text
        .replace(/(?<![\p{N},.])\p{N}{1,3}(?:[  \u202f]\p{N}{3})+(?![\p{N}])/gu, (number) => number.replace(/[  ]/g, narrowNbsp))
        .replace(/(?<=\p{N})[  \u202f]?%/gu, `${narrowNbsp}%`),
  },
  {
    // Quotes within quotes are “…” in French (typograf writes ‹ ›), with no space inside.
    name: 'fr/punctuation/innerQuotes',
    index: '+5',
    handler: (text: string) => text.replace(/‹\u202f?/g, '“').replace(/\u202f?›/g, '”'),
  },
  {
    // "M. Macron", "Mme Meloni": the title stays with the name.
    name: 'fr/nbsp/titles',
    handler: (text: string) => text.replace(/(?<!\p{L})(M\.|MM\.|Mme|Mmes|Mgr|Dr) +(?=\p{Lu})/gu, `$1${nbsp}`),
  },
  {
    // Straight single quotes: opening after a space or an opening mark, otherwise an apostrophe
    // or closing quote (’), which in English are the same character.
    name: 'en-US/other/singleQuotes',
    handler: (text: string) => text.replace(/(^|[\s([{“"‘—–])'(?=\S)/gu, '$1‘').replace(/'/g, '’'),
  },
  {
    // A straight double quote typograf could not place (next to a tag or a placeholder):
    // opening after a space or an opening mark, otherwise closing.
    name: 'en-US/other/doubleQuotes',
    handler: (text: string) => text.replace(/(^|[\s([{‘—–])"/gu, '$1“').replace(/"/g, '”'),
  },
  // French guillemets quoted in an English or Ukrainian text keep their inner spaces unbroken (in
  // English they reach the rules set aside as \uE003 and \uE004, see typesetRun).
  ...['en-US', 'uk'].map((locale) => ({
    name: `${locale}/nbsp/guillemets`,
    handler: (text: string) => text.replace(/([«\uE003]) +/g, `$1${narrowNbsp}`).replace(/ +([»\uE004])/g, `${narrowNbsp}$1`),
  })),
  {
    // "2026 р.", "800 тис.", "2 млн": the number keeps its word.
    name: 'uk/nbsp/numberWords',
    handler: (text: string) => text.replace(/(?<=\p{N}) +(?=(?:рр?\.|тис\.|млн|млрд)(?!\p{L}))/gu, nbsp),
  },
]);

/** The rules of typograf's own the edition uses; everything else (its Russian rules, spacing fixes, symbols) stays off. */
const typografRules = [
  'common/punctuation/quote',
  'common/punctuation/apostrophe',
  'common/punctuation/hellip',
  'common/nbsp/afterSectionMark',
  'common/nbsp/afterParagraphMark',
];
const ourRules = ['*/nbsp/dayMonth', '*/nbsp/beforeNumber', '*/nbsp/beforeDash', 'fr/nbsp/*', 'fr/punctuation/innerQuotes', 'en-US/other/*', 'en-US/nbsp/*', 'uk/nbsp/*'];

const setters = new Map<string, Typograf>();
function setter(locale: string): Typograf {
  let typograf = setters.get(locale);
  if (!typograf) {
    typograf = new Typograf({ locale: [locale], htmlEntity: { type: 'default' }, disableRule: '*' });
    typograf.enableRule([...typografRules, ...ourRules.map((rule) => rule.replace(/^\*/, locale))]);
    setters.set(locale, typograf);
  }
  return typograf;
}

/** Characters that would read as markup to typograf, kept aside while it works. */
const escapes: ReadonlyArray<[string, string]> = [
  ['&', '\uE000'],
  ['<', '\uE001'],
  ['>', '\uE002'],
];
const escape = (text: string) => escapes.reduce((result, [character, code]) => result.replaceAll(character, code), text);
const unescape = (text: string) => escapes.reduce((result, [character, code]) => result.replaceAll(code, character), text);

/**
 * One run of text to set: its pieces in order, text and boundaries. A boundary is where an inline
 * element starts or ends (emphasis, a link…), or an opaque piece (code, a URL, words in another
 * language) that the rules see as a word they must not change.
 */
export type RunPiece = string | { boundary: 'open' | 'close' | 'opaque' };

/**
 * Sets a run of text in `lang` and returns its text pieces, changed, in order (one per string of
 * `pieces`). The boundaries let the rules see across elements: the quotation marks around an
 * emphasised word are placed as opening and closing, the space before a colon that follows a link is
 * made unbreakable.
 */
export function typesetRun(pieces: readonly RunPiece[], lang: string): string[] {
  const texts = pieces.filter((piece): piece is string => typeof piece === 'string');
  const locale = typografLocale(lang);
  if (!locale || texts.every((text) => text.trim() === '')) return texts;
  // Boundaries become tags typograf knows it must keep (an opaque piece is an element with no text).
  const tags = { open: '<i>', close: '</i>', opaque: '<b></b>' };
  // In English, « » only ever quote French words (an editor writes “ ” for English quotes): kept
  // from typograf's quote rule, which would read them as English quotes to convert — and, beside
  // words in another language, get one of them wrong (« … “).
  const keepGuillemets = locale === 'en-US' ? (text: string) => text.replaceAll('«', '\uE003').replaceAll('»', '\uE004') : (text: string) => text;
  const html = pieces.map((piece) => (typeof piece === 'string' ? keepGuillemets(escape(piece)) : tags[piece.boundary])).join('');
  const set = setter(locale).execute(html).replaceAll('\uE003', '«').replaceAll('\uE004', '»');
  const parts = set.split(/<\/?[ib]>/);
  // Between two tags, the text of one piece (or nothing, where two boundaries meet).
  const expected = pieces.reduce<number[]>(
    (slots, piece, index) => {
      if (typeof piece === 'string') slots[slots.length - 1] = index;
      else slots.push(...(piece.boundary === 'opaque' ? [-1, -1] : [-1]));
      return slots;
    },
    [-1],
  );
  if (parts.length !== expected.length) return texts; // typograf never adds or drops a tag; if it did, keep the text as written
  const out = new Map<number, string>();
  expected.forEach((index, slot) => {
    if (index >= 0) out.set(index, unescape(parts[slot]!));
  });
  return pieces.flatMap((piece, index) => (typeof piece === 'string' ? [out.get(index) ?? piece] : []));
}

const cache = new Map<string, string>();

/** A plain text of ours, set in its language (cached: interface strings are set many times a build). */
export function typeset(text: string, lang: string): string {
  const key = `${lang}\u0000${text}`;
  let result = cache.get(key);
  if (result === undefined) {
    result = typesetRun([text], lang)[0]!;
    cache.set(key, result);
  }
  return result;
}

/**
 * A template function of ours (`(number, title) => \`Composante ${number} — ${title}\``), its own
 * words set once and its arguments left as they come: they are typeset where they are written, or
 * are words we must not change (an article's headline, a source's title).
 */
export function typesetTemplate<Args extends unknown[]>(template: (...args: Args) => string, lang: string): (...args: Args) => string {
  let parts: string[] | undefined;
  let order: number[] = [];
  return (...args: Args) => {
    if (!parts) {
      const marks = Array.from({ length: template.length }, (_, index) => String.fromCharCode(0xe200 + index));
      const set = typeset(template(...(marks as unknown as Args)), lang);
      parts = set.split(/[\uE200-\uE2FF]/u);
      order = [...set.matchAll(/[\uE200-\uE2FF]/gu)].map((match) => match[0].charCodeAt(0) - 0xe200);
    }
    return parts.reduce((result, part, index) => result + (index > 0 ? String(args[order[index - 1]!]) : '') + part, '');
  };
}
