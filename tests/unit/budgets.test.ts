import { describe, expect, it } from 'vitest';
import { eventsIn, notesIn, readingBudget, readingBudgetFor, timelineBudget, timelineBudgetFor } from '../../scripts/bench/budgets.ts';

describe('the budget of a reading page', () => {
  it('counts the notes a built page carries by their entries', () => {
    const html = '<ol><li class="note-entry" id="note-a">…</li><li class="note-entry" id="note-b">…</li></ol><a href="#note-a">1</a>';
    expect(notesIn(html)).toBe(2);
    expect(notesIn('<p>no notes</p>')).toBe(0);
  });

  it('is 14 KB plus an allowance per note it carries', () => {
    expect(readingBudgetFor(0)).toBe(readingBudget.base);
    expect(readingBudgetFor(34) - readingBudgetFor(21)).toBe(Math.round(13 * readingBudget.perNote));
  });
});

describe('the budget of the timeline', () => {
  it('counts the events a built timeline carries, and grows with them', () => {
    const html = '<ol class="timeline"><li class="timeline__event" id="event-a">…</li><li class="timeline__event" id="event-b">…</li></ol>';
    expect(eventsIn(html)).toBe(2);
    expect(timelineBudgetFor(0)).toBe(timelineBudget.base);
    expect(timelineBudgetFor(24) - timelineBudgetFor(11)).toBe(Math.round(13 * timelineBudget.perEvent));
  });
});
