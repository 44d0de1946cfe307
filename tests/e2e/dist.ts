import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Reading the built site (dist/) as files, the way a static host serves it. */

export const distDir = 'dist';

export function htmlFiles(dir = distDir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** The URL path a built file is served at. */
export function urlPathOf(file: string): string {
  return `/${relative(distDir, file)}`.replace(/index\.html$/, '');
}

/** The file a URL path is served from, if any. */
export function fileFor(path: string): string | undefined {
  const candidates = path.endsWith('/') ? [join(distDir, path, 'index.html')] : [join(distDir, path), join(distDir, path, 'index.html')];
  return candidates.find((candidate) => {
    try {
      return statSync(candidate).isFile();
    } catch {
      return false;
    }
  });
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

export function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export interface Link {
  file: string;
  href: string;
  tag: string;
  rel?: string;
}

export function linksIn(file: string, html = readFileSync(file, 'utf8')): Link[] {
  return [...html.matchAll(/<(a|link|script|img)\b([^>]*)>/g)].flatMap((match) => {
    const attributes = match[2]!;
    const href = /\s(?:href|src)="([^"]*)"/.exec(attributes)?.[1];
    if (href === undefined) return [];
    const rel = /\srel="([^"]*)"/.exec(attributes)?.[1];
    return [{ file, href: decodeAttribute(href), tag: match[1]!, rel }];
  });
}
