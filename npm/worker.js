// Runs the annotator in a Web Worker so that the page's thread never blocks on it: building the
// annotator takes a few hundred milliseconds in a browser, and a long article tens.

/**
 * Starts a module worker with its own Annotator (over the default gazetteer, plus `dictionary`
 * when given) and resolves once it is ready. Requests are answered in the order they were made;
 * a failed one rejects with the core's message. `terminate()` stops the worker and rejects what
 * is still pending.
 */
export async function createAnnotatorWorker({ dictionary } = {}) {
  const worker = new Worker(new URL('./worker-entry.js', import.meta.url), { type: 'module' });
  const pending = new Map();
  let nextId = 0;
  let stopped = null;

  const failAll = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', (event) => {
    const { id, error, ...answer } = event.data;
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    if (error !== undefined) request.reject(new Error(error));
    else request.resolve(answer);
  });
  // A worker that cannot load (a missing file, a CSP without 'wasm-unsafe-eval') or that
  // crashes answers nothing again: every request waiting on it fails with the reason.
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stopped = new Error(`the annotator worker failed: ${event.message || 'it could not start'}`);
    failAll(stopped);
    worker.terminate();
  });

  const request = (message) => {
    if (stopped) return Promise.reject(stopped);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  };

  try {
    await request({ setup: { dictionary } });
  } catch (err) {
    worker.terminate();
    throw err;
  }
  return {
    annotate: (text) => request({ text }).then((answer) => answer.result),
    terminate() {
      stopped = stopped ?? new Error('the annotator worker was terminated');
      worker.terminate();
      failAll(stopped);
    },
  };
}
