/*
 * The timeline on a time axis (issue 20): where each event, each month and each stretch with no
 * recorded event stands on an axis of a given length, computed at build time. The page draws it
 * twice from the same layout — along x on wide screens, along y on phones — so this module speaks
 * of positions `at` (along time) and `across` (away from the axis), in SVG units.
 */

/** What the layout needs of an event. */
export interface AxisEvent {
  id: string;
  /** ISO 8601 day. */
  date: string;
  /** Keys of the components it concerns (none: the talks as a whole). */
  components: readonly string[];
}

export interface AxisOptions {
  /** Length of the time axis, from the first event to the last (SVG units). */
  length: number;
  /** The side of one component's square; an event is a row of them, one per component (one neutral square for none). */
  square: number;
  /** Room between two squares, and between two events that would touch. */
  gap: number;
  /** A stretch longer than this many days with no event is drawn as such. */
  gapDays: number;
}

/** One event placed: its day's position along the axis, and where its squares start away from it. */
export interface PlacedEvent<Event extends AxisEvent = AxisEvent> {
  event: Event;
  at: number;
  /** Index of its first square away from the axis: events too close to another are set beyond it. */
  slot: number;
  /** Squares it takes (its components, or one). */
  size: number;
}

/** The first day of a month on the axis. */
export interface MonthTick {
  /** YYYY-MM-01 */
  date: string;
  at: number;
  /** January, or the first month shown: the label carries the year. */
  withYear: boolean;
}

/** A stretch between two consecutive events longer than `gapDays`. */
export interface EmptyStretch {
  from: string;
  to: string;
  /** Days between the two events. */
  days: number;
  start: number;
  end: number;
}

export interface TimelineAxis<Event extends AxisEvent = AxisEvent> {
  start: string;
  end: string;
  days: number;
  events: Array<PlacedEvent<Event>>;
  ticks: MonthTick[];
  stretches: EmptyStretch[];
  /** The most squares any stack of events reaches away from the axis. */
  depth: number;
}

const dayMs = 86_400_000;
/** Coordinates to a tenth of a unit: finer than a screen shows, and short to write. */
const round = (value: number) => Math.round(value * 10) / 10;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;
const isoOf = (day: number) => new Date(day * dayMs).toISOString().slice(0, 10);

/** Days from one ISO day to another. */
export const daysBetween = (from: string, to: string) => Math.round(dayOf(to) - dayOf(from));

/**
 * The layout of `events` (any order) on an axis from the first to the last: each event at its day,
 * set beyond the events whose squares it would touch (closer than a square and a gap along the
 * axis); a tick on the first of every month in between; the stretches with no recorded event.
 */
export function timelineAxis<Event extends AxisEvent>(events: readonly Event[], options: AxisOptions): TimelineAxis<Event> {
  const sorted = [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  if (sorted.length === 0) throw new Error('A timeline axis needs at least one event');
  const start = sorted[0]!.date;
  const end = sorted.at(-1)!.date;
  const days = daysBetween(start, end);
  const scale = days === 0 ? 0 : options.length / days;
  const atOf = (iso: string) => (days === 0 ? options.length / 2 : daysBetween(start, iso) * scale);

  const placed: Array<PlacedEvent<Event>> = [];
  const reach = options.square + options.gap;
  for (const event of sorted) {
    const at = atOf(event.date);
    const size = Math.max(1, event.components.length);
    // Beyond every placed event it would touch (they are all before it, so the latest ones).
    const slot = placed.filter((other) => at - other.at < reach).reduce((beyond, other) => Math.max(beyond, other.slot + other.size), 0);
    placed.push({ event, at, slot, size });
  }

  const ticks: MonthTick[] = [];
  const first = new Date(`${start}T00:00:00Z`);
  let month = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1), 1));
  while (isoOf(month.getTime() / dayMs) <= end) {
    const date = isoOf(month.getTime() / dayMs);
    ticks.push({ date, at: atOf(date), withYear: ticks.length === 0 || month.getUTCMonth() === 0 });
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  }

  const stretches: EmptyStretch[] = [];
  const dates = [...new Set(sorted.map((event) => event.date))];
  for (let index = 1; index < dates.length; index += 1) {
    const from = dates[index - 1]!;
    const to = dates[index]!;
    const between = daysBetween(from, to);
    if (between > options.gapDays) stretches.push({ from, to, days: between, start: atOf(from), end: atOf(to) });
  }

  return { start, end, days, events: placed, ticks, stretches, depth: Math.max(...placed.map((event) => event.slot + event.size)) };
}

