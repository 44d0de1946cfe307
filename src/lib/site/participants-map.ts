import { geoBounds, geoConicConformal, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import type { PartyCode } from '../model.ts';

/*
 * The participants' map (issue 20), drawn at build time: Natural Earth's countries (world-atlas,
 * 1:110m, the scale a page-wide map needs) projected with d3-geo onto Europe and its neighbours, as SVG path data. States outside
 * that frame (Canada, the United States…) are drawn by the page as a labelled strip, not as a
 * world map shrunk to fit them. Nothing is fetched by the reader.
 */

/** The frame: from Iceland and the Azores' longitude to the Caspian, from North Africa's coast to the North Cape. */
const frame = { west: -25, east: 45, south: 34, north: 71.5 };

export interface MapShape {
  /** ISO 3166-1 alpha-2, when Natural Earth's id maps to one (a few territories have none). */
  code?: string;
  /** SVG path data in the map's coordinates, rounded to the pixel. */
  d: string;
}

export interface EuropeMap {
  width: number;
  height: number;
  shapes: MapShape[];
  /** The codes the map draws: a party not among them belongs in the strip of far members. */
  drawn: ReadonlySet<string>;
}

const cache = new Map<string, EuropeMap>();

/** Europe and its neighbours, `width` wide, every country that crosses the frame. */
export function europeMap(width = 600): EuropeMap {
  const cached = cache.get(String(width));
  if (cached) return cached;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries);
  // The frame's edge as points (a parallel is not a great circle; points need no winding order).
  const edge: Array<[number, number]> = [];
  for (let step = 0; step <= 10; step++) {
    const lon = frame.west + ((frame.east - frame.west) * step) / 10;
    const lat = frame.south + ((frame.north - frame.south) * step) / 10;
    edge.push([lon, frame.south], [lon, frame.north], [frame.west, lat], [frame.east, lat]);
  }
  const outline: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: edge };
  // A conic projection keeps Europe's shapes; its parallels lie inside the frame.
  const projection = geoConicConformal().parallels([43, 62]).rotate([-10, 0]);
  projection.fitWidth(width, outline);
  const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
  const height = Math.round(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]).clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(0);
  const shapes: MapShape[] = [];
  for (const country of world.features) {
    // Only what crosses the frame (a projection far from its centre can fold distant lands into it).
    const [[west, south], [east, north]] = geoBounds(country);
    const acrossTheAntimeridian = west > east; // Russia: its bounds wrap round the globe
    if (south > frame.north || north < frame.south) continue;
    if (!acrossTheAntimeridian && (west > frame.east || east < frame.west)) continue;
    const d = path(country);
    if (!d) continue;
    const code = countries.numericToAlpha2(String(country.id));
    shapes.push(code ? { code, d } : { d });
  }
  const map = { width, height, shapes, drawn: new Set(shapes.flatMap((shape) => (shape.code ? [shape.code] : []))) };
  cache.set(String(width), map);
  return map;
}

/** Whether a party is drawn on the map (a country inside the frame), or belongs in the strip. */
export function onMap(code: PartyCode, map: EuropeMap): boolean {
  return map.drawn.has(code);
}
