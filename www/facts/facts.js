// The facts panel: the digest (digest.js) as sections a reader scans in seconds — what
// happened, who, where, when, how many, who said what. Every item is a button carrying the
// stretch of text it points at (`data-start`, `data-end`, and `data-extra` for further
// stretches to light up with it); the app scrolls to the item's sentence and flashes it, and
// the preview (preview.js) shows the sentence on hover. Sections with nothing in them are left
// out. Nodes only, built with textContent: the article's words never become markup.

import { labelClass } from '../labels.js';
import { digest, SECTIONS } from './digest.js';

/**
 * @param {Document} doc
 * @param {object} result the core's result
 * @param {string} text the annotated text
 * @returns {{ fragment: DocumentFragment, count: number }} `count`: the facts listed (people,
 *   organisations and places are counted in the entity tab, not here)
 */
export function renderFacts(doc, result, text) {
  const d = digest(result, text);
  const h = builder(doc);
  const fragment = doc.createDocumentFragment();
  const build = {
    // One checkable line per event, main story first; background events collapsed below.
    events: () => {
      const line = (ev) => h.item(ev, ev.main ? 'fact-event is-main' : 'fact-event', [
        h.span('fact-name', ev.line),
        ev.mentions > 1 && h.count(ev.mentions),
        h.meta([ev.meta]),
      ]);
      const out = [d.events.length && h.list(d.events.map(line))];
      if (d.background.length) {
        const details = h.el('details', 'fact-background');
        const summary = h.el('summary', 'fact-sub');
        summary.textContent = `Background (${d.background.length})`;
        details.append(summary, h.list(d.background.map(line)));
        out.push(details);
      }
      return out;
    },
    who: () => [
      d.who.people.length && h.sub('People'),
      d.who.people.length && h.list(d.who.people.map((p) => h.item(p, `fact-entity ${labelClass('PERSON')}`, [
        h.swatch(),
        h.label(h.span('fact-name', p.name), p.role && h.span('fact-role', ` — ${p.role}`)),
        h.count(p.mentions),
      ]))),
      d.who.orgs.length && h.sub('Organisations'),
      d.who.orgs.length && h.list(d.who.orgs.map((o) => h.item(o, `fact-entity ${labelClass('ORG')}`, [
        h.swatch(), h.label(h.span('fact-name', o.name)), h.count(o.mentions),
      ]))),
    ],
    where: () => h.list(d.where.map((p) => h.item(p, `fact-entity ${labelClass('PLACE')}`, [
      h.swatch(),
      h.label(h.span('fact-name', p.name), p.link && h.span('fact-role', `, ${p.link}`)),
      h.count(p.mentions),
    ]))),
    when: () => timeline(doc, h, d.when),
    howMany: () => h.list([
      // Counts of events, as the core words them, with their event below.
      ...d.howMany.counted.map((c) => h.item(c, `fact-figure kind-${safe(c.kind)} is-counted`, [
        h.span('fact-text', c.label),
        h.meta([c.event]),
      ])),
      ...d.howMany.casualties.map((c) => h.item(c, `fact-figure kind-${safe(c.kind)}`, [
        h.span('fact-kind', c.kind),
        h.span('fact-text', c.line.slice(c.kind.length)),
      ])),
      ...d.howMany.quantities.map((q) => h.item(q, 'fact-figure kind-quantity', [
        h.span('fact-kind', 'counted'),
        h.span('fact-text', ` ${q.line}`),
      ])),
      ...d.howMany.money.map((m) => h.item(m, 'fact-figure kind-money', [
        h.span('fact-kind', 'money'),
        h.span('fact-text', ` ${m.line}`),
        h.meta([m.currency, m.text && m.text !== m.line ? `“${m.text}”` : null]),
      ])),
    ]),
    quotes: () => d.quotes.map((g) => {
      const group = h.el('div', 'quote-group');
      const speaker = h.el('p', g.speaker ? 'quote-speaker' : 'quote-speaker is-unknown');
      speaker.textContent = g.speaker ?? 'Unattributed';
      group.append(speaker, h.list(g.quotes.map((q) => h.item(q, 'fact-quote', [
        h.span('fact-text', `“${clip(q.text, 220)}”`),
      ]))));
      return group;
    }),
  };
  let count = 0;
  for (const { id, title } of SECTIONS) {
    if (d.empty[id]) continue;
    const section = h.el('section', 'fact-group');
    section.dataset.kind = id;
    const heading = h.el('h3', 'fact-group-title');
    heading.append(title);
    const body = [build[id]()].flat().filter(Boolean);
    section.append(heading, ...body);
    const items = section.querySelectorAll('.fact').length;
    heading.append(h.span('fact-group-count', String(items)));
    fragment.append(section);
    if (id !== 'who' && id !== 'where') count += items;
  }
  return { fragment, count };
}

/** When: one row per resolved date (its mentions as chips), then the ones left unresolved. */
function timeline(doc, h, when) {
  const out = [];
  if (when.referenceLabel) {
    const note = h.el('p', 'fact-note');
    note.append('Reference date ', h.span('fact-note-value', when.referenceLabel));
    if (when.referenceNote) note.append(` (${when.referenceNote})`);
    out.push(note);
  }
  const list = h.el('ol', 'timeline');
  for (const g of when.dates) {
    const row = h.el('li', g.reference ? 'timeline-row is-reference' : 'timeline-row');
    const date = h.span('timeline-date', g.label);
    if (g.reference) date.append(h.span('timeline-badge', 'reference'));
    const chips = h.el('div', 'timeline-mentions');
    chips.append(...g.mentions.map((m) => h.item(m, 'fact-chip', [m.text ?? g.value])));
    row.append(date, chips);
    list.append(row);
  }
  if (when.dates.length) out.push(list);
  if (when.unresolved.length) {
    out.push(h.sub('Not placed on the calendar'));
    const chips = h.el('div', 'timeline-mentions is-loose');
    chips.append(...when.unresolved.map((m) => h.item(m, 'fact-chip', [m.text ?? m.value ?? '?'])));
    out.push(chips);
  }
  return out;
}

function builder(doc) {
  const el = (tag, className) => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
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
    list: (items) => {
      const ul = el('ul', 'fact-list');
      for (const item of items) {
        const li = el('li');
        li.append(item);
        ul.append(li);
      }
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
