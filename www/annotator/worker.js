// The annotation worker: loads the WASM core once, keeps one Annotator, and answers messages.
// The UI thread never runs the core, so typing stays responsive however long the article.
//
// First:     { type: 'module', module }   the WASM module, compiled by the page (client.js)
//              while this worker started; no answer. A worker whose first message is a
//              request (started by other code) fetches and compiles the module itself.
// Requests:  { id, type: 'annotate', text }            → { id, result, ms }
//              (result in columns: spans and nested as transferred typed arrays, columns.js)
//            { id, type: 'dictionary', tsv, notNames }  → { id, ok: true, ms }
//              (notNames: [label, surface] pairs the user marked "not a name")
// Failures:  { id, error: message }   (the core's message)
//            { id, error, fatal: true } (the core could not load; this worker is useless now)
// An annotate request overtaken by a newer one before it ran is answered { id, superseded: true }.
// Unsolicited: { type: 'upgraded', ms } once the full gazetteer replaces the core one;
//              { type: 'upgrade-failed', error } when the place tier could not be fetched or
//              read (the core gazetteer stays in use; the next annotate request tries again);
//              { id, type: 'progress', stage, done } while a long text is annotated (posted by
//              the core's binding, src/wasm.rs; src/progress.rs says when and what)
//
// Start-up in two steps: the WASM module holds the core gazetteer (people, organisations,
// countries, titles, keywords), which compiles in a fraction of the time of the full one, so
// the first annotation comes at once. Only then is the place tier (regions and cities, nine
// tenths of the gazetteer) fetched, as its own file beside the module (pkg/places.tsv, cached
// by the browser and kept by the service worker like the module); the full gazetteer is
// compiled with it and the page re-annotates when told it was upgraded.
// performance.mark() names each step (annotator:*), for benches/browser.mjs.

import init, { Annotator } from '../../pkg/annotator.js';
import { columnBuffers } from './columns.js';

const PLACES_URL = new URL('../../pkg/places.tsv', import.meta.url);
// Invented, for the warm-up below.
const WARM_UP = 'LAGOS (Wire) — Prime Minister Jane Okafor of Nigeria said on Tuesday, March 3, that '
  + 'the World Bank would lend $2.5 billion. “We are grateful,” she told reporters 👍, after at '
  + 'least 12 people were killed and 30 wounded near the US Embassy in Abuja. Dr. Ahmed '
  + 'al-Rashid, 54, a senior adviser at the Ministry of Health (MoH), declined to comment.';

let annotator = null;
let full = false; // whether `annotator` has the full gazetteer (the place tier in it)
let places = null; // the place tier's bytes once fetched, for rebuilds with a dictionary
let upgrading = false;
let custom = { tsv: '', notNames: [] }; // the user's dictionary in use
let takeModule;
const posted = new Promise((resolve) => {
  takeModule = resolve;
});
const ready = (async () => {
  // The page's module, or (none posted) annotator_bg.wasm fetched from next to annotator.js.
  await init({ module_or_path: await posted });
  performance.mark('annotator:module');
  annotator = Annotator.core();
  performance.mark('annotator:core');
  setTimeout(warmUp, 0); // after the requests that came meanwhile have been taken in
})();
// A load failure is answered per request (below); marking the promise handled here keeps it
// from also surfacing as an unhandled rejection before the first request arrives.
ready.catch(() => {});

const message = (err) => (err && err.message) || String(err);

// Annotate requests are coalesced: when several arrive while the core is busy, only the newest
// runs; the others are answered as superseded. Other requests run in arrival order.
let pendingAnnotate = null;
let scheduled = false;

