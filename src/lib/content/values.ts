import { z } from 'astro/zod';
import { idPattern, idRule } from '../model.ts';

/** A real day of the calendar, written YYYY-MM-DD: 2026-02-30 and 2026-13-45 are refused where they are written. */
export const calendarDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD (e.g. 2026-01-06)' });

/** An absolute web address: http(s), a host name with a dot, no spaces. */
export const absoluteUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an absolute address starting with https:// (e.g. https://example.org/page)' })
  .regex(/^\S+$/, 'must not contain spaces: write them as %20');

/** Every id the data files define (components, notes, sources, changes, instruments, events, groups…): one pattern, one message. */
export const idSchema = z.string({ error: `must be an id: ${idRule}` }).regex(idPattern, `must be ${idRule}`);

/**
 * The day of this build (YYYY-MM-DD), against which dates in the content are checked: the latest
 * calendar day anywhere on Earth (UTC+14), so a date written where the day has already begun is
 * never refused, and a date after it is surely a slip.
 */
export function buildDay(now = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/** Why `date` cannot stand (it is after the build's day), or undefined. `what` names it for the editor ("An event", "A source"). */
export function futureDateProblem(date: string, today: string, what: string): string | undefined {
  if (date <= today) return undefined;
  return `${what} dated ${date}, after the day of this build (${today}): nothing in the edition can have happened yet; check the year and the month`;
}
