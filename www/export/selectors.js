// W3C Web Annotation selectors for spans of a text: a TextQuoteSelector whose context other
// annotation tools can use as it is, and a TextPositionSelector in the unit the reader asks for.
// Pure functions, no DOM.
//
// What "as it is" means was measured against two independent clients (tests/e2e/anchoring.test.mjs):
// Apache Annotator (@apache-annotator/dom), which looks for prefix + exact + suffix exactly, and
// Hypothesis's anchoring libraries (dom-anchor-text-quote), which look for the prefix, then the
// exact text, fuzzily, with diff-match-patch. Hence the rules:
//
// - Prefix and suffix are at most MAX_CONTEXT UTF-16 code units. diff-match-patch's bitap matcher
//   throws "Pattern too long for this browser" on a pattern longer than 32 units, and it counts
//   units, not characters: 32 code points of emoji context are up to 64 units.
// - They are cut at grapheme cluster boundaries, so a flag, a family emoji or a letter with its
//   combining accents is either whole in the context or not in it; so are surrogate pairs.
// - An empty prefix or suffix is left out. dom-anchor-text-quote treats `prefix: ""` as found at
//   its starting guess (the middle of the document) and then ignores the suffix.
// - The context starts at BASE_CONTEXT units each side and widens by CONTEXT_STEP up to
//   MAX_CONTEXT until prefix + exact + suffix occurs once in the text. When it still occurs more
//   than once (a sentence repeated word for word), the quote alone cannot say which occurrence
//   is meant: the selector then carries `quoteOccurrences` (how many places match) and
//   `quoteOccurrence` (which of them, 1-based in text order), and the TextPositionSelector is the
//   tie-breaker.

/** The most context a side may have, in UTF-16 code units (diff-match-patch's pattern limit). */
export const MAX_CONTEXT = 32;
/**
 * The context tried first, in UTF-16 code units. Measured on the six texts of the anchoring
 * test: dom-anchor-text-quote without a position hint (it then searches outwards from the middle
 * of the document and takes near misses) anchored 284 of 290 unique quotes with 16 units, 289
 * with 24 and 289 with 32; 24 keeps that and leaves a step to widen to MAX_CONTEXT.
 */
export const BASE_CONTEXT = 24;
/** How much each side grows per step while the quote is not unique. */
export const CONTEXT_STEP = 8;

/** The units a TextPositionSelector can count in. */
export const UNITS = {
  /** Unicode code points: what the W3C model means by "characters". */
  codePoint: 'codePoint',
  /** UTF-16 code units: JavaScript string indices, what DOM-based JavaScript tools count. */
  utf16: 'utf16CodeUnit',
};

/**
 * Selectors for every span of `text`, in the order given.
 *
 * @param {string} text the article
 * @param {{start: number, end: number}[]} spans valid UTF-16 ranges of `text`
 * @param {{unit?: string}} options `unit` is one of UNITS (code points by default)
 * @returns {{quote: object, position: object}[]}
 */
export function textSelectors(text, spans, { unit = UNITS.codePoint } = {}) {
  if (!Object.values(UNITS).includes(unit)) throw new Error(`unknown position unit ${JSON.stringify(unit)}`);
  const occurrences = occurrenceIndex(text, spans.map((s) => text.slice(s.start, s.end)));
  const contexts = new Map();
  const toUnit = unit === UNITS.utf16 ? null : codePointOffsets(text, spans.flatMap((s) => [s.start, s.end]));
  return spans.map((s) => ({
    quote: quoteSelector(text, s.start, s.end, occurrences, contexts),
    position: {
      type: 'TextPositionSelector',
      start: toUnit ? toUnit.get(s.start) : s.start,
      end: toUnit ? toUnit.get(s.end) : s.end,
      positionUnit: unit,
    },
  }));
}

/**
 * The TextQuoteSelector of text[start, end): the shortest context from BASE_CONTEXT up that
 * makes it unique, or MAX_CONTEXT and the occurrence fields when none does.
 */
function quoteSelector(text, start, end, occurrences, contexts) {
  const exact = text.slice(start, end);
  let prefix = '';
  let suffix = '';
  let matches = [];
  for (let units = BASE_CONTEXT; ; units = Math.min(MAX_CONTEXT, units + CONTEXT_STEP)) {
    prefix = text.slice(contextStart(text, start, units), start);
    suffix = text.slice(end, contextEnd(text, end, units));
    matches = placesWithContext(text, exact, occurrences.get(exact), prefix.length, suffix.length, contexts).get(prefix + suffix);
    if (matches.length <= 1 || units === MAX_CONTEXT) break;
  }
  const selector = { type: 'TextQuoteSelector', exact };
  if (prefix) selector.prefix = prefix;
  if (suffix) selector.suffix = suffix;
  if (matches.length > 1) {
    selector.quoteOccurrences = matches.length;
    selector.quoteOccurrence = matches.indexOf(start) + 1;
  }
  return selector;
}

