// The bundle entry of the two annotation clients the Web Annotation export is checked against.
// esbuild bundles it in memory for the browser test (anchoring.test.mjs): the libraries are
// CommonJS, or import Babel helpers and a package by bare name, so a browser cannot load them
// from node_modules as they are.

export {
  createTextQuoteSelectorMatcher,
  createTextPositionSelectorMatcher,
} from '@apache-annotator/dom';
export * as hypothesisQuote from 'dom-anchor-text-quote';
export * as hypothesisPosition from 'dom-anchor-text-position';
