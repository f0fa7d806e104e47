// The legend: one toggle button per label of the table, with the label's count in this text.
// Built once and updated in place, so keyboard focus survives re-annotation.

import { LABELS, labelClass } from '../labels.js';

/**
 * Fills `container` with the label toggles. `onToggle(labelId, shown)` runs on click (buttons
 * also answer Enter and Space natively).
 * @returns {{ update(counts: Map<string, number>, hidden: Set<string>): void }}
 */
export function createLegend(container, onToggle) {
  const doc = container.ownerDocument;
  const buttons = new Map();
  for (const label of LABELS) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `chip ${labelClass(label.id)}`;
    button.dataset.label = label.id;
    button.title = `${label.description} — click to show or hide`;
    button.setAttribute('aria-pressed', 'true');

    const swatch = doc.createElement('span');
    swatch.className = 'chip-swatch';
    swatch.setAttribute('aria-hidden', 'true');
    const name = doc.createElement('span');
    name.className = 'chip-name';
    name.textContent = label.name;
    const count = doc.createElement('span');
    count.className = 'chip-count';
    count.textContent = '0';
    button.append(swatch, name, count);
    button.addEventListener('click', () => {
      onToggle(label.id, button.getAttribute('aria-pressed') !== 'true');
    });
    container.append(button);
    buttons.set(label.id, { button, count });
  }
  return {
    update(counts, hidden) {
      for (const [id, { button, count }] of buttons) {
        const n = counts.get(id) ?? 0;
        count.textContent = n.toLocaleString();
        button.setAttribute('aria-pressed', hidden.has(id) ? 'false' : 'true');
        button.classList.toggle('is-empty', n === 0);
      }
    },
  };
}

/** Counts the spans of each label. */
export function countLabels(spans) {
  const counts = new Map();
  for (const s of spans) counts.set(s.label, (counts.get(s.label) ?? 0) + 1);
  return counts;
}
