import { distinctName, t } from './i18n.ts';
import type { ComparisonCell, Edition, Instrument, Lang, TimelineEvent } from '../model.ts';
import { routes } from './routes.ts';
import { formatDate } from './format.ts';

/** An instrument's heading: its short name and year, in the reader's language. */
export function instrumentLabel(instrument: Instrument, lang: Lang): string {
  return `${instrument.shortTitle[lang]} (${instrument.date.slice(0, 4)})`;
}

/** The cell of the matrix for a component and an instrument, if the comparison has one. */
export function cellOf(edition: Edition, component: string, instrument: string): ComparisonCell | undefined {
  return edition.context.comparison.find((cell) => cell.component === component && cell.instrument === instrument);
}

/** The timeline events that concern a component. */
export function eventsOf(edition: Edition, component: string) {
  return edition.context.timeline.filter((event) => event.components.includes(component));
}

/**
 * Where the timeline's record stops: the date of its latest event (undefined when it has none).
 * Pages say so in these words, so that no reader takes the edition's last change for the last thing that happened.
 */
export function timelineRecordEnd(edition: Edition): string | undefined {
  return edition.context.timeline.map((event) => event.date).sort().at(-1);
}

/**
 * The name of a link to an event: `label`, with the event's title when its day has other events
 * (a screen reader lists a page's links by name: two links of one name must lead to one place).
 */
export function eventLinkName(edition: Edition, event: TimelineEvent, lang: Lang, label: string): string {
  const sameDay = edition.context.timeline.filter((other) => other.date === event.date).length > 1;
  return sameDay ? distinctName(label, event.title[lang]) : label;
}

/** Where the edition's context (comparison, participants, timeline) cites a source: a label and a link per place. */
export function contextCitationsOf(edition: Edition, sourceId: string, lang: Lang): Array<{ label: string; href: string }> {
  const ui = t(lang);
  const cites = (citations: ReadonlyArray<{ source: string }>) => citations.some((citation) => citation.source === sourceId);
  const { instruments, comparison, attendance, participants, conflicts, timeline } = edition.context;
  const instrumentById = new Map(instruments.map((instrument) => [instrument.id, instrument]));
  const places: Array<{ label: string; href: string }> = [];
  for (const instrument of instruments) {
    if (cites(instrument.sources) || instrument.textCopy === sourceId) {
      places.push({ label: ui.citedInInstrument(instrument.shortTitle[lang]), href: `${routes.comparison(lang)}#instrument-${instrument.id}` });
    }
  }
  for (const cell of comparison) {
    if (!cites(cell.sources)) continue;
    const number = edition.componentKeys.indexOf(cell.component) + 1;
    places.push({ label: ui.citedInCell(number, instrumentById.get(cell.instrument)!.shortTitle[lang]), href: routes.comparisonCell(lang, cell.component, cell.instrument) });
  }
  const inParticipants =
    attendance.some((group) => cites(group.sources)) ||
    participants.some((participant) => participant.positions.some((position) => cites(position.sources))) ||
    conflicts.some((conflict) => conflict.sides.some((side) => side.reports.some((report) => cites(report.sources))));
  if (inParticipants) places.push({ label: ui.citedInParticipants, href: routes.participants(lang) });
  for (const event of timeline.filter((candidate) => cites(candidate.sources))) {
    places.push({ label: eventLinkName(edition, event, lang, ui.citedInEvent(formatDate(event.date, lang))), href: routes.timelineEvent(lang, event.id) });
  }
  return places;
}
