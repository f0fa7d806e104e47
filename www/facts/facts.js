// The facts panel: the digest (digest.js) as sections a reader scans in seconds — what
// happened, who, where, when, how many, who said what. Every item is a button carrying the
// stretch of text it points at (`data-start`, `data-end`, and `data-extra` for further
// stretches to light up with it); the app scrolls to the item's sentence and flashes it, and
// the preview (preview.js) shows the sentence on hover. Sections with nothing in them are left
// out. Nodes only, built with textContent: the article's words never become markup.

import { labelClass } from '../labels.js';
import { createAppendQueue } from '../view/slices.js';
import { digest, SECTIONS } from './digest.js';

/**
 * The whole panel at once (for a short text, or a test).
 * @param {Document} doc
 * @param {object} result the core's result
 * @param {string} text the annotated text
 * @returns {{ fragment: DocumentFragment, count: number }} `count`: the facts listed (people,
 *   organisations and places are counted in the entity tab, not here)
 */
export function renderFacts(doc, result, text) {
  const { fragment, count, step } = buildFacts(doc, result, text);
  while (step());
  return { fragment, count };
}

/**
 * The panel in steps: `fragment` holds every section with its heading and count at once, and
 * each `step()` appends one more item to its lists (false when they are complete), so a
 * megabyte's fourteen thousand facts can be built a slice at a time (view/slices.js). Items go
 * in in reading order: the first sections fill first.
 * @returns {{ fragment: DocumentFragment, count: number, step(): boolean }}
 */
export function buildFacts(doc, result, text) {
  const d = digest(result, text);
  const queue = createAppendQueue();
  const h = builder(doc, queue);
  const fragment = doc.createDocumentFragment();
  const line = (ev) => h.item(ev, ev.main ? 'fact-event is-main' : 'fact-event', [
    h.span('fact-name', ev.line),
    ev.mentions > 1 && h.count(ev.mentions),
    h.meta([ev.meta]),
  ]);
  const build = {
    // One checkable line per event, main story first; background events collapsed below.
    events: () => {
      const out = [d.events.length && h.list([d.events, line])];
      if (d.background.length) {
        const details = h.el('details', 'fact-background');
        const summary = h.el('summary', 'fact-sub');
        summary.textContent = `Background (${d.background.length})`;
        details.append(summary, h.list([d.background, line]));
        out.push(details);
      }
      return out;
    },
    who: () => [
      d.who.people.length && h.sub('People'),
      d.who.people.length && h.list([d.who.people, (p) => h.item(p, `fact-entity ${labelClass('PERSON')}`, [
        h.swatch(),
        h.label(h.span('fact-name', p.name), p.role && h.span('fact-role', ` — ${p.role}`)),
        h.count(p.mentions),
      ])]),
      d.who.orgs.length && h.sub('Organisations'),
      d.who.orgs.length && h.list([d.who.orgs, (o) => h.item(o, `fact-entity ${labelClass('ORG')}`, [
        h.swatch(), h.label(h.span('fact-name', o.name)), h.count(o.mentions),
      ])]),
    ],
    where: () => h.list([d.where, (p) => h.item(p, `fact-entity ${labelClass('PLACE')}`, [
      h.swatch(),
      h.label(h.span('fact-name', p.name), p.link && h.span('fact-role', `, ${p.link}`)),
      h.count(p.mentions),
    ])]),
    when: () => timeline(h, d.when),
    howMany: () => h.list(
      // Counts of events, as the core words them, with their event below.
      [d.howMany.counted, (c) => h.item(c, `fact-figure kind-${safe(c.kind)} is-counted`, [
        h.span('fact-text', c.label),
        h.meta([c.event]),
      ])],
      [d.howMany.casualties, (c) => h.item(c, `fact-figure kind-${safe(c.kind)}`, [
        h.span('fact-kind', c.kind),
        h.span('fact-text', c.line.slice(c.kind.length)),
      ])],
      [d.howMany.quantities, (q) => h.item(q, 'fact-figure kind-quantity', [
        h.span('fact-kind', 'counted'),
        h.span('fact-text', ` ${q.line}`),
      ])],
      [d.howMany.money, (m) => h.item(m, 'fact-figure kind-money', [
        h.span('fact-kind', 'money'),
        h.span('fact-text', ` ${m.line}`),
        h.meta([m.currency, m.text && m.text !== m.line ? `“${m.text}”` : null]),
      ])],
    ),
    // One group per speaker, queued like list items (a long text quotes hundreds of people).
    quotes: (section) => {
      queue.add(section, d.quotes, (g) => {
        const group = h.el('div', 'quote-group');
        const speaker = h.el('p', g.speaker ? 'quote-speaker' : 'quote-speaker is-unknown');
        speaker.textContent = g.speaker ?? 'Unattributed';
        group.append(speaker, h.el('ul', 'fact-list'));
        for (const q of g.quotes) {
          group.lastChild.append(h.li(h.item(q, 'fact-quote', [h.span('fact-text', `“${clip(q.text, 220)}”`)])));
        }
        return group;
      });
      return [];
    },
  };
  let count = 0;
  const sizes = sectionSizes(d);
  for (const { id, title } of SECTIONS) {
    if (d.empty[id]) continue;
    const section = h.el('section', 'fact-group');
    section.dataset.kind = id;
    const heading = h.el('h3', 'fact-group-title');
    heading.append(title, h.span('fact-group-count', String(sizes[id])));
    section.append(heading);
    section.append(...[build[id](section)].flat().filter(Boolean));
    fragment.append(section);
    if (id !== 'who' && id !== 'where') count += sizes[id];
  }
  return { fragment, count, step: queue.step };
}