self.addEventListener('message', async (event) => {
  const request = event.data ?? {};
  if (request.type === 'module') {
    takeModule(request.module);
    return;
  }
  takeModule(undefined); // a request came first: no module is coming
  try {
    await ready;
  } catch (err) {
    self.postMessage({ id: request.id, error: `Could not load the annotator: ${message(err)}`, fatal: true });
    return;
  }
  if (request.type === 'annotate') {
    if (pendingAnnotate) self.postMessage({ id: pendingAnnotate.id, superseded: true });
    pendingAnnotate = request;
    if (!scheduled) {
      scheduled = true;
      setTimeout(runPendingAnnotate, 0);
    }
  } else if (request.type === 'dictionary') {
    self.postMessage(applyDictionary(request));
  } else {
    self.postMessage({ id: request.id, error: `unknown request type ${JSON.stringify(request.type)}` });
  }
});

/**
 * The first call of each function of the core is compiled on that call (the browser compiles a
 * WASM module lazily), which made the first answer take 100-200 ms on a cold load against 3-5
 * ms for the next. Annotating a short text that goes through every step (names, titles, dates,
 * sums, counts, quotes, nested names, UTF-16 offsets) while the page is still starting and has
 * not asked yet moves that cost out of the first answer. When the page has asked already, its
 * own text does the compiling.
 */
function warmUp() {
  if (pendingAnnotate) return;
  annotator.annotateColumns(WARM_UP);
  performance.mark('annotator:warm');
}

function runPendingAnnotate() {
  scheduled = false;
  const request = pendingAnnotate;
  pendingAnnotate = null;
  if (!request) return;
  const text = typeof request.text === 'string' ? request.text : '';
  try {
    const t0 = performance.now();
    const result = annotator.annotateColumns(text, request.id);
    const ms = performance.now() - t0;
    self.postMessage({ id: request.id, result, ms }, columnBuffers(result));
    performance.mark('annotator:answered');
  } catch (err) {
    self.postMessage({ id: request.id, error: message(err) });
  }
  if (!full) setTimeout(upgrade, 0);
}

async function upgrade() {
  if (full || upgrading) return;
  upgrading = true;
  const t0 = performance.now();
  try {
    places ??= await fetchPlaces();
    performance.mark('annotator:places');
    replace(build(custom)); // with the user's dictionary, should one have come meanwhile
    full = true;
    performance.mark('annotator:full');
    self.postMessage({ type: 'upgraded', ms: performance.now() - t0 });
  } catch (err) {
    self.postMessage({
      type: 'upgrade-failed',
      error: `Regions and cities could not be loaded (${message(err)}), so only countries and `
        + 'the places of the core list are found. Edit the text or reload to try again.',
    });
  } finally {
    upgrading = false;
  }
}

async function fetchPlaces() {
  const response = await fetch(PLACES_URL);
  if (!response.ok) throw new Error(`${PLACES_URL.pathname}: ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * An annotator over the default gazetteer (the core tier until the place tier is fetched) with
 * the user's dictionary `{ tsv, notNames }`; throws the core's message for a bad dictionary.
 */
function build({ tsv, notNames }) {
  // An empty dictionary means "the default gazetteer".
  const next = tsv.trim() === ''
    ? (places ? Annotator.withPlaces(places) : Annotator.core())
    : Annotator.withDictionary(tsv, places ?? undefined);
  try {
    for (const [label, surface] of notNames) next.suppress(String(label), String(surface));
  } catch (err) {
    next.free();
    throw err;
  }
  return next;
}

/** Puts `next` in use; the old annotator is freed only now, so a failed build changes nothing. */
function replace(next) {
  const old = annotator;
  annotator = next;
  old.free();
}

function applyDictionary(request) {
  const wanted = {
    tsv: typeof request.tsv === 'string' ? request.tsv : '',
    notNames: Array.isArray(request.notNames) ? request.notNames : [],
  };
  try {
    const t0 = performance.now();
    replace(build(wanted));
    custom = wanted;
    // Built over the full gazetteer when the core one was in use, this is the upgrade too.
    if (places && !full) self.postMessage({ type: 'upgraded', ms: performance.now() - t0 });
    full = Boolean(places);
    return { id: request.id, ok: true, ms: performance.now() - t0 };
  } catch (err) {
    return { id: request.id, error: message(err) };
  }
}
