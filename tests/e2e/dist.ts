import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

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

/** Every run of text of a built page's body, with the language it is in (its closest `lang`). */
export function textRuns(path: string): Array<{ text: string; lang: string }> {
  const runs: Array<{ text: string; lang: string }> = [];
  const walk = (node: Root | RootContent, lang: string) => {
    if (node.type === 'text') runs.push({ text: node.value, lang });
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && ['script', 'style', 'head'].includes(node.tagName)) return;
    const own = node.type === 'element' && typeof (node as Element).properties.lang === 'string' ? String((node as Element).properties.lang) : lang;
    for (const child of node.children) walk(child, own);
  };
  walk(fromHtml(readFileSync(fileFor(path)!, 'utf8')), '');
  return runs;
}

/** The text of every element of a built page that carries `className`. */
export function textsOfClass(path: string, className: string): string[] {
  const texts: string[] = [];
  visit(fromHtml(readFileSync(fileFor(path)!, 'utf8')), 'element', (element: Element) => {
    const classes = element.properties.className;
    if (Array.isArray(classes) && classes.includes(className)) texts.push(toString(element).replace(/\s+/g, ' '));
  });
  return texts;
}
