// The page's entry: the three scripts the page runs, in the order they must start. scripts/
// bundle.mjs bundles this file and everything it imports into one module, pkg/page.js, which is
// what index.html loads: one request instead of forty modules fetched level by level, which
// cost a cold load 300 ms on localhost before the worker could even start.
// - boot.js starts the annotation worker and the compiling of its WASM module, first of all;
// - app.js wires the page (it takes boot.js's client over);
// - offline.js keeps the app's files for offline use once the page has loaded.

import './boot.js';
import './app.js';
import './offline.js';
