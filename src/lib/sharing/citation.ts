import { declarationDate, type Lang, type Source } from '../model.ts';

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

/** What a citation points at: a component or a note, in one language. */
export interface CitationTarget {
  lang: Lang;
  /** A stable key for reference managers, e.g. "paris-declaration-2026-multinational-force-fr". */
  id: string;
  /** The part cited, e.g. "Composante 3 — Force multinationale pour l’Ukraine". */
  title: string;
  /** The work it is part of: the declaration, in this edition. */
  containerTitle: string;
  /** Absolute permanent URL. */
  url: string;
  /** ISO date the reader accessed it. */
  accessed: string;
}


const accessedLabel = { fr: 'consulté le', en: 'accessed' } as const;
const inLabel = { fr: 'dans', en: 'in' } as const;

export function plainCitation(target: CitationTarget): string {
  const quote = target.lang === 'fr' ? (text: string) => `«\u00a0${text}\u00a0»` : (text: string) => `“${text}”`;
  return (
    `${quote(target.title)}, ${inLabel[target.lang]} ${target.containerTitle} (${formatDate(declarationDate, target.lang)}). ` +
    `${target.url} (${accessedLabel[target.lang]} ${formatDate(target.accessed, target.lang)}).`
  );
}

function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (character) => `\\${character}`);
}

export function bibtexCitation(target: CitationTarget): string {
  const fields: Array<[string, string]> = [
    ['title', target.title],
    ['booktitle', target.containerTitle],
    ['date', declarationDate],
    ['year', declarationDate.slice(0, 4)],
    ['url', target.url],
    ['urldate', target.accessed],
    ['langid', target.lang === 'fr' ? 'french' : 'english'],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${name === 'url' ? value : bibtexEscape(value)}}`).join(',\n');
  return `@online{${target.id},\n${body}\n}`;
}

function dateParts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year!, month!, day!];
}

export function cslJsonCitation(target: CitationTarget): string {
  return JSON.stringify(
    [
      {
        id: target.id,
        type: 'webpage',
        title: target.title,
        'container-title': target.containerTitle,
        issued: { 'date-parts': [dateParts(declarationDate)] },
        accessed: { 'date-parts': [dateParts(target.accessed)] },
        URL: target.url,
        language: target.lang === 'fr' ? 'fr-FR' : 'en-GB',
      },
    ],
    null,
    2,
  );
}
