import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';
import { readHeaderRules } from '../../scripts/bench/server.ts';
import { pathMatches } from '../../src/lib/site/caching.ts';

/*
 * A static host for the offline tests, one per test: serves a built site as it is on disk (files read
 * anew on each request, every one revalidated) with the headers of its _headers and its 404 page, on a
 * port of its own, and can be cut off: every connection is then dropped, so nothing the service worker
 * lacks can come from it.
 */

export interface StaticHost {
  origin: string;
  /** Drops every connection from now on (true), or serves again (false). */
  cutOff: (off: boolean) => void;
  /** Paths asked for since the host started. */
  requested: string[];
  close: () => Promise<void>;
}

export function startStaticHost(dir: string, port: number): Promise<StaticHost> {
  const rules = readHeaderRules(dir);
  const serve = sirv(dir, {
    dev: true,
    etag: true,
    setHeaders: (response, pathname) => {
      for (const rule of rules) if (pathMatches(rule.pattern, pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    },
  });
  const requested: string[] = [];
  let off = false;
  const server = createServer((request, response) => {
    if (off) {
      request.socket.destroy();
      return;
    }
    requested.push(new URL(request.url ?? '/', 'http://host').pathname);
    serve(request, response, () => {
      const page = join(dir, '404.html');
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(existsSync(page) ? readFileSync(page) : 'Not found');
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () =>
      done({
        origin: `http://127.0.0.1:${port}`,
        cutOff: (value) => {
          off = value;
          if (value) server.closeAllConnections();
        },
        requested,
        close: () => {
          server.closeAllConnections();
          return new Promise((closed) => server.close(() => closed()));
        },
      }),
    );
  });
}
