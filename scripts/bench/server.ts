// Serves dist/ on a free localhost port with sirv, under the headers of dist/_headers, and
// logs what it sends so the bench can count the bytes that crossed the wire.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import sirv from 'sirv';
import { distDir } from './paths.ts';

export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** dist/_headers (Netlify / Cloudflare Pages format), so the pages run under the policy they are published with. */
export function readHeaderRules(): HeaderRule[] {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) return [];
  const rules: HeaderRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

function ruleMatches(pattern: string, pathname: string): boolean {
  if (pattern.endsWith('*')) return pathname.startsWith(pattern.slice(0, -1));
  return pattern === pathname;
}

export interface ServedEntry {
  at: number;
  path: string;
  status: number;
  bytes: number;
}

export function startServer(log: ServedEntry[], rules: HeaderRule[]): Promise<{ server: Server; origin: string }> {
  const notFoundPage = join(distDir, '404.html');
  const serve = sirv(distDir, {
    dev: false,
    etag: false,
    setHeaders: (response, pathname) => {
      for (const rule of rules) {
        if (ruleMatches(rule.pattern, pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
      }
    },
  });
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.on('finish', () => {
      log.push({ at: performance.now(), path, status: response.statusCode, bytes: Number(response.getHeader('Content-Length') ?? 0) });
    });
    serve(request, response, () => {
      const body = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found\n');
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length) });
      response.end(body);
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}
