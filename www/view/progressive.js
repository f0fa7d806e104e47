// Showing a long annotated text without freezing the page.
//
// Building the marks of a megabyte (tens of thousands of elements) takes several hundred
// milliseconds: done in one task, the tab freezes for that long. Here the view is put in place
// at once as plain-text chunks (cheap: one text node each, the whole text readable, selectable
// and locatable by offset), then each chunk gets its marks in slices of a few milliseconds
// between frames (slices.js): the chunks on screen first (an IntersectionObserver reports them), then the
// rest from the top. The plan and the chunk contents come from render.js, so the finished view
// is exactly what `renderAnnotated` builds.

import { planView, chunkElement, fillChunk, renderAnnotated } from './render.js';
import { runInSlices } from './slices.js';

let renders = 0; // tells this render's `data-filling` from a later one's

/**
 * Renders the annotated `text` into `view`, replacing what it held. A short text is rendered
 * at once; a long one is filled chunk by chunk as above, with `data-filling` on the view until
 * every chunk has its marks.
 *
 * @param {HTMLElement} view
 * @param {string} text
 * @param {Array<object>} spans sorted spans (UTF-16 offsets), as for `renderAnnotated`
 * @param {{names?: Map<string,string>, nested?: Array<object>}} [options]
 * @returns {{ ensure(start: number, end?: number): void, finish(): void, stop(): void }}
 *   `ensure` gives the chunks over `start..end` their marks now (before going to a mention or
 *   a fact there), `finish` fills every chunk now, `stop` abandons the filling (a newer text).
 */
export function renderProgressively(view, text, spans, { names = new Map(), nested = [] } = {}) {
  const doc = view.ownerDocument;
  const plan = planView(text, spans, nested);
  if (!plan.chunked) {
    view.replaceChildren(renderAnnotated(doc, text, spans, { names, nested }));
    delete view.dataset.filling;
    return { ensure() {}, finish() {}, stop() {} };
  }
  const elements = plan.chunks.map((chunk) => {
    const element = chunkElement(doc);
    element.append(doc.createTextNode(text.slice(chunk.start, chunk.end)));
    return element;
  });
  const filled = new Uint8Array(plan.chunks.length);
  const byElement = new Map(elements.map((e, i) => [e, i]));
  let left = plan.chunks.length;
  let next = 0; // the first chunk the background filling has not passed yet
  let slices = null;

  function fill(i) {
    if (filled[i]) return;
    filled[i] = 1;
    left -= 1;
    const content = doc.createDocumentFragment();
    fillChunk(doc, content, plan, plan.chunks[i], names);
    elements[i].replaceChildren(content);
    if (left === 0) stop();
  }

  const seen = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) fill(byElement.get(entry.target));
  }, { root: view, rootMargin: '100% 0px' });

  function stop() {
    slices?.stop();
    seen.disconnect();
    if (view.dataset.filling === token) delete view.dataset.filling;
  }

  const token = String(++renders);
  view.dataset.filling = token;
  view.replaceChildren(...elements);
  for (const element of elements) seen.observe(element);
  slices = runInSlices(() => {
    while (next < elements.length && filled[next]) next++;
    if (next >= elements.length) return false;
    fill(next++);
    return true;
  }, stop);

  return {
    ensure(start, end = start) {
      // The first chunk ending after `start`, by binary search, then on to `end`.
      let lo = 0;
      let hi = plan.chunks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (plan.chunks[mid].end <= start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < plan.chunks.length && plan.chunks[i].start <= end; i++) fill(i);
    },
    finish() {
      for (let i = 0; i < elements.length; i++) fill(i);
    },
    stop,
  };
}
