import { createHash } from 'node:crypto';

/*
 * Astro writes into every page's policy the hashes of every script it might inline: its island and
 * client-directive loaders, which this edition never uses. Each is some 50 characters no compressor
 * can shrink, on every page (the home page's whole weight is 10 KB). A page's policy keeps the hashes
 * of what that page holds inline, and no other: what it allows is unchanged, since nothing else inline
 * is on the page to run.
 */

const policyPattern = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;

/** The sha256 hashes, as a policy writes them, of a page's inline scripts (run by the browser) and styles. */
function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  const inline = [
    ...[...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attributes]) => !/\ssrc=/i.test(attributes!) && !/type="application\/(ld\+)?json"/i.test(attributes!)),
    ...html.matchAll(/<style\b([^>]*)>([\s\S]*?)<\/style>/gi),
  ];
  for (const [, , body] of inline) hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  return hashes;
}

/** The page with its policy's hashes narrowed to those of its own inline scripts and styles. */
export function withPageHashesOnly(html: string): string {
  const kept = inlineHashes(html);
  return html.replace(policyPattern, (_, start: string, policy: string, end: string) => {
    const narrowed = policy.replace(/\s*'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g, (hash) => (kept.has(hash.trim()) ? hash : ''));
    return start + narrowed + end;
  });
}
