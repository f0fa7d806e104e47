// The export formats, as pure functions from (result, text) to a string — no DOM, so they run
// and are tested in Node too (tests/e2e/formats.test.mjs). The page offers each one as a
// download and as a copy (export.js).
//
//   toJSON            the core's result as it came, pretty-printed
//   toCSV             one row per fact (RFC 4180; offsets are UTF-16, as in the core's result)
//   toWebAnnotation   W3C Web Annotation JSON-LD: one annotation per span, with a
//                     TextQuoteSelector and a TextPositionSelector (code points, as W3C defines,
//                     or UTF-16 code units on request; selectors.js says how they are built)
//   toHTML            a standalone annotated page: escaped text, inline styles, no script
//
// These build strings for a file, not nodes for this page: escaping is the safety mechanism
// here, and every piece of the article or the result that enters markup goes through
// escapeHTML; CSV cells through csvCell.

import { LABELS, labelInfo } from '../labels.js';
import { digest, SECTIONS } from '../facts/digest.js';
import { textSelectors, UNITS } from './selectors.js';
import { headline } from './headline.js';

// ---- JSON -------------------------------------------------------------------------------

/** The core's result, unchanged, as indented JSON. */
export function toJSON(result) {
  return `${JSON.stringify(result, null, 2)}\n`;
}

// ---- CSV --------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  'type', 'start', 'end', 'text', 'value', 'unit', 'qualifier', 'kind', 'who', 'speaker', 'place', 'date', 'counts',
];

// How each kind of fact fills the columns; `text` defaults to the stretch of the article.
const CSV_ROWS = {
  dates: (f) => ({ type: 'date', text: f.text, value: f.value }),
  events: (f) => ({
    type: 'event', text: f.text, kind: f.kind, place: f.place, date: f.date,
    counts: (Array.isArray(f.counts) ? f.counts : [])
      .filter((c) => c && c.kind)
      .map((c) => `${c.kind} ${c.count ?? '?'}`)
      .join('; '),
  }),
  casualties: (f) => ({ type: 'casualty', value: f.count, kind: f.kind, qualifier: f.qualifier, who: f.who }),
  quantities: (f) => ({ type: 'quantity', text: f.text, value: f.value, unit: f.unit, qualifier: f.qualifier }),
  money: (f) => ({ type: 'money', text: f.text, value: f.amount, unit: f.currency }),
  quotes: (f) => ({ type: 'quote', text: f.text, speaker: f.speaker }),
};

/**
 * The facts as CSV: a header, then one row per fact (the reference date first, then each kind
 * of fact in the core's order). CRLF line ends and quoting as RFC 4180 says.
 */
