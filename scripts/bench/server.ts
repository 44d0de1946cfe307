// Serves dist/ on a free localhost port with sirv, under the headers of dist/_headers,
// compressed as a static host compresses (brotli, else gzip, for text types, on the fly), with
// validators (ETag) and the hosts' default caching for the files _headers names none for (asked
// again each time: a 304 when unchanged), and logs what it sends so the bench can count the
// bytes that crossed the wire.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import compression from 'compression';
import sirv from 'sirv';
import { distDir } from './paths.ts';
import { pathMatches, revalidateCaching } from '../../src/lib/site/caching.ts';

export interface HeaderRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/** dist/_headers (Netlify / Cloudflare Pages format), so the pages run under the policy they are published with. */
export function readHeaderRules(dir = distDir): HeaderRule[] {
  const file = join(dir, '_headers');
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

export interface ServedEntry {
  at: number;
  path: string;
  status: number;
  /** Body bytes sent, after compression. */
  bytes: number;
  encoding: string;
}

export function startServer(log: ServedEntry[], rules: HeaderRule[], dir = distDir): Promise<{ server: Server; origin: string }> {
  const notFoundPage = join(dir, '404.html');
  const serve = sirv(dir, {
    dev: false,
    etag: true,
    setHeaders: (response, pathname) => {
      response.setHeader('Cache-Control', revalidateCaching);
      for (const rule of rules) {
        if (pathMatches(rule.pattern, pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
      }
    },
  });
  const compress = compression();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // Counted below compression: the bytes that go on the wire (body only).
    let bytes = 0;
    const write = response.write.bind(response) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => typeof response;
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string') bytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) bytes += chunk.length;
    };
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      count(chunk);
      return write(chunk, ...rest);
    }) as typeof response.write;
    response.end = ((...args: unknown[]) => {
      if (typeof args[0] !== 'function') count(args[0]);
      return end(...args);
    }) as typeof response.end;
    response.on('finish', () => {
      log.push({ at: performance.now(), path, status: response.statusCode, bytes, encoding: String(response.getHeader('Content-Encoding') ?? 'identity') });
    });
    compress(request as never, response as never, () =>
      serve(request, response, () => {
        const body = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found\n');
        response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(body.length) });
        response.end(body);
      }),
    );
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}