/**
 * A label set in a room of `room` units, at `charWidth` units a character: on one line if it fits,
 * else on two lines cut between words, else not at all (the legend says what the stretch means).
 */
export function fitLabel(label: string, room: number, charWidth: number): string[] {
  if (label.length * charWidth <= room) return [label];
  const words = label.split(/[ \u00a0\u202f]/);
  if (words.length < 2) return [];
  let best: string[] = [];
  let longest = Infinity;
  for (let cut = 1; cut < words.length; cut += 1) {
    const lines = [words.slice(0, cut).join(' '), words.slice(cut).join(' ')];
    const width = Math.max(...lines.map((line) => line.length));
    if (width < longest) {
      longest = width;
      best = lines;
    }
  }
  return longest * charWidth <= room ? best : [];
}

/* ---- The two drawings of the axis: along x on wide screens, along y on phones ---- */

export type Orientation = 'horizontal' | 'vertical';

/** One square of an event: the component it stands for (its number, 1…5), or none. */
export interface DrawnSquare {
  x: number;
  y: number;
  /** The component's number, or undefined for an event that concerns none. */
  number?: number;
}

export interface DrawnEvent<Event extends AxisEvent = AxisEvent> {
  event: Event;
  squares: DrawnSquare[];
  /** The line from the event's day on the axis to its first square. */
  stem: { x1: number; y1: number; x2: number; y2: number };
  declaration: boolean;
}

export interface DrawnLabel {
  x: number;
  y: number;
  lines: string[];
  anchor: 'start' | 'middle' | 'end';
}

export interface TimelineDrawing<Event extends AxisEvent = AxisEvent> {
  orientation: Orientation;
  width: number;
  height: number;
  square: number;
  /** The axis's solid runs (between events closer than the gap) and dotted ones (the empty stretches). */
  axis: Array<{ x1: number; y1: number; x2: number; y2: number; empty: boolean }>;
  ticks: Array<{ x1: number; y1: number; x2: number; y2: number; label?: DrawnLabel }>;
  /** "No event recorded", where it fits in its stretch. */
  emptyLabels: DrawnLabel[];
  events: Array<DrawnEvent<Event>>;
  /** The declaration's day: a line across the drawing and its label. */
  declaration?: { x1: number; y1: number; x2: number; y2: number; label: DrawnLabel };
}

export interface DrawingText {
  /** A month's label, e.g. "janv." and, for January and the first month, its year on a second line. */
  month: (isoDate: string, withYear: boolean) => string[];
  noEvent: string;
  /** The declaration's label lines. */
  declaration: string[];
}

/** Sizes of the drawings, in SVG units (CSS pixels at 1:1): what a reader sees at 1440 and at 320 px. */
export const drawingSizes = {
  horizontal: { width: 960, margin: 40, length: 880, top: 34, belowAxis: 38 },
  vertical: { width: 320, labelColumn: 90, axisX: 98, top: 16, length: 660, bottom: 16 },
  square: 12,
  gap: 2,
  gapDays: 30,
  /** Width of a character of the labels, generously (11 px interface face). */
  charWidth: 6.3,
  lineHeight: 13,
} as const;

/**
 * The drawing of the timeline in one orientation: each event a row (vertical) or column
 * (horizontal) of squares, one per component it concerns, set away from the axis beyond its
 * neighbours, with a stem to its day; month ticks; the empty stretches dotted and labelled where
 * the label fits; the declaration's day drawn across.
 */
