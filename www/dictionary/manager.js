// The dictionary manager: a table of the user's entries (label, name, aliases, case rule, kind,
// on/off) to add, edit, disable and delete, with import and export of dictionary files and
// undo/redo, and the custom labels with their colours. It only edits through the
// dictionary (dictionary.js) and re-renders on change.

import { allLabels, labelInfo, labelClass, readableColours } from '../labels.js';
import { createNewLabelForm } from './new-label.js';
import { CASE_RULES, KINDS, makeEntry, entryProblem } from './entries.js';
import { makeButton, makeElement } from '../dom.js';
import { FILE_FORMATS, importDictionary, exportEntries, formatOfFile } from './formats.js';

const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/**
 * @param {object} el `{ count, rows, addForm, importButton, importInput, exports, undo, redo,
 *   clear, status, errors }`
 * @param {ReturnType<import('./dictionary.js').createDictionary>} dictionary
 * @param {(blob: Blob, name: string) => void} save offers a file to the user
 */
export function createManager(el, dictionary, save) {
  const doc = el.rows.ownerDocument;

  // ---- the add form
  const form = el.addForm;
  fillSelect(form.elements.label, labelOptions());
  fillSelect(form.elements.caseRule, CASE_RULES.map((c) => [c.id, c.name]));
  fillSelect(form.elements.kind, KINDS.map((k) => [k.id, k.name]));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const entry = makeEntry({
      label: form.elements.label.value,
      name: form.elements.name.value,
      aliases: form.elements.aliases.value.split('|'),
      caseRule: form.elements.caseRule.value,
      kind: form.elements.kind.value,
    });
    const problem = entryProblem(entry);
    if (problem) {
      report(`Not added: ${problem}.`);
      form.elements.name.focus();
      return;
    }
    form.elements.name.value = '';
    form.elements.aliases.value = '';
    dictionary.add(entry);
    form.elements.name.focus();
  });

  // ---- the user's own labels: each with its colour, and a form for a new one
  const labels = makeElement(doc, 'section', 'dictionary-labels');
  labels.setAttribute('aria-labelledby', 'dictionary-labels-title');
  const labelsTitle = makeElement(doc, 'h3', 'dictionary-labels-title', { id: 'dictionary-labels-title', text: 'Your labels' });
  const labelList = makeElement(doc, 'ul', 'dictionary-label-list');
  const newLabel = createNewLabelForm(doc, 'dictionary-new', async ({ id, colour }) => {
    if (!colour) {
      report(`${id} is a built-in label: pick it in the Label list.`, true);
      return;
    }
    newLabel.reset();
    await dictionary.setColours({ [id]: colour }, null, `Label ${id} created`);
    form.elements.label.value = id;
  });
  labels.append(labelsTitle, labelList, newLabel.form);
  form.after(labels);
  labelList.addEventListener('change', (event) => {
    const id = event.target.dataset.label;
    if (!id) return;
    const pick = event.target.value;
    const { bg, adjusted } = readableColours(pick);
    // Too dark to read text on: lightened, and the picker and the message say to what.
    const note = adjusted ? `: ${pick} is too dark to read text on, so it is ${bg}` : ` to ${bg}`;
    dictionary.setColours({ [id]: bg }, null, `Colour of ${id} changed${note}`);
  });

  // ---- the table: edits are committed on change (Enter or leaving the field)
  el.rows.addEventListener('change', (event) => {
    const row = event.target.closest('tr[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const old = dictionary.entries[index];
    const field = event.target.dataset.field;
    const value = field === 'enabled' ? event.target.checked
      : field === 'aliases' ? event.target.value.split('|')
        : event.target.value;
    const entry = makeEntry({ ...old, [field]: value });
    const problem = entryProblem(entry);
    if (problem) {
      report(`Not changed: ${problem}.`);
      render();
      return;
    }
    dictionary.update(index, entry);
  });
  el.rows.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action="delete"]');
    if (button) dictionary.remove(Number(button.closest('tr').dataset.index));
  });

  // ---- import, export, history
  el.importButton.addEventListener('click', () => el.importInput.click());
  el.importInput.accept = FILE_FORMATS.map((f) => `.${f.ext}`).concat('.txt').join(',');
  el.importInput.addEventListener('change', async () => {
    const [file] = el.importInput.files;
    el.importInput.value = '';
    if (file) await importFile(file);
  });
  for (const format of FILE_FORMATS) {
    const button = makeButton(doc, format.name, 'button button-small', { format: format.id });
    button.title = format.detail;
    button.addEventListener('click', () => {
      const content = exportEntries(format.id, dictionary.entries, dictionary.labelColours);
      save(new Blob([content], { type: `${format.type};charset=utf-8` }), `dictionary.${format.ext}`);
      report(`Exported ${plural(dictionary.entries.length)} as ${format.name}.`);
    });
    el.exports.append(button);
  }
  el.undo.addEventListener('click', () => dictionary.undo());
  el.redo.addEventListener('click', () => dictionary.redo());
  el.clear.addEventListener('click', () => dictionary.clear());

  async function importFile(file) {
    const format = formatOfFile(file.name);
    if (!format) {
      report(`“${file.name}” was not imported: use a .tsv, .csv, .json or .jsonl file. Nothing was changed.`, true);
      return;
    }
    if (file.size > MAX_IMPORT_BYTES) {
      report(`“${file.name}” was not imported: it is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Nothing was changed.`, true);
      return;
    }
    let read;
    try {
      read = importDictionary(format, await file.text(), file.name);
    } catch (err) {
      report(err.message, true);
      return;
    }
    const what = `Imported ${plural(read.entries.length)} from ${file.name}`;
    if (Object.keys(read.colours).length) await dictionary.setColours(read.colours, null, `${what}: label colours`);
    await dictionary.addAll(read.entries, what);
  }

  function report(message, isError = false) {
    el.errors.hidden = !isError;
    el.errors.textContent = isError ? message : '';
    el.status.textContent = isError ? '' : message;
  }

  function render(what) {
    const entries = dictionary.entries;
    const chosen = form.elements.label.value;
    fillSelect(form.elements.label, labelOptions());
    form.elements.label.value = chosen || 'PLACE';
    renderLabels();
    const focused = doc.activeElement?.closest?.('tr[data-index]') && doc.activeElement;
    const again = focused && { index: focused.closest('tr').dataset.index, field: focused.dataset.field ?? focused.dataset.action };
    el.rows.replaceChildren(...entries.map(row));
    el.count.textContent = entries.length ? String(entries.length) : '';
    el.undo.disabled = !dictionary.canUndo;
    el.redo.disabled = !dictionary.canRedo;
    el.clear.disabled = entries.length === 0;
    if (what && what !== 'loaded') report(`${what}.`);
    if (again) {
      el.rows.querySelector(`tr[data-index="${again.index}"] [data-field="${again.field}"], tr[data-index="${again.index}"] [data-action="${again.field}"]`)?.focus();
    }
  }

  function row(entry, index) {
    const tr = doc.createElement('tr');
    tr.dataset.index = String(index);
    tr.classList.toggle('is-disabled', !entry.enabled);
    const n = index + 1;
    const label = select('label', labelOptions(), entry.label, `Label of entry ${n}`);
    label.classList.add(`chip-select`);
    const name = input('name', entry.name, `Name of entry ${n}`);
    const aliases = input('aliases', entry.aliases.join(' | '), `Aliases of entry ${n}`);
    const caseRule = select('caseRule', CASE_RULES.map((c) => [c.id, c.name]), entry.caseRule, `Case rule of entry ${n}`);
    const kind = select('kind', KINDS.map((k) => [k.id, k.name]), entry.kind, `Kind of entry ${n}`);
    const enabled = doc.createElement('input');
    enabled.type = 'checkbox';
    enabled.checked = entry.enabled;
    enabled.dataset.field = 'enabled';
    enabled.autocomplete = 'off';
    enabled.setAttribute('aria-label', `Use entry ${n} (${entry.name})`);
    const remove = makeButton(doc, 'Delete', 'button button-small', { action: 'delete' });
    remove.setAttribute('aria-label', `Delete entry ${n} (${entry.name}, ${labelInfo(entry.label).name})`);
    for (const cell of [label, name, aliases, caseRule, kind, enabled, remove]) {
      const td = doc.createElement('td');
      td.append(cell);
      tr.append(td);
    }
    return tr;
  }

  function renderLabels() {
    const colours = dictionary.labelColours;
    labelList.replaceChildren(...Object.keys(colours).map((id) => {
      const item = doc.createElement('li');
      item.className = `dictionary-label ${labelClass(id)}`;
      const swatch = doc.createElement('span');
      swatch.className = 'chip-swatch';
      swatch.setAttribute('aria-hidden', 'true');
      const picker = doc.createElement('input');
      picker.type = 'color';
      picker.value = colours[id];
      picker.dataset.label = id;
      picker.autocomplete = 'off';
      picker.setAttribute('aria-label', `Colour of ${id}`);
      const name = doc.createElement('span');
      name.textContent = id;
      item.append(swatch, name, picker);
      return item;
    }));
    labelList.hidden = labelList.childElementCount === 0;
  }

  function input(field, value, name) {
    const box = doc.createElement('input');
    box.type = 'text';
    box.value = value;
    box.dataset.field = field;
    box.autocomplete = 'off';
    box.spellcheck = false;
    box.setAttribute('aria-label', name);
    return box;
  }

  function select(field, options, value, name) {
    const box = doc.createElement('select');
    fillSelect(box, options);
    box.value = value;
    box.dataset.field = field;
    box.autocomplete = 'off';
    box.setAttribute('aria-label', name);
    return box;
  }

  function fillSelect(box, options) {
    box.replaceChildren(...options.map(([value, text]) => {
      const option = doc.createElement('option');
      option.value = value;
      option.textContent = text;
      return option;
    }));
  }

  return { render, report };
}

/** The label choices: the built-in labels, then the user's own. */
function labelOptions() {
  return allLabels().map((l) => [l.id, l.custom ? l.id : l.name]);
}

function plural(n) {
  return `${n.toLocaleString('en')} ${n === 1 ? 'entry' : 'entries'}`;
}
