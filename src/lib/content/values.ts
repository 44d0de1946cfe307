import { z } from 'astro/zod';

/** A real day of the calendar, written YYYY-MM-DD: 2026-02-30 and 2026-13-45 are refused where they are written. */
export const calendarDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD (e.g. 2026-01-06)' });

/** An absolute web address: http(s), a host name with a dot, no spaces. */
export const absoluteUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an absolute address starting with https:// (e.g. https://example.org/page)' })
  .regex(/^\S+$/, 'must not contain spaces: write them as %20');
