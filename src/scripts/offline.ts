/*
 * Offline reading. A page of a language's folder names that language's service worker (in the footer's
 * offline status, data-service-worker); once the page has loaded and the browser is idle, the worker is
 * registered, so the first visit's own requests come first. When it is active (every file of the
 * language kept), the footer quietly says so. A new edition is found by the browser on a visit online
 * (it compares the worker's file), fetched in the background, and shown from the next page on.
 */

function whenIdle(task: () => void): void {
  const run = () => ('requestIdleCallback' in window ? requestIdleCallback(task, { timeout: 5000 }) : setTimeout(task, 1000));
  if (document.readyState === 'complete') run();
  else addEventListener('load', run, { once: true });
}

export function offerOfflineReading(): void {
  const status = document.querySelector<HTMLElement>('[data-service-worker]');
  const worker = status?.dataset.serviceWorker;
  if (!status || !worker || !('serviceWorker' in navigator)) return;
  if (!location.pathname.startsWith(worker.slice(0, worker.lastIndexOf('/') + 1))) return;
  const workers = navigator.serviceWorker;
  whenIdle(() => {
    workers.register(worker).then(
      () => workers.ready.then(() => (status.hidden = false)),
      () => undefined,
    );
  });
}
