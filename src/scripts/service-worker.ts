import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

/*
 * A language's service worker: Workbox's precaching, configured (src/integrations/service-workers.ts
 * bundles this once and writes it into each language's folder, where workbox-build's injectManifest puts
 * that language's list of files in place of self.__WB_MANIFEST). Every listed file is fetched on install
 * and answered from the cache; a file left out is fetched as usual.
 */

declare const self: { __WB_MANIFEST: Array<PrecacheEntry | string>; skipWaiting(): Promise<void> };

// A page is the same page whatever its query (?highlight=…, a search's ?q=…, Pagefind's ?ts=…).
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/./], directoryIndex: 'index.html' });
// The caches of an earlier Workbox format go; an earlier edition's files are replaced in place.
cleanupOutdatedCaches();
// A new edition's worker takes over at once, open pages included: they are answered from the new cache.
void self.skipWaiting();
clientsClaim();
