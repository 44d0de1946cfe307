import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/content/edition.ts';
import { daysBetween, drawTimeline, drawingSizes, fitLabel, timelineAxis, type AxisEvent } from '../../src/lib/drawings/timeline-axis.ts';

/*
 * The timeline on a time axis (issue 20): where events, months and empty stretches stand, from
 * made-up events and from the fixture edition's timeline (tests/fixtures/content/timeline.yml).
 */

const event = (date: string, components: string[] = [], id = date): AxisEvent => ({ id, date, components });
const options = { length: 1000, square: 12, gap: 2, gapDays: 30 };
const keys = ['first-part', 'second-part'];
const text = { month: (iso: string, withYear: boolean) => (withYear ? [iso.slice(5, 7), iso.slice(0, 4)] : [iso.slice(5, 7)]), noEvent: 'no event recorded', declaration: ['Paris declaration'] };

describe('the time axis', () => {
  it('runs from the first event to the last, each at its day', () => {
    const axis = timelineAxis([event('2025-03-02'), event('2026-03-10'), event('2025-09-05')], options);
    expect([axis.start, axis.end, axis.days]).toEqual(['2025-03-02', '2026-03-10', 373]);
    expect(axis.events.map((placed) => placed.event.date)).toEqual(['2025-03-02', '2025-09-05', '2026-03-10']);
    expect(axis.events[0]!.at).toBe(0);
    expect(axis.events[2]!.at).toBe(1000);
    expect(axis.events[1]!.at).toBeCloseTo((daysBetween('2025-03-02', '2025-09-05') / 373) * 1000);
  });

  it('ticks the first of every month in between, the year on the first and on January', () => {
    const axis = timelineAxis([event('2025-11-20'), event('2026-02-03')], options);
    expect(axis.ticks.map((tick) => [tick.date, tick.withYear])).toEqual([
      ['2025-12-01', true],
      ['2026-01-01', true],
      ['2026-02-01', false],
    ]);
  });

  it('sets an event beyond the neighbours it would touch, and no further', () => {
    // 100 days over 1000 units: 10 units a day, so events 1 day apart touch (a square and a gap is 14).
    const axis = timelineAxis([event('2026-01-01', ['a', 'b', 'c']), event('2026-01-01', ['d'], 'same-day'), event('2026-01-02'), event('2026-01-05'), event('2026-04-11')], options);
    expect(axis.events.map((placed) => [placed.slot, placed.size])).toEqual([
      [0, 3],
      [3, 1],
      [4, 1],
      [0, 1],
      [0, 1],
    ]);
    expect(axis.depth).toBe(5);
  });

  it('marks each stretch longer than the gap with no event recorded', () => {
    const axis = timelineAxis([event('2025-03-02'), event('2025-03-27'), event('2025-07-10'), event('2025-07-10', [], 'b'), event('2025-08-10')], options);
    expect(axis.stretches.map((stretch) => [stretch.from, stretch.to, stretch.days])).toEqual([
      ['2025-03-27', '2025-07-10', 105],
      ['2025-07-10', '2025-08-10', 31],
    ]);
  });
});

describe('a label in its room', () => {
  it('fits on one line, else two cut between words, else not at all', () => {
    expect(fitLabel('no event recorded', 200, 6)).toEqual(['no event recorded']);
    expect(fitLabel('no event recorded', 60, 6)).toEqual(['no event', 'recorded']);
    expect(fitLabel('no event recorded', 30, 6)).toEqual([]);
  });
});

describe('the two drawings of the fixture edition’s timeline', () => {
  const edition = buildEdition('tests/fixtures/content', 'tests/fixtures');
  const events = edition.context.timeline;

  it('draw every event once, as many squares as components (one neutral square for none), each inside the drawing', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const drawing = drawTimeline(events, keys, '2026-01-06', orientation, text);
      expect(drawing.events.map((drawn) => drawn.event.id).sort()).toEqual(events.map((item) => item.id).sort());
      const second = drawing.events.find((drawn) => drawn.event.id === '2026-01-06-second-event')!;
      expect(second.squares.map((square) => square.number)).toEqual([1, 2]);
      expect(second.declaration).toBe(true);
      expect(drawing.events.find((drawn) => drawn.event.id === '2025-03-02-first-event')!.squares).toEqual([expect.not.objectContaining({ number: expect.anything() })]);
      for (const square of drawing.events.flatMap((drawn) => drawn.squares)) {
        expect(square.x).toBeGreaterThanOrEqual(0);
        expect(square.y).toBeGreaterThanOrEqual(0);
        expect(square.x + drawing.square).toBeLessThanOrEqual(drawing.width);
        expect(square.y + drawing.square).toBeLessThanOrEqual(drawing.height);
      }
      // The long stretch between the two is dotted and says so; the declaration's day is drawn across.
      expect(drawing.axis.filter((run) => run.empty)).toHaveLength(1);
      expect(drawing.emptyLabels.flatMap((label) => label.lines).join(' ')).toBe('no event recorded');
      expect(drawing.declaration).toBeDefined();
    }
  });

  it('fit a phone: the vertical drawing is 320 units wide', () => {
    expect(drawTimeline(events, keys, '2026-01-06', 'vertical', text).width).toBe(drawingSizes.vertical.width);
    expect(drawingSizes.vertical.width).toBeLessThanOrEqual(320);
  });
});