/**
 * How many items (`.fact` elements) each section lists, from the digest: the headings can say
 * it before the items are built, and each item below is one `.fact`.
 */
function sectionSizes(d) {
  const sum = (groups, key) => groups.reduce((n, g) => n + g[key].length, 0);
  return {
    events: d.events.length + d.background.length,
    who: d.who.people.length + d.who.orgs.length,
    where: d.where.length,
    when: sum(d.when.dates, 'mentions') + d.when.unresolved.length,
    howMany: d.howMany.counted.length + d.howMany.casualties.length + d.howMany.quantities.length + d.howMany.money.length,
    quotes: sum(d.quotes, 'quotes'),
  };
}

/** When: one row per resolved date (its mentions as chips), then the ones left unresolved. */
function timeline(h, when) {
  const out = [];
  if (when.referenceLabel) {
    const note = h.el('p', 'fact-note');
    note.append('Reference date ', h.span('fact-note-value', when.referenceLabel));
    if (when.referenceNote) note.append(` (${when.referenceNote})`);
    out.push(note);
  }
  if (when.dates.length) {
    const list = h.el('ol', 'timeline');
    h.queue.add(list, when.dates, (g) => {
      const row = h.el('li', g.reference ? 'timeline-row is-reference' : 'timeline-row');
      const date = h.span('timeline-date', g.label);
      if (g.reference) date.append(h.span('timeline-badge', 'reference'));
      const chips = h.el('div', 'timeline-mentions');
      chips.append(...g.mentions.map((m) => h.item(m, 'fact-chip', [m.text ?? g.value])));
      row.append(date, chips);
      return row;
    });
    out.push(list);
  }
  if (when.unresolved.length) {
    out.push(h.sub('Not placed on the calendar'));
    const chips = h.el('div', 'timeline-mentions is-loose');
    h.queue.add(chips, when.unresolved, (m) => h.item(m, 'fact-chip', [m.text ?? m.value ?? '?']));
    out.push(chips);
  }
  return out;
}

function builder(doc, queue) {
  const el = (tag, className) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    return node;
  };
  const li = (item) => {
    const node = el('li');
    node.append(item);
    return node;
  };
  const span = (className, text) => {
    const node = el('span', className);
    node.textContent = text;
    return node;
  };
  return {
    el,
    span,
    sub: (text) => {
      const node = el('h4', 'fact-sub');
      node.textContent = text;
      return node;
    },
    queue,
    li,
    /** A list whose items, `[items, render]` groups in order, are queued to be built. */
    list: (...groups) => {
      const ul = el('ul', 'fact-list');
      for (const [items, render] of groups) queue.add(ul, items, (item) => li(render(item)));
      return ul;
    },
    label: (...children) => {
      const node = el('span', 'fact-label');
      node.append(...children.filter(Boolean));
      return node;
    },
    swatch: () => {
      const node = el('span', 'chip-swatch');
      node.setAttribute('aria-hidden', 'true');
      return node;
    },
    count: (n) => {
      const node = span('fact-count', `×${n}`);
      node.setAttribute('aria-label', `${n} ${n === 1 ? 'mention' : 'mentions'}`);
      return node;
    },
    meta: (parts) => {
      const text = parts.filter(Boolean).join(' · ');
      return text ? span('fact-meta', text) : null;
    },
    /** One item: a button when it has a place in the text, else a plain box. */
    item: (fact, className, children) => {
      const link = fact.start !== null && fact.start !== undefined;
      const node = el(link ? 'button' : 'div', `fact ${className}`);
      if (link) {
        node.type = 'button';
        node.dataset.start = String(fact.start);
        node.dataset.end = String(fact.end);
        const extra = (fact.extra ?? []).map((r) => `${r.start}-${r.end}`).join(' ');
        if (extra) node.dataset.extra = extra;
      } else {
        node.classList.add('is-unplaced');
      }
      node.append(...children.filter((c) => c !== null && c !== undefined && c !== false && c !== ''));
      return node;
    },
  };
}

function clip(s, max) {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

function safe(s) {
  return String(s).replace(/[^A-Za-z0-9_-]/g, '_');
}
