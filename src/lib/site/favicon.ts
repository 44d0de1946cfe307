import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The edition's icon (public/favicon.svg) as a data: URI, written into every page's head: the icon
 * costs no request of its own (page weight counts every request on load; README "Page weight").
 * The file stays published at /favicon.svg for whoever links to it.
 */
export function faviconDataUri(projectDir = process.cwd()): string {
  const svg = readFileSync(join(projectDir, 'public', 'favicon.svg'), 'utf8').trim().replace(/\s+/g, ' ');
  // The few characters a URL cannot hold as they are (spaces too, for the HTML checker); the SVG's
  // double quotes become single ones.
  return `data:image/svg+xml,${svg.replace(/"/g, "'").replace(/[ #%<>]/g, (char) => encodeURIComponent(char))}`;
}
