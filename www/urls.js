// Where the app's own files are. The page runs as one bundle, pkg/page.js (scripts/bundle.mjs),
// while its sources sit in www/; a URL relative to `import.meta.url` would point elsewhere from
// each. Both folders are siblings, so a path that climbs out of its folder and names the
// other one ("../www/…", "../pkg/…") means the same file from either: these URLs hold for this
// module as a source file (the browser tests load the sources too) and inside the bundle.

/** The annotation worker (not bundled: it loads the WASM core's glue as a module of its own). */
export const WORKER_URL = new URL('../www/annotator/worker.js', import.meta.url);
/** The WASM core, compiled on the page while the worker starts (annotator/client.js). */
export const WASM_URL = new URL('../pkg/annotator_bg.wasm', import.meta.url);
/** The service worker that keeps the app for offline use; its scope is the page's folder. */
export const SERVICE_WORKER_URL = new URL('../www/sw.js', import.meta.url);
