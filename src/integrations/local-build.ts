import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isLocalBuild, localBuildWarning, siteContact } from '../lib/site/deployment.ts';

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
        // A published edition tells readers where to report an error (the method page): without SITE_CONTACT it cannot.
        else if (!siteContact()) logger.warn('SITE_CONTACT is not set: the method page will say this copy has no contact address. Set SITE_CONTACT=<e-mail or https:// page> to publish (README, "Deploying").');
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!local) return;
        writeFileSync(fileURLToPath(new URL('LOCAL-BUILD.txt', dir)), `${localBuildWarning.join('\n')}\n`);
        shout((message) => logger.warn(message));
      },
    },
  };
}
