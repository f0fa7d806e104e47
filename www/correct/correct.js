// Corrections in place: select words in the annotated view and choose a label, or open a
// highlight (click, or Enter on a focused one) and change its label, link it to another entity
// or mark it "not a name". Every correction is an entry of the user's dictionary
// (dictionary/dictionary.js), so it applies everywhere the words occur, in this text and in
// later ones, and Undo takes it back. "New label…" makes a label of the user's own, with its
// colour, and gives it the words at once.

import { allLabels, labelInfo } from '../labels.js';
import { makeEntry } from '../dictionary/entries.js';
import { createNewLabelForm } from '../dictionary/new-label.js';
import { offsetOf } from '../view/render.js';
import { makeButton } from '../dom.js';

/** How long a selection on a touch screen must stay unchanged before its menu opens. */
const TOUCH_REST_MS = 600;

/**
 * @param {object} el `{ view, menu, title, labels, not, linkRow, link, linkApply }`
 * @param {object} deps
 * @param {() => ({text: string, result: object} | null)} deps.current what the view shows
 * @param {ReturnType<import('../dictionary/dictionary.js').createDictionary>} deps.dictionary
 */
export function createCorrections(el, { current, dictionary }) {
  const doc = el.view.ownerDocument;
  let target = null; // { surface, label, entity, mark, start }

  const newLabel = createNewLabelForm(doc, 'correct-new', ({ id, colour }) => {
    if (!target) return;
    const { surface } = target;
    close();
    const entry = makeEntry({ label: id, name: surface });
    if (!colour) dictionary.add(entry, `“${surface}” labelled ${labelInfo(id).name}`);
    else dictionary.setColours({ [id]: colour }, entry, `“${surface}” labelled with the new label ${id}`);
  });
  newLabel.form.hidden = true;
  el.labels.after(newLabel.form);

  el.labels.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-label], button[data-action="new-label"]');
    if (!button || !target) return;
    if (button.dataset.action === 'new-label') {
      newLabel.form.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      newLabel.focus();
      return;
    }
    const { surface } = target;
    close();
    dictionary.add(makeEntry({ label: button.dataset.label, name: surface }), `“${surface}” labelled ${labelInfo(button.dataset.label).name}`);
  });

  el.not.addEventListener('click', () => {
    if (!target?.label) return;
    const { surface, label } = target;
    close();
    dictionary.add(makeEntry({ label, name: surface, kind: 'not-a-name' }), `“${surface}” is not a ${labelInfo(label).name.toLowerCase()}`);
  });

  el.linkApply.addEventListener('click', () => {
    const shown = current();
    const entity = shown?.result.entities?.find((e) => e.id === el.link.value);
    if (!entity || !target) return;
    const { surface } = target;
    close();
    // Linking is an alias of the chosen entity's name: an entry for that name gains it.
    const existing = dictionary.entries.find((e) => e.kind === 'name' && e.label === entity.label && e.name === entity.name);
    const aliases = [...new Set([...(existing?.aliases ?? []), surface])].filter((a) => a !== entity.name);
    dictionary.add(makeEntry({ ...existing, label: entity.label, name: entity.name, aliases }), `“${surface}” linked to ${entity.name}`);
  });

  el.menu.addEventListener('toggle', (event) => {
    // Toggle events are queued: a menu closed and reopened at once reports "closed" late.
    if (event.newState === 'closed' && !el.menu.matches(':popover-open')) {
      const back = target?.mark?.isConnected ? target.mark : null;
      target = null;
      back?.focus();
    }
  });

  // A selection made with the mouse in the view opens the menu for its words when the button
  // is released. On a touch screen a selection is made and adjusted with handles, without a
  // pointer release the page sees: there the menu opens once the selection rests.
  el.view.addEventListener('pointerup', () => setTimeout(fromSelection, 0));
  const touch = matchMedia('(pointer: coarse)');
  let resting = 0;
  doc.addEventListener('selectionchange', () => {
    if (!touch.matches) return;
    clearTimeout(resting);
    resting = setTimeout(fromSelection, TOUCH_REST_MS);
  });

  function fromSelection() {
    const shown = current();
    const selection = doc.getSelection();
    if (!shown || !selection.rangeCount || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!el.view.contains(range.commonAncestorContainer)) return;
    let start = offsetOf(el.view, range.startContainer, range.startOffset);
    let end = offsetOf(el.view, range.endContainer, range.endOffset);
    // Whitespace and punctuation at the ends of a selection are not part of a name.
    const text = shown.text;
    while (start < end && /[\s.,;:!?"“”‘’'()[\]]/u.test(text[start])) start++;
    while (end > start && /[\s.,;:!?"“”‘’'()[\]]/u.test(text[end - 1])) end--;
    const surface = text.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(surface) || surface.length > 200 || /[\t\n\r]/.test(surface)) return;
    open({ surface, label: null, entity: null, mark: null, start }, range.getBoundingClientRect());
  }

  /** Opens the menu for a highlight (a `<mark>` of the view). */
  function openForMark(mark) {
    if (!current()) return;
    open({
      surface: mark.textContent,
      label: mark.dataset.label,
      entity: mark.dataset.entity ?? null,
      mark,
      start: Number(mark.dataset.start),
    }, mark.getBoundingClientRect());
  }

  function open(next, box) {
    target = next;
    const info = next.label ? labelInfo(next.label) : null;
    el.title.textContent = info ? `“${next.surface}” — ${info.name}` : `Label “${next.surface}” as…`;
    // Built afresh each time: the user's own labels change as they make them.
    const more = makeButton(doc, 'New label…', 'button button-small correct-new', { action: 'new-label' });
    more.setAttribute('aria-expanded', 'false');
    el.labels.replaceChildren(
      ...allLabels().filter((l) => l.id !== next.label).map((l) => makeButton(doc, l.name, 'button button-small correct-label', { label: l.id })),
      more,
    );
    newLabel.reset();
    newLabel.form.hidden = true;
    el.not.hidden = !info;
    if (info) el.not.textContent = `Not a ${info.name.toLowerCase()}`;
    const others = (current()?.result.entities ?? []).filter((e) => e.id !== next.entity && e.label === (next.label ?? e.label));
    el.link.replaceChildren(...others.slice(0, 200).map((e) => {
      const option = doc.createElement('option');
      option.value = e.id;
      option.textContent = `${e.name} (${labelInfo(e.label).name})`;
      return option;
    }));
    el.linkRow.hidden = others.length === 0;
    if (!el.menu.matches(':popover-open')) el.menu.showPopover();
    place(box);
    el.menu.querySelector('button:not([hidden])')?.focus();
  }

  function place(box) {
    // Below the words, kept inside the window. CSSOM properties are allowed under the CSP's
    // style-src 'self' (it forbids style attributes in markup, not style set from script).
    const menu = el.menu.getBoundingClientRect();
    const left = Math.max(8, Math.min(box.left, innerWidth - menu.width - 8));
    const below = box.bottom + 6;
    const top = below + menu.height > innerHeight - 8 ? Math.max(8, box.top - menu.height - 6) : below;
    el.menu.style.left = `${left}px`;
    el.menu.style.top = `${top}px`;
  }

  function close() {
    if (el.menu.matches(':popover-open')) el.menu.hidePopover();
  }

  return { openForMark, close };
}
