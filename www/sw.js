// The service worker: keeps a copy of every file of the app, so a reload works offline.
//
// Network first: while the server answers, every request goes to it (through the HTTP cache,
// which revalidates with ETag/Last-Modified, so an unchanged file costs a 304) and the answer
// replaces the kept copy; only when the network fails does the kept copy answer. The other
// common choice, answering from the copy and refreshing it behind, would load a little faster
// but show an edited page only on the second reload — and the page is small once cached.
//
// The first visit's files were fetched before this worker was running, so the page sends the
// list of what it loaded (offline.js) and the worker keeps those, from the HTTP cache, plus the
// annotator worker's own files, which the page's list cannot see.

const CACHE = 'article-annotator';
const WORKER_FILES = [
  'annotator/worker.js', 'annotator/columns.js', '../pkg/annotator.js', '../pkg/annotator_bg.wasm',
  '../pkg/places.tsv', // the gazetteer's place tier, fetched by the annotation worker
];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || !Array.isArray(event.data.files)) return;
  const port = event.ports[0];
  const urls = new Set([...event.data.files, ...WORKER_FILES.map((f) => new URL(f, self.location).href)]);
  // This origin's files over HTTP only: not blob: or data: URLs, nothing from elsewhere.
  const own = [...urls].filter((url) => url.startsWith(`${self.location.origin}/`));
  event.waitUntil(
    Promise.all(own.map(keep)).then(
      () => port?.postMessage({ kept: own.length }),
      (err) => port?.postMessage({ error: String(err?.message ?? err) }),
    ),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(networkFirst(event));
});

async function networkFirst(event) {
  const { request } = event;
  try {
    const response = await fetch(request);
    event.waitUntil(store(request.url, response.clone()));
    return response;
  } catch (err) {
    const kept = await caches.match(request.url);
    if (kept) return kept;
    throw err;
  }
}

/**
 * Keeps `url` as the page just loaded it: the copy in the HTTP cache, fetched only if it is
 * not there (the place tier, when the annotation worker has not asked for it yet). Asking the
 * server again would cost a request per file, 57 of them on a first visit (15 KB of 304s), for
 * files loaded a moment ago; the next load online refreshes every copy anyway (network first).
 */
async function keep(url) {
  const response = await fetch(url, { cache: 'force-cache' });
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await store(url, response);
}

/** Keeps a whole, successful, same-origin answer, unless the kept copy is the same version. */
async function store(url, response) {
  if (response.status !== 200 || response.type !== 'basic') return;
  const cache = await caches.open(CACHE);
  const tag = response.headers.get('ETag');
  // The WASM file and the place tier are megabytes: do not rewrite them on every load when
  // they have not changed.
  if (tag && (await cache.match(url))?.headers.get('ETag') === tag) return;
  await cache.put(url, response);
}
