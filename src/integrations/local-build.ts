import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isLocalBuild, localBuildWarning } from '../lib/site/deployment.ts';

/**
 * A build without SITE_URL is a local one: says so loudly at the start and the end of the
 * build, and leaves dist/LOCAL-BUILD.txt beside the pages (which are marked noindex).
 */
export default function localBuild(): AstroIntegration {
  let local = false;
  const shout = (warn: (message: string) => void) => {
    const width = Math.max(...localBuildWarning.map((line) => line.length));
    warn('!'.repeat(width + 4));
    for (const line of localBuildWarning) warn(`! ${line.padEnd(width)} !`);
    warn('!'.repeat(width + 4));
  };
  return {
    name: 'local-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        local = isLocalBuild(config.site ? new URL(config.site) : undefined);
      },
      'astro:build:start': ({ logger }) => {
        if (local) shout((message) => logger.warn(message));
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!local) return;
        writeFileSync(fileURLToPath(new URL('LOCAL-BUILD.txt', dir)), `${localBuildWarning.join('\n')}\n`);
        shout((message) => logger.warn(message));
      },
    },
  };
}
