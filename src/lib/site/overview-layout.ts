import { activations, type Activation, type ComponentOverview, type Lang } from '../model.ts';

/* The home page's overview diagram laid out at build time (its SVG is drawn by components/OverviewDiagram.astro). */

/** Breaks a text into lines of at most `width` characters, at breakable spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Ordinary spaces only: a no-break space holds its words on one line.
  for (const word of text.split(/[ \t\r\n]+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface OverviewCard {
  key: string;
  number: number;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  leadLines: string[];
}

export interface OverviewLane {
  activation: Activation;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverviewLayout {
  width: number;
  height: number;
  lanes: OverviewLane[];
  cards: OverviewCard[];
}

/** Lanes side by side (wide screens), or one under the other (phones, where three lanes would not fit). */
export type OverviewArrangement = 'columns' | 'rows';

const laneWidth = 250;
const laneGap = 12;
const headerHeight = 56;
const cardGap = 14;
const lineHeight = { title: 20, lead: 17 };
const padding = 12;

/**
 * Lays the components out in three lanes, by when they apply: now and in the long term,
 * after a ceasefire, in case of a future attack. Sizes are in SVG user units.
 */
export function layoutOverview(
  entries: ReadonlyArray<{ overview: ComponentOverview; number: number; title: string }>,
  lang: Lang,
  arrangement: OverviewArrangement = 'columns',
): OverviewLayout {
  const cardsByLane = new Map<Activation, OverviewCard[]>(activations.map((activation) => [activation, []]));
  for (const { overview, number, title } of entries) {
    const titleLines = wrapText(`${number}. ${title}`, 21);
    const leadLines = wrapText(overview.lead[lang], 28);
    const height = padding * 2 + titleLines.length * lineHeight.title + 6 + leadLines.length * lineHeight.lead;
    cardsByLane.get(overview.activation)!.push({ key: overview.key, number, x: 0, y: 0, width: laneWidth, height, titleLines, leadLines });
  }
  const laneContentHeight = (cards: OverviewCard[]) => cards.reduce((sum, card) => sum + card.height + cardGap, 0) - cardGap + 2;
  const tallest = Math.max(...[...cardsByLane.values()].map(laneContentHeight));

  const lanes: OverviewLane[] = [];
  let offset = 0;
  for (const activation of activations) {
    const cards = cardsByLane.get(activation)!;
    const height = headerHeight + (arrangement === 'columns' ? tallest : laneContentHeight(cards) + padding);
    const lane = arrangement === 'columns' ? { activation, x: offset, y: 0, width: laneWidth, height } : { activation, x: 0, y: offset, width: laneWidth, height };
    lanes.push(lane);
    let y = lane.y + headerHeight;
    for (const card of cards) {
      Object.assign(card, { x: lane.x, y });
      y += card.height + cardGap;
    }
    offset += (arrangement === 'columns' ? laneWidth : height) + laneGap;
  }
  const cards = entries.map(({ overview }) => [...cardsByLane.values()].flat().find((card) => card.key === overview.key)!);
  const last = lanes.at(-1)!;
  return { width: last.x + last.width, height: last.y + last.height, lanes, cards };
}
