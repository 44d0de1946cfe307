import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** In `astro dev`, editing anything in content/ reloads the page: the text is data, not an import Vite sees. */
export default function contentReload(): AstroIntegration {
  return {
    name: 'content-reload',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const contentDir = join(process.cwd(), 'content');
        server.watcher.add(contentDir);
        const reload = (path: string) => {
          if (path.startsWith(contentDir)) server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', reload);
        server.watcher.on('add', reload);
        server.watcher.on('unlink', reload);
      },
    },
  };
}
