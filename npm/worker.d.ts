import type { Annotation } from './index.js';

/** An Annotator running in its own module worker. */
export interface AnnotatorWorker {
  /** Annotates `text` off the main thread; rejects with the core's message on bad input. */
  annotate(text: string): Promise<Annotation>;
  /** Stops the worker; requests still pending reject. */
  terminate(): void;
}

/** Options of {@link createAnnotatorWorker}. */
export interface AnnotatorWorkerOptions {
  /** A custom dictionary (the gazetteer's TSV format) whose readings win. */
  dictionary?: string;
}

/**
 * Starts a module worker that loads the WebAssembly core and builds one Annotator; resolves
 * once it is ready, rejects with the reason if it cannot start (a bad dictionary line, say).
 */
export function createAnnotatorWorker(options?: AnnotatorWorkerOptions): Promise<AnnotatorWorker>;
