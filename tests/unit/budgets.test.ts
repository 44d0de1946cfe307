import { describe, expect, it } from 'vitest';
import { notesIn, readingBudget, readingBudgetFor } from '../../scripts/bench/budgets.ts';

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
