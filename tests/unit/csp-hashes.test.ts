import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withPageHashesOnly } from '../../src/lib/site/csp-hashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body = '') =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"><script type="application/ld+json">{"a":1}</script></head><body>${body}<script type="module" src="/_astro/x.js"></script></body></html>`;

describe('a page policy keeps the hashes of what the page holds inline, and no other', () => {
  it('drops the hashes of scripts and styles the page does not hold (structured data is not run)', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('{"a":1}')}; style-src 'self' ${hash('')};`;
    expect(withPageHashesOnly(page(policy))).toBe(page("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';"));
  });

  it('keeps the hash of an inline script or style the page holds', () => {
    const body = '<script>a()</script><style>p{color:red}</style>';
    const policy = `script-src 'self' ${hash('a()')} ${hash('b()')}; style-src 'self' ${hash('p{color:red}')};`;
    expect(withPageHashesOnly(page(policy, body))).toBe(page(`script-src 'self' ${hash('a()')}; style-src 'self' ${hash('p{color:red}')};`, body));
  });

  it('leaves a page without a policy as it is', () => {
    expect(withPageHashesOnly('<p>x</p>')).toBe('<p>x</p>');
  });
});
