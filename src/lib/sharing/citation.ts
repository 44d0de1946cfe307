import type { Lang } from '../model.ts';
import { formatDate } from '../site/format.ts';
import { locales } from '../site/locales.ts';

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
  /** The edition's version: the date of its latest change (ISO 8601), the date of what is cited. */
  version: string;
}


/** How each language writes a plain citation: its quotation marks, "in …" and the access date (Ukrainian as DSTU 8302 has it). */
const citationWords: Record<Lang, { quote: (text: string) => string; in: string; version: (date: string) => string; accessed: (date: string) => string }> = {
  fr: { quote: (text) => `«\u00a0${text}\u00a0»`, in: 'dans', version: (date) => `version du ${date}`, accessed: (date) => `consulté le ${date}` },
  en: { quote: (text) => `“${text}”`, in: 'in', version: (date) => `version of ${date}`, accessed: (date) => `accessed ${date}` },
  uk: { quote: (text) => `«${text}»`, in: 'у:', version: (date) => `версія від ${date}`, accessed: (date) => `дата звернення: ${date}` },
};

export function plainCitation(target: CitationTarget): string {
  const words = citationWords[target.lang];
  const version = words.version(formatDate(target.version, target.lang));
  // Ukrainian dates end with "р.": no second full stop.
  return (
    `${words.quote(target.title)}, ${words.in} ${target.containerTitle}, ${version}${version.endsWith('.') ? '' : '.'} ` +
    `${target.url} (${words.accessed(formatDate(target.accessed, target.lang))}).`
  );
}

/** biblatex language names (babel/polyglossia). */
const bibtexLanguages: Record<Lang, string> = { fr: 'french', en: 'english', uk: 'ukrainian' };

function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (character) => `\\${character}`);
}

export function bibtexCitation(target: CitationTarget): string {
  const fields: Array<[string, string]> = [
    ['title', target.title],
    ['organization', target.containerTitle],
    ['date', target.version],
    ['version', target.version],
    ['url', target.url],
    ['urldate', target.accessed],
    ['langid', bibtexLanguages[target.lang]],
  ];
  // A no-break space is TeX's tie (~); a narrow one is left to biblatex's language (babel sets French spacing itself).
  const text = (value: string) => bibtexEscape(value).replace(/\u00a0/g, '~').replace(/\u202f/g, ' ');
  const body = fields.map(([name, value]) => `  ${name} = {${name === 'url' ? value : text(value)}}`).join(',\n');
  return `@online{${target.id},\n${body}\n}`;
}

function dateParts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number);
  return [year!, month!, day!];
}

export function cslJsonCitation(target: CitationTarget): string {
  const json = JSON.stringify(
    [
      {
        id: target.id,
        type: 'webpage',
        title: target.title,
        'container-title': target.containerTitle,
        issued: { 'date-parts': [dateParts(target.version)] },
        version: target.version,
        accessed: { 'date-parts': [dateParts(target.accessed)] },
        URL: target.url,
        language: locales[target.lang],
      },
    ],
    null,
    2,
  );
  // A date on one line, as people write CSL-JSON: [[2026, 1, 6]].
  return json.replace(/\[\s+\[\s+(\d+),\s+(\d+),\s+(\d+)\s+\]\s+\]/g, '[[$1, $2, $3]]');
}

/**
 * What a CSL-JSON record written by cslJsonCitation cites: the reading script rebuilds the other
 * formats from it (with the reader's access date), so a page carries each citation once.
 */
export function citationTargetFromCslJson(json: string): CitationTarget | undefined {
  try {
    const [record] = JSON.parse(json) as Array<Record<string, unknown>>;
    const lang = (Object.keys(locales) as Lang[]).find((candidate) => locales[candidate] === record?.language);
    const accessed = (record?.accessed as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
    if (!record || !lang || !accessed || typeof record.version !== 'string') return undefined;
    const iso = accessed.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
    return {
      lang,
      id: String(record.id),
      title: String(record.title),
      containerTitle: String(record['container-title']),
      url: String(record.URL),
      accessed: iso,
      version: record.version,
    };
  } catch {
    return undefined;
  }
}
