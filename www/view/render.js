// The annotated view as a pure function: (text, spans) → DOM nodes.
//
// Only text nodes and <mark> elements are built, with createTextNode / textContent, never
// markup strings: whatever the user pastes (<script>, <img onerror>) stays literal text. The
// label tag each mark shows is CSS-generated content (`::after { content: attr(data-tag) }`),
// so the view's textContent is exactly the input text: copying from the view copies the
// article, and offsets into the text are offsets into the view's text nodes.

import { labelClass, labelInfo } from '../labels.js';

/** About how many characters a chunk of the view holds before it ends at the next line break. */
const CHUNK_CHARS = 2000;
/**
 * A chunk that has found no line break by this length ends after the next space instead (or
 * anywhere but inside a surrogate pair): a megabyte pasted as one line is still cut into
 * bounded chunks. The cost is a visual line break inside a very long line, which is better
 * than a tab frozen for a minute laying out one huge block.
 */
const LONG_LINE = 4 * CHUNK_CHARS;
/** How far past `LONG_LINE` a space is looked for before cutting between any two words. */
const SPACE_LOOKAHEAD = 200;
/** Texts up to this length (an ordinary article and far more) are rendered in one piece. */
const CHUNKED_ABOVE = 20_000;

/**
 * Builds the annotated view of `text`.
 *
 * A long text (over `CHUNKED_ABOVE` characters) is cut into chunks (`<div class="chunk">`)
 * at line breaks, each about `CHUNK_CHARS` long and never inside a mark. The stylesheet gives
 * chunks `content-visibility: auto`, so the browser lays out only the chunks on screen: a
 * pasted megabyte with tens of thousands of marks renders in seconds instead of minutes.
 * Chunks add no text: the view's `textContent` is still exactly `text`. (The page builds the
 * chunks' marks a few at a time instead: view/progressive.js, from the same plan.)
 *
 * @param {Document} doc the document to build nodes in
 * @param {string} text the annotated text
 * @param {Array<{start:number,end:number,label:string,entity?:string|null}>} spans sorted,
 *   non-overlapping spans in UTF-16 code units (JavaScript string indices)
 * @param {object} [options]
 * @param {Map<string,string>} [options.names] entity id → canonical name, for titles
 * @param {Array<{start:number,end:number,label:string,entity?:string|null}>} [options.nested]
 *   sorted names inside spans (a place in an organisation): shown as an underlined, tagged
 *   `<span class="nested">` inside the span's mark, so both layers stay readable
 * @returns {DocumentFragment}
 */
export function renderAnnotated(doc, text, spans, { names = new Map(), nested = [] } = {}) {
  const plan = planView(text, spans, nested);
  const out = doc.createDocumentFragment();
  for (const chunk of plan.chunks) {
    const into = plan.chunked ? chunkElement(doc) : out;
    fillChunk(doc, into, plan, chunk, names);
    if (into !== out) out.append(into);
  }
  return out;
}

/**
 * A view's plan: the spans and nested names that can be shown (a malformed, out-of-range or
 * overlapping one is dropped here, never allowed to drop or repeat text) and the chunks, each
 * `{ start, end, first, last, nested }`: its stretch of the text, its spans `first..last - 1`
 * and the index of its first nested name. One chunk covering the whole text if it is short.
 * @returns {{ text: string, chunked: boolean, spans: object[], nested: object[], chunks: object[] }}
 */
export function planView(text, spans, nested = []) {
  const shown = [];
  let at = 0;
  for (const span of spans) {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < at || end <= start || end > text.length) continue;
    shown.push(span);
    at = end;
  }
  const chunked = text.length > CHUNKED_ABOVE;
  const chunks = [];
  let open = { start: 0, first: 0, nested: 0 };
  let inner = 0; // the first nested name not before the current place
  const close = (end, last) => {
    while (inner < nested.length && nested[inner].start < end) inner++;
    chunks.push({ ...open, end, last });
    open = { start: end, first: last, nested: inner };
  };
  // Cuts the plain text `from`..`to` (before span `index`) at chunk ends (see `chunkEnd`).
  const plain = (from, to, index) => {
    while (chunked && from < to) {
      const end = chunkEnd(text, open.start, from, to);
      if (end < 0) return;
      close(end, index);
      from = end;
    }
  };
  at = 0;
  for (let i = 0; i < shown.length; i++) {
    plain(at, shown[i].start, i);
    at = shown[i].end;
  }
  plain(at, text.length, shown.length);
  if (open.start < text.length || chunks.length === 0) close(text.length, shown.length);
  return { text, chunked, spans: shown, nested, chunks };
}

