import { z } from 'astro/zod';
import { checkUniqueId, failAt, localizedSchema, parseAt, readCitations, slugSchema, type ContextReading, type YamlPlace } from './context-fields.ts';
import { calendarDate, futureDateProblem } from './values.ts';
import type { Localized, TimelineEvent } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const eventSchema = z.object({
  id: slugSchema,
  date: calendarDate,
  title: localizedSchema('The title'),
  text: localizedSchema('The text'),
  components: z.array(z.string()).default([]),
  sources: z.unknown().optional(),
});

/** Reads content/timeline.yml: the Coalition of the Willing's events, each dated and sourced; returned in date order. */
export function parseTimeline(
  text: string,
  file: string,
  componentKeys: readonly string[],
  reading: ContextReading,
): TimelineEvent[] {
  const yaml = parseYamlWithLines(text, file);
  const place: YamlPlace = { yaml, file, ...reading };
  if (!Array.isArray(yaml.data)) failAt(place, [], 'Expected a list of events (- id: …)');
  const events: TimelineEvent[] = [];
  const ids = new Map<string, number>();
  (yaml.data as unknown[]).forEach((entry, index) => {
    const named = (entry as { id?: unknown } | null)?.id;
    const label = `Event ${typeof named === 'string' ? `"${named}"` : index + 1}`;
    const data = parseAt(eventSchema, entry, place, [index], label);
    checkUniqueId(ids, data.id, place, [index, 'id'], 'event');
    const future = futureDateProblem(data.date, reading.today, `${label} is`);
    if (future) failAt(place, [index, 'date'], future);
    // An id that starts with a date (2026-01-06-…, 2025-03-…, 2025-…) names the event's day: the two must agree.
    const idDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=-|$)/.exec(data.id)?.[0];
    if (idDate && !data.date.startsWith(idDate)) {
      failAt(place, [index, 'date'], `${label} is dated ${data.date}, but its id says ${idDate}: correct the date (the id is published and stays), or, if the id is wrong, retire it (README, "Retiring an id")`);
    }
    data.components.forEach((key, keyIndex) => {
      if (!componentKeys.includes(key)) failAt(place, [index, 'components', keyIndex], `Unknown component key "${key}" (known: ${componentKeys.join(', ')})`);
    });
    events.push({
      ...data,
      title: data.title as Localized,
      text: data.text as Localized,
      sources: readCitations(data.sources, place, [index], label),
    });
  });
  return events.sort((a, b) => a.date.localeCompare(b.date));
}
