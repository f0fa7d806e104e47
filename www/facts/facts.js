// The facts panel (first version): every array the core puts in `facts` becomes a section, every
// item a button that takes the reader to its place in the text. It reads the facts defensively:
// the extractors are still being built, so unknown fields are shown generically and items
// without a valid start/end are listed but not clickable.

const SECTIONS = {
  events: 'What happened',
  casualties: 'Casualties',
  quotes: 'Who said what',
  dates: 'When',
  quantities: 'How many',
  money: 'Money',
};
const ORDER = Object.keys(SECTIONS);

/**
 * @param {Document} doc
 * @param {object} facts the annotation's `facts`
 * @param {string} text the annotated text (item summaries quote it)
 * @returns {{ fragment: DocumentFragment, count: number }}
 */
export function renderFacts(doc, facts, text) {
  const fragment = doc.createDocumentFragment();
  let count = 0;
  if (!facts || typeof facts !== 'object') return { fragment, count };
  const notes = Object.entries(facts).filter(([, v]) => typeof v === 'string' || typeof v === 'number');
  if (notes.length) {
    const p = doc.createElement('p');
    p.className = 'fact-note';
    p.textContent = notes.map(([k, v]) => `${humanise(k)}: ${clip(String(v), 60)}`).join(' · ');
    fragment.append(p);
  }
  const keys = Object.keys(facts)
    .filter((k) => Array.isArray(facts[k]) && facts[k].length > 0)
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  for (const key of keys) {
    const section = doc.createElement('section');
    section.className = 'fact-group';
    section.dataset.kind = key;
    const heading = doc.createElement('h3');
    heading.className = 'fact-group-title';
    heading.textContent = SECTIONS[key] ?? humanise(key);
    const list = doc.createElement('ul');
    list.className = 'fact-list';
    for (const item of facts[key]) {
      list.append(renderFact(doc, key, item, text));
      count += 1;
    }
    section.append(heading, list);
    fragment.append(section);
  }
  return { fragment, count };
}

function rank(key) {
  const i = ORDER.indexOf(key);
  return i < 0 ? ORDER.length : i;
}

function humanise(key) {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// How each known kind of fact reads: a main line and a detail line. Anything else falls back
// to the text of the fact and its plain fields.
const FORMATS = {
  events: (f) => ({
    main: [f.kind ?? f.text, f.place && `in ${f.place}`, f.date && `on ${f.date}`].filter(Boolean).join(' '),
    meta: (Array.isArray(f.counts) ? f.counts : [])
      .filter((c) => c && c.kind && Number.isFinite(c.count))
      .map((c) => `${c.kind} ${c.count.toLocaleString()}`)
      .join(', '),
  }),
  casualties: (f, surface) => ({ main: surface, meta: [f.kind, Number.isFinite(f.count) && f.count.toLocaleString(), f.who].filter(Boolean).join(' · ') }),
  quantities: (f, surface) => ({ main: surface, meta: f.unit ?? '' }),
  dates: (f, surface) => ({ main: surface, meta: f.value ?? '' }),
  money: (f, surface) => ({ main: surface, meta: money(f.amount, f.currency) }),
  quotes: (f, surface) => ({ main: `“${f.text ?? surface}”`, meta: f.speaker ? `— ${f.speaker}` : 'unattributed' }),
};

function money(amount, currency) {
  if (!Number.isFinite(amount)) return currency ?? '';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 }).format(amount);
  } catch {
    return `${amount.toLocaleString()} ${currency ?? ''}`.trim();
  }
}

function renderFact(doc, kind, item, text) {
  const li = doc.createElement('li');
  const valid =
    item && Number.isInteger(item.start) && Number.isInteger(item.end) &&
    item.start >= 0 && item.end > item.start && item.end <= text.length;
  const el = doc.createElement(valid ? 'button' : 'div');
  el.className = 'fact';
  if (valid) {
    el.type = 'button';
    el.dataset.start = String(item.start);
    el.dataset.end = String(item.end);
  }
  const surface = valid ? text.slice(item.start, item.end) : '';
  let { main, meta } = (FORMATS[kind] ?? generic)(item ?? {}, surface);
  const quote = doc.createElement('span');
  quote.className = 'fact-text';
  quote.textContent = clip(String(main || surface || '(no text)'));
  el.append(quote);
  meta = String(meta ?? '');
  if (meta) {
    const details = doc.createElement('span');
    details.className = 'fact-meta';
    details.textContent = clip(meta, 120);
    el.append(details);
  }
  li.append(el);
  return li;
}

function generic(item, surface) {
  const details = [];
  for (const [k, v] of Object.entries(item)) {
    if (['start', 'end', 'text'].includes(k) || /_(start|end)$/.test(k) || v === null || v === undefined) continue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
      details.push(`${humanise(k).toLowerCase()}: ${clip(String(v), 60)}`);
    }
  }
  return { main: typeof item.text === 'string' && item.text ? item.text : surface, meta: details.join(' · ') };
}

function clip(s, max = 160) {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
