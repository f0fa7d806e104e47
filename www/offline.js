// Registers the service worker (sw.js) that keeps the app's files so that a reload works
// offline and, on the first visit, hands it the list of files this page loaded before the
// worker was running.
// `data-offline` on <html> says how that went: "ready" once every file is kept, "unavailable"
// where the browser has no service workers (a page opened from file://) or registration failed.
// The app works the same either way; only the offline reload needs this.

import { scriptUrl } from './trusted.js';
import { SERVICE_WORKER_URL } from './urls.js';

async function keepForOffline() {
  const root = document.documentElement;
  if (!('serviceWorker' in navigator)) {
    root.dataset.offline = 'unavailable';
    return;
  }
  try {
    // A page the worker already controlled loaded every file through it, and it kept them.
    const controlled = Boolean(navigator.serviceWorker.controller);
    await navigator.serviceWorker.register(scriptUrl(SERVICE_WORKER_URL));
    const { active } = await navigator.serviceWorker.ready;
    if (controlled) {
      root.dataset.offline = 'ready';
      return;
    }
    const files = [
      location.href.split('#')[0],
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ];
    const reply = await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data);
      active.postMessage({ type: 'keep', files }, [channel.port2]);
    });
    root.dataset.offline = reply?.error ? 'unavailable' : 'ready';
  } catch {
    root.dataset.offline = 'unavailable';
  }
}

// After the page's own loading, so keeping the files never competes with the first paint.
if (document.readyState === 'complete') keepForOffline();
else addEventListener('load', keepForOffline, { once: true });
