// The legend: one toggle button per label of the table, with the label's count in this text.
// Built once and updated in place, so keyboard focus survives re-annotation; the user's own
// labels join it (after the built-in ones) as they are made, and leave it when they are gone.

import { LABELS, allLabels, labelClass } from '../labels.js';

/**
 * Fills `container` with the label toggles. `onToggle(labelId, shown)` runs on click (buttons
 * also answer Enter and Space natively).
 * @returns {{ update(counts: Map<string, number>, hidden: Set<string>): void }}
 */
export function createLegend(container, onToggle) {
  const doc = container.ownerDocument;
  const buttons = new Map();

  function add(label) {
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

  for (const label of LABELS) add(label);

  return {
    update(counts, hidden) {
      const custom = allLabels().filter((l) => l.custom);
      for (const [id, { button }] of buttons) {
        if (!LABELS.some((l) => l.id === id) && !custom.some((l) => l.id === id)) {
          button.remove();
          buttons.delete(id);
        }
      }
      for (const label of custom) if (!buttons.has(label.id)) add(label);
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