/**
 * The places of `exact` grouped by the `before` units before them and the `after` units after
 * them, as one string, computed once per (exact, before, after) and shared by its spans.
 * Testing every place for every span instead was quadratic in a name's mentions: 27 s to export
 * a 2 MB paste whose names recur thousands of times.
 * @returns {Map<string, number[]>}
 */
function placesWithContext(text, exact, places, before, after, contexts) {
  const key = `${before} ${after} ${exact}`;
  let groups = contexts.get(key);
  if (!groups) {
    groups = new Map();
    for (const p of places) {
      if (p < before) continue; // not enough text before it for this prefix
      const context = text.slice(p - before, p) + text.slice(p + exact.length, p + exact.length + after);
      const group = groups.get(context);
      if (group) group.push(p);
      else groups.set(context, [p]);
    }
    contexts.set(key, groups);
  }
  return groups;
}

// ---- grapheme boundaries --------------------------------------------------------------------

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

// How far back a window may reach for a place where segmenting can safely begin. Segmenting
// the whole text once is quadratic in V8 (40,000 characters take over a second), so each
// context is segmented in a small window of its own instead, and only where the cut is not
// between two ASCII characters (nearly always, in English news: no segmenting at all).
const SYNC_REACH = 256;

/** The first grapheme boundary at or after `start - units` (and at or before `start`). */
function contextStart(text, start, units) {
  const want = Math.max(0, start - units);
  if (want === 0 || asciiBoundary(text, want)) return want;
  const from = syncPoint(text, want);
  const cluster = graphemes.segment(text.slice(from, start)).containing(want - from);
  if (!cluster || from + cluster.index === want) return want;
  return Math.min(start, from + cluster.index + cluster.segment.length);
}

/** The last grapheme boundary at or before `end + units` (and at or after `end`). */
function contextEnd(text, end, units) {
  const limit = Math.min(text.length, end + units);
  if (limit === text.length || asciiBoundary(text, limit)) return limit;
  // One cluster past the limit is read so that the boundary at the limit itself is seen.
  const cluster = graphemes.segment(text.slice(end, limit + MAX_CONTEXT)).containing(limit - end);
  return end + cluster.index;
}

/**
 * Whether a grapheme boundary lies between text[i - 1] and text[i] because both are ASCII:
 * Unicode always breaks there, except inside CR LF (no ASCII character extends, joins,
 * prepends or pairs like regional indicators).
 */
function asciiBoundary(text, i) {
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  return a < 0x80 && b < 0x80 && !(a === 0x0d && b === 0x0a);
}

/**
 * A place at or before `i` where grapheme segmentation can begin and agree with segmenting the
 * whole text: an ASCII boundary. Texts without one nearby (scripts written without ASCII
 * spaces) start SYNC_REACH units back, where any error has long been resolved unless one
 * cluster is longer than that.
 */
function syncPoint(text, i) {
  for (let j = i; j > 0 && j >= i - SYNC_REACH; j--) if (asciiBoundary(text, j)) return j;
  return Math.max(0, i - SYNC_REACH);
}

// ---- occurrences ----------------------------------------------------------------------------

/**
 * Where each of `needles` occurs in `text` (overlaps included), as sorted UTF-16 offsets.
 *
 * One pass over the text collects the offsets of every two-unit key that starts a needle, then
 * each needle checks only its key's offsets. A plain indexOf scan per distinct needle costs a
 * pass over the whole text per name, which is minutes for a megabyte paste with thousands of
 * names; the keyed pass stays proportional to the text plus the candidates checked.
 * @returns {Map<string, number[]>}
 */
export function occurrenceIndex(text, needles) {
  const distinct = [...new Set(needles)].filter((n) => n.length > 0);
  const key = (s, i) => s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1);
  const keyed = new Map();
  for (const n of distinct) if (n.length >= 2) keyed.set(key(n, 0), []);
  for (let i = 0; i + 1 < text.length; i++) {
    const at = keyed.get(key(text, i));
    if (at) at.push(i);
  }
  const out = new Map();
  for (const n of distinct) {
    if (n.length >= 2) {
      out.set(n, keyed.get(key(n, 0)).filter((i) => text.startsWith(n, i)));
    } else {
      const at = [];
      for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) at.push(i);
      out.set(n, at);
    }
  }
  return out;
}

// ---- code points ----------------------------------------------------------------------------

/**
 * Maps UTF-16 offsets to code point offsets in one pass over the text. An offset inside a
 * surrogate pair (which no valid span has) maps to the code point the pair starts.
 * @returns {Map<number, number>}
 */
export function codePointOffsets(text, offsets) {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map();
  let i = 0;
  let cp = 0;
  for (const t of sorted) {
    while (i < t && i < text.length) {
      const pair = isPairAt(text, i);
      if (pair && i + 2 > t) break;
      i += pair ? 2 : 1;
      cp += 1;
    }
    out.set(t, cp);
  }
  return out;
}

function isPairAt(text, i) {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}
