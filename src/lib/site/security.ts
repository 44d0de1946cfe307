/**
 * The site's security policy, in one place: Astro puts the CSP in every page (with hashes of
 * its own scripts and styles), and src/integrations/static-host-files.ts writes the same policy
 * as HTTP headers for static hosts.
 */
import { hashedFilePatterns, immutableCaching } from './caching.ts';

type Directive = `${'default' | 'img' | 'font' | 'connect' | 'worker' | 'object'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`;

/** CSP directives besides script-src and style-src, which Astro manages. */
export const cspDirectives: Directive[] = [
  "default-src 'self'",
  // data: for the favicon, an SVG written into each page (src/layouts/Shell.astro) so that it costs no request.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Where scripts may come from: our own files; Pagefind compiles its WebAssembly search engine. */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"];

export const styleSources = ["'self'"];

/** The policy as a header: meta-delivered CSP cannot set frame-ancestors, a header can. */
export const contentSecurityPolicyHeader = [
  ...cspDirectives,
  `script-src ${scriptSources.join(' ')}`,
  `style-src ${styleSources.join(' ')}`,
  "frame-ancestors 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicyHeader,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * The `_headers` file read by Netlify and Cloudflare Pages: the security headers on every path, then the
 * cache rules of the files named by a hash of their content (./caching.ts).
 */
export function headersFile(): string {
  const rule = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[rule('/*', securityHeaders), ...hashedFilePatterns.map((path) => rule(path, { 'Cache-Control': immutableCaching }))].join('\n')}\n`;
}