export function drawTimeline<Event extends AxisEvent>(
  events: readonly Event[],
  componentKeys: readonly string[],
  declarationDate: string,
  orientation: Orientation,
  text: DrawingText,
): TimelineDrawing<Event> {
  const { square, gap, gapDays, charWidth, lineHeight } = drawingSizes;
  const step = square + gap;
  const horizontal = orientation === 'horizontal';
  const size = horizontal ? drawingSizes.horizontal : drawingSizes.vertical;
  const layout = timelineAxis(events, { length: size.length, square, gap, gapDays });
  const depth = layout.depth * step;
  const h = drawingSizes.horizontal;
  const v = drawingSizes.vertical;
  // Where the axis runs (the cross position) and where time starts (the along position).
  const axisCross = horizontal ? h.top + depth + gap * 3 : v.axisX;
  const origin = horizontal ? h.margin : v.top;
  const width = horizontal ? h.width : v.width;
  const height = horizontal ? axisCross + h.belowAxis : v.top + v.length + v.bottom;
  /** A point at `along` on the time axis and `across` away from it (above it, or to its right). */
  const point = (along: number, across: number) =>
    horizontal ? { x: round(origin + along), y: round(axisCross - across) } : { x: round(axisCross + across), y: round(origin + along) };
  const line = (along1: number, across1: number, along2: number, across2: number) => {
    const a = point(along1, across1);
    const b = point(along2, across2);
    return { x1: a.x, y1: a.y, x2: b.x, y2: b.y };
  };

  // The axis: solid, with its empty stretches dotted.
  const axis: TimelineDrawing['axis'] = [];
  let from = 0;
  for (const stretch of layout.stretches) {
    if (stretch.start > from) axis.push({ ...line(from, 0, stretch.start, 0), empty: false });
    axis.push({ ...line(stretch.start, 0, stretch.end, 0), empty: true });
    from = stretch.end;
  }
  if (from < size.length || axis.length === 0) axis.push({ ...line(from, 0, size.length, 0), empty: false });

  const declarationAt = layout.days === 0 || declarationDate < layout.start || declarationDate > layout.end ? undefined : (daysBetween(layout.start, declarationDate) / layout.days) * size.length;

  const ticks = layout.ticks.map((tick) => {
    const lines = text.month(tick.date, tick.withYear);
    // On phones, a month's label gives way to the declaration's, written in the same column.
    const hidden = !horizontal && declarationAt !== undefined && Math.abs(tick.at - declarationAt) < lineHeight * 2.5;
    const label: DrawnLabel | undefined = hidden
      ? undefined
      : horizontal
        ? { ...point(tick.at, -(lineHeight + 4)), lines, anchor: 'middle' }
        : { x: v.labelColumn, y: round(origin + tick.at + 4), lines, anchor: 'end' };
    return { ...line(tick.at, -4, tick.at, 4), ...(label ? { label } : {}) };
  });

  const emptyLabels: DrawnLabel[] = [];
  for (const stretch of layout.stretches) {
    const room = stretch.end - stretch.start - gap * 8;
    const middle = (stretch.start + stretch.end) / 2;
    if (horizontal) {
      // Above the axis, centred in its stretch, its last line just above the axis.
      const lines = fitLabel(text.noEvent, room, charWidth);
      if (lines.length > 0) emptyLabels.push({ ...point(middle, 8 + (lines.length - 1) * lineHeight), lines, anchor: 'middle' });
    } else {
      // Right of the axis, centred on its stretch, where the stretch is tall enough.
      const lines = fitLabel(text.noEvent, v.width - v.axisX - 12, charWidth);
      if (lines.length > 0 && room >= lines.length * lineHeight + gap * 4) {
        emptyLabels.push({ x: v.axisX + 10, y: round(origin + middle - ((lines.length - 1) * lineHeight) / 2 + 4), lines, anchor: 'start' });
      }
    }
  }

  const drawn = layout.events.map((placed) => {
    const numbers = placed.event.components.map((key) => componentKeys.indexOf(key) + 1);
    const squares: DrawnSquare[] = (numbers.length > 0 ? numbers : [undefined]).map((number, index) => {
      const across = (placed.slot + index) * step + gap * 2;
      // The square's near corner: centred on the day along the axis, `across` away from it.
      const corner = horizontal ? point(placed.at - square / 2, across + square) : point(placed.at - square / 2, across);
      return { ...corner, ...(number === undefined ? {} : { number }) };
    });
    return { event: placed.event, squares, stem: line(placed.at, 0, placed.at, placed.slot * step + gap * 2), declaration: placed.event.date === declarationDate };
  });

  let declaration: TimelineDrawing['declaration'];
  if (declarationAt !== undefined) {
    if (horizontal) {
      const x = round(origin + declarationAt);
      const labelWidth = Math.max(...text.declaration.map((part) => part.length)) * charWidth;
      const anchor = x + labelWidth / 2 > width - 4 ? 'end' : x - labelWidth / 2 < 4 ? 'start' : 'middle';
      declaration = { x1: x, y1: h.top - 10, x2: x, y2: axisCross + 4, label: { x: anchor === 'end' ? width - 4 : anchor === 'start' ? 4 : x, y: h.top - 16, lines: [text.declaration.join(', ')], anchor } };
    } else {
      const y = round(origin + declarationAt);
      declaration = { x1: 0, y1: y, x2: width, y2: y, label: { x: v.labelColumn, y: y - 4 - (text.declaration.length - 1) * lineHeight, lines: text.declaration, anchor: 'end' } };
    }
  }

  return { orientation, width, height, square, axis, ticks, emptyLabels, events: drawn, ...(declaration ? { declaration } : {}) };
}
