// The module worker behind `createAnnotatorWorker` (worker.js): one Annotator, built once,
// answering requests in the order they arrive.
//
// Requests:  { id, text }                     → { id, result }
// Failures:  { id, error }                    (the core's message)
// The first message may instead be { id, setup: { dictionary } } → { id, ready: true }.

import { init, Annotator } from './index.js';

let annotator = null;

const message = (err) => (err && err.message) || String(err);

self.addEventListener('message', async (event) => {
  const { id, text, setup } = event.data ?? {};
  try {
    if (setup) {
      await init();
      annotator?.free();
      annotator = setup.dictionary ? Annotator.withDictionary(setup.dictionary) : new Annotator();
      self.postMessage({ id, ready: true });
      return;
    }
    if (typeof text !== 'string') throw new TypeError('the text to annotate is not a string');
    if (!annotator) throw new Error('the worker was not set up');
    self.postMessage({ id, result: annotator.annotate(text) });
  } catch (err) {
    self.postMessage({ id, error: message(err) });
  }
});
