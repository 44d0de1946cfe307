import { describe, expect, it } from 'vitest';
import { europeMap, onMap } from '../../src/lib/site/participants-map.ts';

describe('the participants’ map (Natural Earth through d3-geo, at build time)', () => {
  const map = europeMap(600);

  it('draws Europe and its neighbours in the frame, in whole pixels', () => {
    expect(map.width).toBe(600);
    expect(map.height).toBeGreaterThan(300);
    for (const code of ['FR', 'GB', 'DE', 'UA', 'TR', 'IS', 'PT', 'LU', 'NO', 'RU']) expect(onMap(code, map), code).toBe(true);
    for (const shape of map.shapes) expect(shape.d).toMatch(/^M-?\d+,-?\d+/);
    // Small enough to inline: a few tens of KB of path data, not a world map.
    expect(map.shapes.reduce((bytes, shape) => bytes + shape.d.length, 0)).toBeLessThan(40_000);
  });

  it('leaves the states beyond the frame to the strip under it', () => {
    for (const code of ['CA', 'US', 'JP', 'AU', 'NZ']) expect(onMap(code, map), code).toBe(false);
  });
});
