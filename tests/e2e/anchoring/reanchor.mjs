// The page side of tests/e2e/anchoring.test.mjs: annotates a text with the real core (the WASM
// build in pkg/), exports it with the page's own Web Annotation code, lays the text out in the
// document, and re-anchors every annotation with both clients' own anchoring code. It reports
// what each client found, as UTF-16 ranges of the text; the test in Node judges them.

import init, { Annotator } from '../../../pkg/annotator.js';
import { toWebAnnotation } from '../../../www/export/formats.js';
import {
  createTextQuoteSelectorMatcher,
  createTextPositionSelectorMatcher,
  hypothesisQuote,
  hypothesisPosition,
} from './clients.js';

let annotator = null;

/** The core's result for `text` and the two Web Annotation exports of it, parsed. */
async function annotate(text) {
  if (!annotator) {
    await init();
    // The full gazetteer, as the page's worker builds it once the place tier is in: the page's
    // module holds only the core tier.
    const places = new Uint8Array(await (await fetch(new URL('../../../pkg/places.tsv', import.meta.url))).arrayBuffer());
    annotator = Annotator.withPlaces(places);
  }
  const result = annotator.annotate(text);
  return {
    result,
    codePoint: JSON.parse(toWebAnnotation(result, text)),
    utf16: JSON.parse(toWebAnnotation(result, text, { unit: 'utf16CodeUnit' })),
  };
}

/**
 * Lays `text` out in #doc, one element per line with the line breaks as text nodes between
 * them (so a quote may cross nodes, and the document's text is `text` exactly, CR LF included),
 * then anchors each annotation of both exports with each client.
 */
async function anchor(text, codePoint, utf16) {
  const root = document.getElementById('doc');
  root.replaceChildren(
    ...text.split(/(\r\n|\n)/).map((part, i) => {
      if (i % 2) return document.createTextNode(part);
      const line = document.createElement('span');
      line.textContent = part;
      return line;
    }),
  );
  if (root.textContent !== text) throw new Error('the document does not hold the text exactly');
  const scope = document.createRange();
  scope.selectNodeContents(root);

  const out = [];
  const cpItems = codePoint.first.items;
  const u16Items = utf16.first.items;
  for (let i = 0; i < cpItems.length; i++) {
    const [quote, position] = pick(cpItems[i]);
    const [quote16, position16] = pick(u16Items[i]);
    const record = { quote, position, position16 };

    // Apache Annotator: every exact match of prefix + exact + suffix, and the position.
    record.apacheQuote = [];
    for await (const range of createTextQuoteSelectorMatcher(quote)(scope)) record.apacheQuote.push(offsetsOf(root, range));
    const positions = [];
    for await (const range of createTextPositionSelectorMatcher(position)(scope)) positions.push(offsetsOf(root, range));
    record.apachePosition = positions[0] ?? null;

    // Hypothesis: the quote with the position as a hint, as its client does, and without one;
    // the position as it counts (UTF-16), from the UTF-16 export.
    record.hypothesisQuoteHinted = attempt(() => hypothesisQuote.toTextPosition(root, quote16, { hint: position16.start }));
    record.hypothesisQuote = attempt(() => hypothesisQuote.toTextPosition(root, quote16));
    record.hypothesisPosition = attempt(() => offsetsOf(root, hypothesisPosition.toRange(root, position16)));
    out.push(record);
  }
  return out;
}

function pick(annotation) {
  const selectors = annotation.target.selector;
  return ['TextQuoteSelector', 'TextPositionSelector'].map((type) => selectors.find((s) => s.type === type));
}

/** A client's answer, or what it threw. */
function attempt(f) {
  try {
    const r = f();
    return r ? { start: r.start, end: r.end } : null;
  } catch (err) {
    return { error: String(err.message || err) };
  }
}

/** A DOM range as UTF-16 offsets into the text of `root`. */
function offsetsOf(root, range) {
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

window.reanchor = { annotate, anchor };
window.reanchorReady = true;
