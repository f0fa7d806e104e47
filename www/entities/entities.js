// The entity list: entities grouped by label in the table's order, first-mentioned first within
// a group, each a button (the app scrolls to its first mention and flashes all of them).

import { LABELS, labelClass, labelInfo } from '../labels.js';
import { createAppendQueue } from '../view/slices.js';

/**
 * The entity list in steps: `fragment` holds one section per label that has entities, with
 * its heading and count, at once; each `step()` appends one more entity button (false when
 * the lists are complete), so thousands of entities can be built a slice at a time
 * (view/slices.js). Every button starts out of the Tab order (`tabIndex` -1): the list is one
 * Tab stop (roving.js picks which).
 * @param {Document} doc
 * @param {Array<{id,name,label,mentions,aliases,link,first}>} entities
 * @returns {{ fragment: DocumentFragment, step(): boolean }}
 */
export function buildEntities(doc, entities) {
  const out = doc.createDocumentFragment();
  const queue = createAppendQueue();
  const order = new Map(LABELS.map((l, i) => [l.id, i]));
  const groups = new Map();
  for (const e of entities) {
    if (!groups.has(e.label)) groups.set(e.label, []);
    groups.get(e.label).push(e);
  }
  const labels = [...groups.keys()].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  for (const id of labels) {
    const info = labelInfo(id);
    const members = groups.get(id).slice().sort((a, b) => a.first - b.first);
    const section = doc.createElement('section');
    section.className = `entity-group ${labelClass(id)}`;
    section.dataset.label = id;
    const heading = doc.createElement('h3');
    heading.className = 'entity-group-title';
    const swatch = doc.createElement('span');
    swatch.className = 'chip-swatch';
    swatch.setAttribute('aria-hidden', 'true');
    const count = doc.createElement('span');
    count.className = 'entity-group-count';
    count.textContent = String(members.length);
    heading.append(swatch, doc.createTextNode(info.plural), count);
    const list = doc.createElement('ul');
    list.className = 'entity-list';
    queue.add(list, members, (e) => renderEntity(doc, e));
    section.append(heading, list);
    out.append(section);
  }
  return { fragment: out, step: queue.step };
}

function renderEntity(doc, e) {
  const item = doc.createElement('li');
  const button = doc.createElement('button');
  button.type = 'button';
  button.tabIndex = -1;
  button.className = `entity ${labelClass(e.label)}`;
  button.dataset.entity = e.id;
  button.dataset.first = String(e.first);
  const mentions = Number(e.mentions) || 0;
  button.title = `Show ${mentions === 1 ? 'the mention' : `all ${mentions} mentions`} of ${e.name}`;

  const name = doc.createElement('span');
  name.className = 'entity-name';
  name.textContent = e.name;
  const count = doc.createElement('span');
  count.className = 'entity-count';
  count.textContent = `×${mentions}`;
  count.setAttribute('aria-label', `${mentions} ${mentions === 1 ? 'mention' : 'mentions'}`);
  button.append(name, count);

  const aliases = (e.aliases ?? []).filter((a) => a !== e.name);
  if (aliases.length || e.link) {
    const meta = doc.createElement('span');
    meta.className = 'entity-meta';
    const parts = [];
    if (aliases.length) parts.push(`as ${aliases.map((a) => `“${a}”`).join(', ')}`);
    if (e.link) parts.push(`→ ${e.link}`);
    meta.textContent = parts.join(' · ');
    button.append(meta);
  }
  item.append(button);
  return item;
}
