// The package's entry point: `init` loads the WebAssembly core once, `Annotator` annotates.
// A thin layer over wasm-bindgen's output (annotator.js), which stays private so that its
// generated names can change without breaking users.

import wasmInit, { Annotator } from './annotator.js';

export { Annotator };

/**
 * Loads and instantiates the WebAssembly core; await it once before building an Annotator.
 * Later calls share the first load (a failed one may be retried). `source` is optional: by
 * default the module is fetched from `annotator_bg.wasm` next to annotator.js; pass its bytes
 * (Node.js), a URL, a `Response` or a compiled `WebAssembly.Module` to load it from elsewhere.
 */
export async function init(source) {
  await wasmInit(source === undefined ? undefined : { module_or_path: source });
}