export function toCSV(result, text) {
  const facts = result?.facts && typeof result.facts === 'object' ? result.facts : {};
  const rows = [CSV_COLUMNS];
  if (facts.reference_date) rows.push(CSV_COLUMNS.map((c) => ({ type: 'reference_date', value: facts.reference_date })[c]));
  for (const [key, items] of Object.entries(facts)) {
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const ok = Number.isInteger(item.start) && Number.isInteger(item.end) && item.start >= 0 &&
        item.end >= item.start && item.end <= text.length;
      const row = {
        start: ok ? item.start : null,
        end: ok ? item.end : null,
        text: ok ? text.slice(item.start, item.end) : item.text,
        ...(CSV_ROWS[key] ?? ((f) => ({ type: key, text: f.text })))(item),
      };
      if (row.text === undefined || row.text === null) row.text = ok ? text.slice(item.start, item.end) : null;
      rows.push(CSV_COLUMNS.map((c) => row[c]));
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// What a spreadsheet may read as the start of a formula: = + - @ and their full-width forms
// (some spreadsheets fold ＝ to =), also after leading whitespace of any kind (space, NBSP, line
// feed, ideographic space…), which spreadsheets skip before a formula; and a leading tab or
// carriage return on their own, which some programs strip and then read what follows.
const FORMULA_START = /^(?:[\s\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r])/;

/**
 * One CSV cell. Numbers are written as they are; text that a spreadsheet would read as a
 * formula (FORMULA_START) gets a leading apostrophe, so an article cannot plant a formula in
 * the reader's spreadsheet; then RFC 4180 quoting.
 */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

// ---- W3C Web Annotation -----------------------------------------------------------------

/**
 * An id for the article made from its text (64-bit FNV-1a over its UTF-16 units): the same
 * text gets the same `urn:article:…`, so annotations of it from two sessions share a target.
 * Not a cryptographic hash; it names, it does not protect.
 */
export function articleUrn(text) {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return `urn:article:fnv1a64-${h.toString(16).padStart(16, '0')}`;
}

// The terms this export adds to the W3C model (selectors.js says what they mean):
// `positionUnit` on each TextPositionSelector, and `quoteOccurrences` / `quoteOccurrence` on a
// TextQuoteSelector whose quote occurs more than once even with its widest context. They are
// defined in a context embedded in the annotation page, as JSON-LD allows, so the top-level
// `@context` stays the bare W3C one that simple consumers compare against.
const TERMS = {
  aa: 'urn:article-annotator:terms#',
  positionUnit: { '@id': 'aa:positionUnit', '@type': '@vocab' },
  codePoint: 'aa:codePoint',
  utf16CodeUnit: 'aa:utf16CodeUnit',
  quoteOccurrences: { '@id': 'aa:quoteOccurrences', '@type': 'xsd:nonNegativeInteger' },
  quoteOccurrence: { '@id': 'aa:quoteOccurrence', '@type': 'xsd:nonNegativeInteger' },
};

/**
 * All spans and nested names as a W3C Web Annotation collection (JSON-LD). Each annotation
 * tags its stretch of
 * the text with the label (purpose "tagging") and, for spans of an entity, its canonical name
 * (purpose "identifying"). The target carries a TextQuoteSelector and a TextPositionSelector
 * (selectors.js). Positions count code points, as the W3C model does (an emoji before a span
 * moves it by 1, not by the 2 UTF-16 units JavaScript counts); `{ unit: 'utf16CodeUnit' }`
 * counts UTF-16 code units instead, for JavaScript tools that count that way. Each position
 * selector names its unit in `positionUnit`.
 */
export function toWebAnnotation(result, text, { source = articleUrn(text), unit = UNITS.codePoint } = {}) {
  const valid = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= text.length;
  // A nested name (a place inside an organisation) is an annotation of its own, after the
  // spans, so the numbering of the spans' annotations is the same with or without them.
  const spans = [
    ...(Array.isArray(result?.spans) ? result.spans : []).filter(valid),
    ...(Array.isArray(result?.nested) ? result.nested : []).filter(valid),
  ];
  const names = new Map((result?.entities ?? []).map((e) => [e.id, e.name]));
  const selectors = textSelectors(text, spans, { unit });
  const items = spans.map((s, i) => {
    const body = [{ type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: String(s.label) }];
    const name = s.entity ? names.get(s.entity) : null;
    if (name) body.push({ type: 'TextualBody', purpose: 'identifying', format: 'text/plain', value: String(name) });
    return {
      id: `${source}:annotation:${i + 1}`,
      type: 'Annotation',
      motivation: name ? 'identifying' : 'tagging',
      body,
      target: { source, selector: [selectors[i].quote, selectors[i].position] },
    };
  });
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}:annotations`,
    type: 'AnnotationCollection',
    label: `Annotations of ${titleOf(text)}`,
    total: items.length,
    first: { '@context': TERMS, id: `${source}:annotations:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

// ---- standalone HTML --------------------------------------------------------------------

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHTML(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A short title for the article: its headline (headline.js), or "an empty article". */
export function titleOf(text) {
  return headline(text) || 'an empty article';
}

// The exported file's own policy: no script of any kind, no fetches; only its inline styles.
// A second lock behind the escaping, should a reader's browser honour it.
const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const EXPORT_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f3f5f9;color:#1b2130;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",sans-serif}
.page{max-width:1180px;margin:0 auto;padding:24px 20px 40px}
h1{margin:0 0 4px;font-size:22px;line-height:1.25}
.sub{margin:0 0 14px;color:#4a5368;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 16px;padding:0;list-style:none}
.legend li{display:inline-flex;align-items:center;gap:6px;padding:3px 9px;border:1px solid #c6cedd;border-radius:999px;background:#fff;font-size:13px}
.swatch{width:12px;height:12px;border-radius:4px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(240px,330px);gap:16px;align-items:start}
@media (max-width:820px){.cols{grid-template-columns:minmax(0,1fr)}}
.card{background:#fff;border:1px solid #dde2ec;border-radius:10px;padding:18px 22px}
.text{margin:0;white-space:pre-wrap;overflow-wrap:break-word;font:17px/1.95 Charter,"Bitstream Charter",Cambria,"Liberation Serif",Georgia,serif}
mark{padding:.1em .28em;border-radius:5px;color:inherit;-webkit-box-decoration-break:clone;box-decoration-break:clone}
mark.nested{padding:0;background:none!important;box-shadow:none!important;text-decoration:underline 2px var(--accent);text-underline-offset:.2em}
mark::after{content:attr(data-tag);margin-left:.35em;padding:.1em .4em;border-radius:3px;background:var(--accent);color:#fff;font:700 9.5px/1 system-ui,sans-serif;letter-spacing:.05em;vertical-align:.25em}
.facts h2{margin:0 0 6px;font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:#4a5368}
.facts h2:not(:first-child){margin-top:16px}
.facts h3{margin:8px 0 2px;font-size:12px;color:#6b7387;font-weight:600}
.facts ul{margin:0;padding:0 0 0 16px}
.facts li{margin:2px 0;font-size:14px}
.meta{color:#6b7387;font-size:12.5px}
blockquote{margin:2px 0 6px;padding-left:10px;border-left:3px solid #c6cedd;font-style:italic}
footer{margin-top:18px;color:#6b7387;font-size:12px}
`;

/**
 * A complete annotated page as one string: the text with its highlights (colours inline, from
 * the label table), a legend of the labels it uses and the facts summary. No script, no
 * external resource; every piece of text is escaped.
 */
export function toHTML(result, text) {
  const spans = Array.isArray(result?.spans) ? result.spans : [];
  const names = new Map((result?.entities ?? []).map((e) => [e.id, e.name]));
  const title = titleOf(text);
  const nested = Array.isArray(result?.nested) ? result.nested : [];
  const used = new Map();
  const parts = [];
  let at = 0;
  let inner = 0; // the next nested name not yet placed
  for (const s of spans) {
    // As the page's renderer: a malformed or overlapping span is skipped, never drops text.
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < at || s.end <= s.start || s.end > text.length) continue;
    const info = labelInfo(s.label);
    used.set(info.id, (used.get(info.id) ?? 0) + 1);
    const tip = markTip(info, text.slice(s.start, s.end), s, names);
    parts.push(escapeHTML(text.slice(at, s.start)));
    while (inner < nested.length && nested[inner].start < s.start) inner++;
    const within = [];
    while (inner < nested.length && nested[inner].end <= s.end) within.push(nested[inner++]);
    parts.push(
      `<mark ${markAttributes(info, tip)}>${markText(text, s, within, names)}</mark>`,
    );
    at = s.end;
  }
  parts.push(escapeHTML(text.slice(at)));

  const legend = [...LABELS.filter((l) => used.has(l.id)), ...[...used.keys()].filter((id) => !LABELS.some((l) => l.id === id)).map(labelInfo)]
    .map((l) => `<li><span class="swatch" style="${colourStyle(l)}"></span>${escapeHTML(l.plural)} <span class="meta">${used.get(l.id)}</span></li>`)
    .join('');

  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHTML(EXPORT_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Article Annotator">',
    `<title>${escapeHTML(title)} — annotated</title>`,
    `<style>${EXPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    `<h1>${escapeHTML(title)}</h1>`,
    `<p class="sub">Annotated: ${escapeHTML(plural(spans.length, 'highlight'))}, ${escapeHTML(plural((result?.entities ?? []).length, 'entity', 'entities'))}.</p>`,
    `<ul class="legend" aria-label="Labels">${legend}</ul>`,
    '<div class="cols">',
    `<main class="card"><div class="text" id="article">${parts.join('')}</div></main>`,
    `<aside class="card facts" aria-label="Facts">${factsHTML(result, text)}</aside>`,
    '</div>',
    '<footer>Made with Article Annotator, which ran entirely in the browser. Highlights are automatic and may be wrong.</footer>',
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The attributes of a mark: label, tag (shown by CSS), tooltip and colours. */
function markAttributes(info, tip, nested = false) {
  return `${nested ? 'class="nested" ' : ''}data-label="${escapeHTML(info.id)}" data-tag="${escapeHTML(info.tag)}" ` +
    `title="${escapeHTML(tip)}" style="${colourStyle(info)}"`;
}

function markTip(info, surface, span, names) {
  const name = (span.entity && names.get(span.entity)) || surface;
  return name === surface ? `${info.name}: ${name}` : `${info.name}: ${name} (“${surface}”)`;
}

/**
 * A mark's escaped text with its nested names (a place in an organisation) as inner marks, as
 * the page shows them; a malformed or overlapping one is skipped and its text stays plain, so
 * the mark's text is always exactly the span's.
 */
function markText(text, span, within, names) {
  const parts = [];
  let at = span.start;
  for (const n of within) {
    if (!Number.isInteger(n.start) || !Number.isInteger(n.end) || n.start < at || n.end <= n.start || n.end > span.end) continue;
    const info = labelInfo(n.label);
    const surface = text.slice(n.start, n.end);
    parts.push(escapeHTML(text.slice(at, n.start)));
    parts.push(`<mark ${markAttributes(info, markTip(info, surface, n, names), true)}>${escapeHTML(surface)}</mark>`);
    at = n.end;
  }
  parts.push(escapeHTML(text.slice(at, span.end)));
  return parts.join('');
}

function colourStyle(info) {
  // Colours come from the label table (or the neutral fallback); checked anyway, as they
  // enter a style attribute.
  const colour = (c, fallback) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : fallback);
  const bg = colour(info.bg, '#eeeeee');
  const accent = colour(info.accent, '#555555');
  return `background:${bg};box-shadow:inset 0 -2px 0 ${accent};--accent:${accent}`;
}

function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The facts summary of the HTML export: the panel's sections, as plain lists. */
function factsHTML(result, text) {
  const d = digest(result, text);
  const e = escapeHTML;
  const li = (main, meta) => `<li>${e(main)}${meta ? ` <span class="meta">${e(meta)}</span>` : ''}</li>`;
  const ul = (items) => (items.length ? `<ul>${items.join('')}</ul>` : '');
  const count = (n) => `×${n}`;
  const html = {
    events: () => ul(d.events.map((ev) => li(
      [cap(ev.kind), ev.place && `in ${ev.place}`].filter(Boolean).join(' '),
      [ev.dateLabel, ...ev.counts.map((c) => `${c.count ?? '?'} ${c.kind}`)].filter(Boolean).join(' · '),
    ))),
    who: () =>
      (d.who.people.length ? `<h3>People</h3>${ul(d.who.people.map((p) => li(p.role ? `${p.name} — ${p.role}` : p.name, count(p.mentions))))}` : '') +
      (d.who.orgs.length ? `<h3>Organisations</h3>${ul(d.who.orgs.map((o) => li(o.name, count(o.mentions))))}` : ''),
    where: () => ul(d.where.map((p) => li(p.link ? `${p.name}, ${p.link}` : p.name, count(p.mentions)))),
    when: () =>
      (d.when.referenceLabel ? `<p class="meta">Reference date: ${e(d.when.referenceLabel)}</p>` : '') +
      ul([
        ...d.when.dates.map((g) => li(g.label, g.mentions.map((m) => `“${m.text ?? ''}”`).join(', '))),
        ...d.when.unresolved.map((m) => li(m.text ?? '', 'not resolved')),
      ]),
    howMany: () => ul([
      ...d.howMany.casualties.map((c) => li(c.line)),
      ...d.howMany.quantities.map((q) => li(q.line)),
      ...d.howMany.money.map((m) => li(m.line, m.currency ?? '')),
    ]),
    quotes: () => d.quotes.map((g) =>
      `<h3>${e(g.speaker ?? 'Unattributed')}</h3>${g.quotes.map((q) => `<blockquote>“${e(q.text)}”</blockquote>`).join('')}`).join(''),
  };
  const sections = SECTIONS.filter((s) => !d.empty[s.id]).map((s) => `<h2>${e(s.title)}</h2>${html[s.id]()}`);
  return sections.length ? sections.join('') : '<p class="meta">No facts found.</p>';
}

function cap(s) {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}
