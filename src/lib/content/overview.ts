import { z } from 'astro/zod';
import { ContentError } from './content-error.ts';
import { activations, languages, type Activation, type ComponentOverview, type Lang } from '../model.ts';
import { parseYamlWithLines } from './yaml-lines.ts';

const entrySchema = z.object({
  activation: z.enum(activations),
  lead: z.object(Object.fromEntries(languages.map((lang) => [lang, z.string().min(1)])) as Record<Lang, z.ZodString>),
});

/** Reads content/overview.yml: one entry per component key, no more, no less. */
export function parseOverview(text: string, file: string, componentKeys: readonly string[]): ComponentOverview[] {
  const yaml = parseYamlWithLines(text, file);
  const data = (yaml.data ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(data)) {
    if (!componentKeys.includes(key)) throw new ContentError(file, yaml.lineOf([key]), 1, `Unknown component key "${key}" (known: ${componentKeys.join(', ')})`);
  }
  return componentKeys.map((key) => {
    if (!(key in data)) throw new ContentError(file, 1, 1, `Component "${key}" is missing from the overview`);
    const result = entrySchema.safeParse(data[key]);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const path = [key, ...issue.path.filter((part): part is string | number => typeof part !== 'symbol')];
      throw new ContentError(file, yaml.lineOf(path), 1, `${path.join('.')}: ${issue.message}`);
    }
    return { key, activation: result.data.activation, lead: result.data.lead as Record<Lang, string> };
  });
}

/** Breaks a text into lines of at most `width` characters, at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
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

export interface OverviewLayout {
  width: number;
  height: number;
  lanes: Array<{ activation: Activation; x: number; width: number }>;
  cards: OverviewCard[];
}

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
export function layoutOverview(entries: ReadonlyArray<{ overview: ComponentOverview; number: number; title: string }>, lang: Lang): OverviewLayout {
  const lanes = activations.map((activation, index) => ({ activation, x: index * (laneWidth + laneGap), width: laneWidth }));
  const nextY = new Map<Activation, number>(activations.map((activation) => [activation, headerHeight]));
  const cards = entries.map(({ overview, number, title }): OverviewCard => {
    const lane = lanes.find((candidate) => candidate.activation === overview.activation)!;
    const titleLines = wrapText(`${number}. ${title}`, 21);
    const leadLines = wrapText(overview.lead[lang], 30);
    const height = padding * 2 + titleLines.length * lineHeight.title + 6 + leadLines.length * lineHeight.lead;
    const y = nextY.get(overview.activation)!;
    nextY.set(overview.activation, y + height + cardGap);
    return { key: overview.key, number, x: lane.x, y, width: lane.width, height, titleLines, leadLines };
  });
  const height = Math.max(...nextY.values()) - cardGap + 2;
  return { width: lanes.length * laneWidth + (lanes.length - 1) * laneGap, height, lanes, cards };
}