/** An empty chunk element, for `fillChunk` or a plain-text placeholder. */
export function chunkElement(doc) {
  const chunk = doc.createElement('div');
  chunk.className = 'chunk';
  return chunk;
}

/** Appends a chunk's text and marks (from `planView`) to `into`. */
export function fillChunk(doc, into, plan, chunk, names) {
  const { text, spans, nested } = plan;
  let at = chunk.start;
  let inner = chunk.nested;
  for (let i = chunk.first; i < chunk.last; i++) {
    const span = spans[i];
    if (span.start > at) into.append(doc.createTextNode(text.slice(at, span.start)));
    while (inner < nested.length && nested[inner].start < span.start) inner++;
    const within = [];
    while (inner < nested.length && nested[inner].end <= span.end) within.push(nested[inner++]);
    into.append(renderMark(doc, text, span, within, names));
    at = span.end;
  }
  if (at < chunk.end) into.append(doc.createTextNode(text.slice(at, chunk.end)));
}

/**
 * Where the chunk that began at `chunkStart` should end within the plain text `from`..`to`:
 * after the first line break once the chunk holds `CHUNK_CHARS`, or, with no line break by
 * `LONG_LINE`, after a space (or at `from`, between a mark and the text). -1: not in this
 * stretch. Scans at most up to `to`, so cutting a one-line megabyte stays linear.
 */
function chunkEnd(text, chunkStart, from, to) {
  const limit = chunkStart + LONG_LINE;
  for (let i = Math.max(from, chunkStart + CHUNK_CHARS); i < Math.min(to, limit); i++) {
    if (text.charCodeAt(i) === 10) return i + 1;
  }
  if (limit >= to) return -1;
  if (from >= limit) return from > chunkStart ? from : -1;
  const stop = Math.min(to, limit + SPACE_LOOKAHEAD);
  for (let i = limit; i < stop; i++) {
    if (text.charCodeAt(i) === 32) return i + 1;
  }
  const low = (c) => c >= 0xdc00 && c <= 0xdfff;
  return low(text.charCodeAt(limit)) ? limit + 1 : limit;
}

function renderMark(doc, text, span, nested, names) {
  const surface = text.slice(span.start, span.end);
  const mark = doc.createElement('mark');
  decorate(mark, surface, span, names);
  mark.className = `ent ${mark.className}`;
  // The mark's text, with its nested names as spans; a malformed or overlapping one is skipped
  // (its text stays plain), so the mark's text is always exactly the surface.
  let at = span.start;
  for (const n of nested) {
    if (!Number.isInteger(n.start) || !Number.isInteger(n.end) || n.start < at || n.end <= n.start || n.end > span.end) continue;
    if (n.start > at) mark.append(doc.createTextNode(text.slice(at, n.start)));
    const name = doc.createElement('span');
    decorate(name, text.slice(n.start, n.end), n, names);
    name.className = `nested ${name.className}`;
    name.textContent = text.slice(n.start, n.end);
    mark.append(name);
    at = n.end;
  }
  if (at < span.end) mark.append(doc.createTextNode(text.slice(at, span.end)));
  return mark;
}

/** Label class, data attributes and title of a mark or a nested name (not its text). */
function decorate(element, surface, span, names) {
  const info = labelInfo(span.label);
  element.className = labelClass(span.label);
  element.dataset.label = span.label;
  element.dataset.tag = info.tag;
  element.dataset.start = String(span.start);
  element.dataset.end = String(span.end);
  const name = (span.entity && names.get(span.entity)) || surface;
  if (span.entity) element.dataset.entity = span.entity;
  element.title = name === surface ? `${info.name}: ${name}` : `${info.name}: ${name} (“${surface}”)`;
}

/**
 * Finds the text node and offset of the UTF-16 `offset` in a rendered view, for building a
 * DOM Range over a stretch of the text (the facts panel highlights facts this way).
 */
export function locate(root, offset) {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  let last = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (offset <= seen + length) return { node, offset: offset - seen };
    seen += length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/**
 * The UTF-16 offset into the text of a DOM position (`node`, `offset`) inside a rendered view:
 * the inverse of `locate`, for turning a selection into a stretch of the text. Label tags are
 * generated content, not text, so they count for nothing.
 */
export function offsetOf(root, node, offset) {
  const range = root.ownerDocument.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}
