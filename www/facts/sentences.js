// Sentences, for taking a reader from a fact to the sentence it came from. The core sends
// `sentences` (sorted `{start, end}`, UTF-16 offsets) with every result; sentence splitting is
// the core's job, so where they are missing or unusable the whole text stands as one sentence.

/**
 * The text's sentences: the core's when they are usable, else the whole text as one.
 * @param {string} text
 * @param {Array<{start:number,end:number}>} [sentences] the core's `sentences`
 * @returns {Array<{start:number,end:number}>} sorted, non-overlapping
 */
export function sentenceBounds(text, sentences) {
  if (Array.isArray(sentences) && sentences.length) {
    const ok = sentences.every((s, i) =>
      s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start &&
      s.end <= text.length && (i === 0 || s.start >= sentences[i - 1].end));
    if (ok) return sentences.map(({ start, end }) => ({ start, end }));
  }
  return text.length ? [{ start: 0, end: text.length }] : [];
}

/**
 * The stretch of whole sentences covering `start..end` (a long quote can span several). Where
 * no sentence covers it (the offsets fall between sentences), the stretch itself.
 */
export function sentenceAround(bounds, start, end) {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= bounds.length || bounds[lo].start >= end) return { start, end };
  let last = lo;
  while (last + 1 < bounds.length && bounds[last + 1].start < end) last++;
  return { start: Math.min(start, bounds[lo].start), end: Math.max(end, bounds[last].end) };
}
