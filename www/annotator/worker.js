// The annotation worker: loads the WASM core once, keeps one Annotator, and answers messages.
// The UI thread never runs the core, so typing stays responsive however long the article.
//
// Requests:  { id, type: 'annotate', text }            → { id, result, ms }
//              (result in columns: spans and nested as transferred typed arrays, columns.js)
//            { id, type: 'dictionary', tsv, notNames }  → { id, ok: true, ms }
//              (notNames: [label, surface] pairs the user marked "not a name")
// Failures:  { id, error: message }   (the core's message)
//            { id, error, fatal: true } (the core could not load; this worker is useless now)
// An annotate request overtaken by a newer one before it ran is answered { id, superseded: true }.
// Unsolicited: { type: 'upgraded', ms } once the full gazetteer replaces the core one.
//            { id, type: 'progress', stage, done } while a long text is annotated (posted by
//              the core's binding, src/wasm.rs; src/progress.rs says when and what)
//
// Start-up in two steps: the core gazetteer (people, organisations, countries, titles,
// keywords) compiles in a fraction of the time of the full one, so the first annotation comes
// at once; the full gazetteer (with regions and cities) is compiled right after it, and the page
// re-annotates when told it was upgraded.

import init, { Annotator } from '../../pkg/annotator.js';
import { columnBuffers } from './columns.js';

let annotator = null;
let full = false; // whether `annotator` has the full gazetteer (or a custom dictionary)
const ready = (async () => {
  await init(); // fetches annotator_bg.wasm next to annotator.js
  annotator = Annotator.core();
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
  } catch (err) {
    self.postMessage({ id: request.id, error: message(err) });
  }
  if (!full) setTimeout(upgrade, 0);
}

function upgrade() {
  if (full) return;
  const t0 = performance.now();
  const next = new Annotator();
  if (full) return next.free(); // a custom dictionary arrived meanwhile and won
  const old = annotator;
  annotator = next;
  full = true;
  old.free();
  self.postMessage({ type: 'upgraded', ms: performance.now() - t0 });
}

function applyDictionary(request) {
  const tsv = typeof request.tsv === 'string' ? request.tsv : '';
  const notNames = Array.isArray(request.notNames) ? request.notNames : [];
  let next = null;
  try {
    const t0 = performance.now();
    // An empty dictionary means "back to the default gazetteer". The old annotator is freed
    // only once the new one is built, so a bad dictionary leaves the working one in place.
    next = tsv.trim() === '' ? new Annotator() : Annotator.withDictionary(tsv);
    for (const [label, surface] of notNames) next.suppress(String(label), String(surface));
    const old = annotator;
    annotator = next;
    old.free();
    // A dictionary is built over the full gazetteer: if the core one was in use, this is the
    // upgrade too.
    if (!full) self.postMessage({ type: 'upgraded', ms: performance.now() - t0 });
    full = true;
    return { id: request.id, ok: true, ms: performance.now() - t0 };
  } catch (err) {
    if (next && next !== annotator) next.free();
    return { id: request.id, error: message(err) };
  }
}
