// The page's side of the columnar result (the core's `annotateColumns`, src/wasm.rs): spans and
// nested names cross from the worker as typed arrays, transferred rather than copied, and
// become the same span objects the object API gives, built here in one tight loop (far
// cheaper than a structured copy of tens of thousands of objects).

/**
 * Turns a columnar result into the object form, in place: `spans` and `nested` become arrays
 * of `{ start, end, label, text, entity }` (entity `null` where there is none), and the
 * `labels` and `entityIds` tables go. A result already in object form is returned as it is.
 * @param {object} result the worker's answer
 * @param {string} text the annotated text (for each span's `text`)
 */
export function fromColumns(result, text) {
  if (!result || Array.isArray(result.spans) || !result.spans) return result;
  const { labels = [], entityIds = [] } = result;
  const rows = (columns) => {
    const { start, end, label, entity } = columns;
    const out = new Array(start.length);
    for (let i = 0; i < start.length; i++) {
      const id = entity[i];
      out[i] = {
        start: start[i],
        end: end[i],
        label: labels[label[i]],
        text: text.slice(start[i], end[i]),
        entity: id < 0 ? null : entityIds[id],
      };
    }
    return out;
  };
  result.spans = rows(result.spans);
  result.nested = rows(result.nested);
  delete result.labels;
  delete result.entityIds;
  return result;
}

/** The buffers of a columnar result, to transfer (not copy) it to another thread. */
export function columnBuffers(result) {
  return [result.spans, result.nested].flatMap((c) => [c.start.buffer, c.end.buffer, c.label.buffer, c.entity.buffer]);
}
