// The UI thread's side of the worker bridge: one promise per request, every request answered.
// If the worker dies (the WASM file failed to load, an out-of-memory abort), pending requests
// fail with a message and the next request starts a fresh worker.

import { scriptUrl } from '../trusted.js';
import { fromColumns } from './columns.js';
import { WASM_URL, WORKER_URL } from '../urls.js';

let compiled = null;

/**
 * The annotator's WASM module, fetched and compiled on this thread (the compiling itself runs
 * off it) from the moment the first worker starts, so that the download and the compilation
 * overlap the worker's own start and the loading of its scripts, instead of following them.
 * Every worker of the page gets the same module, a fresh one after a failure too. Resolves to
 * undefined if the module could not be compiled here (a host that does not send
 * application/wasm, a network failure): the worker then loads it itself, and says what failed.
 */
function compiledModule() {
  compiled ??= WebAssembly.compileStreaming(fetch(WASM_URL)).catch(() => undefined);
  return compiled;
}

export class AnnotatorClient {
  constructor(workerUrl = WORKER_URL) {
    this.workerUrl = workerUrl;
    this.worker = null;
    this.nextId = 1;
    this.pending = new Map();
    this.dictionary = null; // { tsv, notNames }, re-applied when a fresh worker replaces a failed one
    /** Called when the worker has swapped its quick core gazetteer for the full one. */
    this.onupgrade = null;
    /** Called with `{ error }` when the full gazetteer's place tier could not be loaded. */
    this.onupgradefailed = null;
  }

  /**
   * Starts the worker now, and the compiling of its WASM module beside it, so that the module
   * loads and the core gazetteer builds while the page is still reading its saved state; the
   * first request then finds it ready.
   */
  start() {
    this.#ensureWorker();
  }

  /**
   * Annotates `text`; resolves to `{ result, ms }`, `{ superseded: true }`, or rejects.
   * `onProgress({ stage, done })` hears the core's progress on a long text (long-run.js).
   */
  async annotate(text, onProgress) {
    // When the page first asks, its own modules loaded and its draft read (benches/browser.mjs
    // sets it beside the worker's marks, to show which of the two a cold load waits on).
    if (!this.#asked) performance.mark('annotator:asked');
    this.#asked = true;
    const reply = await this.#request({ type: 'annotate', text }, onProgress);
    if (reply.result) fromColumns(reply.result, text);
    return reply;
  }

  /**
   * Rebuilds the annotator with a custom TSV dictionary (empty: the default gazetteer) and the
   * `[label, surface]` pairs never to highlight.
   */
  async setDictionary(tsv, notNames = []) {
    const reply = await this.#request({ type: 'dictionary', tsv, notNames });
    this.dictionary = tsv || notNames.length ? { tsv, notNames } : null;
    return reply;
  }

  /**
   * Stops the annotation under way. The core cannot be interrupted inside a call, so the worker
   * is ended: every pending request rejects with an error whose `cancelled` is true, and the
   * next request starts a fresh worker (with the dictionary applied again).
   */
  cancel() {
    this.#stop?.('The annotation was cancelled.', true);
  }

  #stop = null;
  #asked = false;

  #request(body, onProgress) {
    this.#ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.#send({ id, ...body });
    });
  }

  /** Posts `message` to the current worker, after its module (requests wait until then). */
  #send = null;

  #ensureWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(scriptUrl(this.workerUrl), { type: 'module', name: 'annotator' });
    worker.addEventListener('message', (event) => {
      const { id, error, fatal, ...rest } = event.data ?? {};
      if (rest.type === 'upgraded') {
        this.onupgrade?.(rest);
        return;
      }
      if (rest.type === 'upgrade-failed') {
        this.onupgradefailed?.({ error });
        return;
      }
      const waiter = this.pending.get(id);
      if (rest.type === 'progress') {
        waiter?.onProgress?.(rest);
        return;
      }
      if (fatal) fail(error);
      if (!waiter) return;
      this.pending.delete(id);
      if (error !== undefined) waiter.reject(new Error(error));
      else waiter.resolve(rest);
    });
    const fail = (reason, cancelled = false) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.#stop = null;
      worker.terminate();
      for (const { reject } of this.pending.values()) reject(Object.assign(new Error(reason), { cancelled }));
      this.pending.clear();
    };
    this.#stop = fail;
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(`The annotator stopped working${event.message ? `: ${event.message}` : ''}. Edit the text to try again.`);
    });
    worker.addEventListener('messageerror', () => fail('The annotator sent a message the page could not read.'));
    this.worker = worker;
    // The module is the worker's first message (worker.js waits for it before it loads one
    // itself; a browser that cannot pass a module to a worker sends none), so requests made
    // before it is compiled wait here, in order; after it, each is posted at once.
    let waiting = [];
    const post = (message) => {
      try {
        worker.postMessage(message);
      } catch (err) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        waiter?.reject(err);
      }
    };
    this.#send = (message) => (waiting ? waiting.push(message) : post(message));
    compiledModule().then((module) => {
      try {
        worker.postMessage({ type: 'module', module });
      } catch {
        worker.postMessage({ type: 'module' });
      }
      for (const message of waiting) post(message);
      waiting = null;
    });
    if (this.dictionary) {
      const id = this.nextId++;
      this.pending.set(id, { resolve() {}, reject() {} });
      this.#send({ id, type: 'dictionary', ...this.dictionary });
    }
    return worker;
  }
}
