// The page's first script (page.js runs it before the others): it starts the annotation worker,
// and the compiling of its WASM module (from the download index.html asked for at once), before
// the page itself is wired; app.js takes this client over. Nothing here can miss a message: the
// worker speaks first only after answering app.js's first request.

import { AnnotatorClient } from './annotator/client.js';

export const client = new AnnotatorClient();
client.start();
