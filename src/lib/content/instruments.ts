import { z } from 'astro/zod';
import { checkUniqueId, failAt, localizedSchema, parseAt, readCitations, slugSchema, type ContextReading, type YamlPlace } from './context-fields.ts';
import { absoluteUrl, calendarDate, futureDateProblem } from './values.ts';
import type { Instrument, Localized } from '../model.ts';
import { partyCodeHint, partyKind } from './parties.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const instrumentSchema = z.object({
  id: slugSchema,
  title: z.string({ error: 'needs its own title, in the language of its text' }).trim().min(1),
  shortTitle: localizedSchema('The short title'),
  date: calendarDate,
  parties: z.array(z.string(), { error: `needs its parties: ${partyCodeHint}` }).min(1, `needs at least one party: ${partyCodeHint}`),
  nature: localizedSchema('The nature'),
  language: z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "en"'),
  officialUrl: absoluteUrl.optional(),
  textCopy: z.string().optional(),
  sources: z.unknown().optional(),
});

/** Reads content/instruments.yml: the instruments the components are compared with. */
export function parseInstruments(text: string, file: string, reading: ContextReading): Instrument[] {
  const yaml = parseYamlWithLines(text, file);
  const place: YamlPlace = { yaml, file, ...reading };
  if (!Array.isArray(yaml.data)) failAt(place, [], 'Expected a list of instruments (- id: …)');
  const instruments: Instrument[] = [];
  const ids = new Map<string, number>();
  (yaml.data as unknown[]).forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    const label = `Instrument ${typeof id === 'string' ? `"${id}"` : index + 1}`;
    const data = parseAt(instrumentSchema, entry, place, [index], label);
    checkUniqueId(ids, data.id, place, [index, 'id'], 'instrument');
    const future = futureDateProblem(data.date, reading.today, `${label} is`);
    if (future) failAt(place, [index, 'date'], future);
    data.parties.forEach((code, partyIndex) => {
      if (!partyKind(code)) failAt(place, [index, 'parties', partyIndex], `${label}: unknown party "${code}": use ${partyCodeHint}`);
    });
    if (data.textCopy && !reading.sources.some((source) => source.id === data.textCopy)) failAt(place, [index, 'textCopy'], `${label}: unknown source "${data.textCopy}": add it to content/sources.yml`);
    if (data.textCopy) reading.cited.push({ sourceId: data.textCopy, file, line: yaml.lineOf([index, 'textCopy']) });
    instruments.push({
      ...data,
      shortTitle: data.shortTitle as Localized,
      nature: data.nature as Localized,
      sources: readCitations(data.sources, place, [index], label),
    });
  });
  return instruments;
}
