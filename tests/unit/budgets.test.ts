import { describe, expect, it } from 'vitest';
import { fullTextBudget, fullTextBudgetFor, notesIn, readingBudget } from '../../scripts/bench/budgets.ts';

describe('the full-text budget', () => {
  it('counts the notes a built page carries by their entries', () => {
    const html = '<ol><li class="note-entry" id="note-a">…</li><li class="note-entry" id="note-b">…</li></ol><a href="#note-a">1</a>';
    expect(notesIn(html)).toBe(2);
    expect(notesIn('<p>no notes</p>')).toBe(0);
  });

  it('is a reading page’s budget plus an allowance per note', () => {
    expect(fullTextBudgetFor(0)).toBe(readingBudget);
    expect(fullTextBudgetFor(34) - fullTextBudgetFor(21)).toBe(Math.round(13 * fullTextBudget.perNote));
  });
});
