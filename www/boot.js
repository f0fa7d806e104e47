// The page's first script: it starts the annotation worker before the rest of the page's
// modules have loaded. index.html loads it `async` with its few imports preloaded, so the
// WASM module downloads and compiles while the browser is still fetching the page's forty other
// modules (in waves, one per level of imports); app.js takes this client over. Nothing here
// can miss a message: the worker speaks first only after answering app.js's first request.

import { AnnotatorClient } from './annotator/client.js';

export const client = new AnnotatorClient();
client.start();
