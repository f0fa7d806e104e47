// The export menu: each format (formats.js) as a download and as a copy to the clipboard.
// Downloads are a Blob behind a temporary <a download>; nothing leaves the device. The rows are
// built from the FORMATS table, like the legend from the label table.

import { toJSON, toCSV, toWebAnnotation, toHTML, titleOf } from './formats.js';

export const FORMATS = [
  {
    id: 'json', name: 'JSON', detail: 'The full result, in the annotator’s own schema',
    ext: 'json', type: 'application/json', build: ({ result }) => toJSON(result),
  },
  {
    id: 'csv', name: 'CSV', detail: 'The facts, one row each, for a spreadsheet',
    // A byte-order mark in the file (not in the copy) makes spreadsheet programs read UTF-8.
    ext: 'csv', type: 'text/csv;charset=utf-8', bom: true, build: ({ result, text }) => toCSV(result, text),
  },
  {
    id: 'annotations', name: 'Web Annotation', detail: 'W3C JSON-LD, one annotation per highlight; positions in characters',
    ext: 'jsonld', type: 'application/ld+json', build: ({ result, text }) => toWebAnnotation(result, text),
  },
  {
    // The same, for JavaScript tools that count string indices (Hypothesis's anchoring code).
    // A non-breaking hyphen keeps "(UTF-16)" on one line in the narrow menu.
    id: 'annotations-utf16', name: 'Web Annotation (UTF\u201116)', detail: 'The same, positions in UTF-16 units as JavaScript counts',
    ext: 'jsonld', fileSuffix: '-utf16', type: 'application/ld+json',
    build: ({ result, text }) => toWebAnnotation(result, text, { unit: 'utf16CodeUnit' }),
  },
  {
    id: 'html', name: 'HTML page', detail: 'The highlighted article and its facts, in one file',
    ext: 'html', type: 'text/html;charset=utf-8', build: ({ result, text }) => toHTML(result, text),
  },
];

const CONFIRM_MS = 4000;

/**
 * Fills `list` with one row per format and wires its buttons.
 * @param {object} el `{ list, status }` elements of the menu
 * @param {() => ({text: string, result: object} | null)} current what is shown now
 */
export function createExportMenu(el, current) {
  const doc = el.list.ownerDocument;
  for (const format of FORMATS) {
    const row = doc.createElement('li');
    row.className = 'export-row';
    row.dataset.format = format.id;
    const label = doc.createElement('div');
    label.className = 'export-label';
    const name = doc.createElement('span');
    name.className = 'export-name';
    name.textContent = format.name;
    const ext = doc.createElement('span');
    ext.className = 'export-ext';
    ext.textContent = `.${format.ext}`;
    const detail = doc.createElement('span');
    detail.className = 'export-detail';
    detail.textContent = format.detail;
    label.append(name, ext, detail);
    const actions = doc.createElement('div');
    actions.className = 'export-actions';
    for (const [action, text] of [['download', 'Download'], ['copy', 'Copy']]) {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = action === 'download' ? 'button button-small button-primary' : 'button button-small';
      button.dataset.action = action;
      button.dataset.format = format.id;
      button.textContent = text;
      button.setAttribute('aria-label', `${text} ${format.name}`);
      actions.append(button);
    }
    row.append(label, actions);
    el.list.append(row);
  }

  let timer = 0;
  const say = (message, kind) => {
    clearTimeout(timer);
    el.status.textContent = message;
    el.status.className = `export-status is-${kind}`;
    timer = setTimeout(() => {
      el.status.textContent = '';
      el.status.className = 'export-status';
    }, CONFIRM_MS);
  };

  el.list.addEventListener('click', async (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const format = FORMATS.find((f) => f.id === button.dataset.format);
    const shown = current();
    if (!format || !shown) {
      say('Nothing to export yet: paste an article first.', 'error');
      return;
    }
    let content;
    try {
      content = format.build(shown);
    } catch (err) {
      say(`Could not make the ${format.name} export: ${err.message || err}`, 'error');
      return;
    }
    if (button.dataset.action === 'download') {
      download(doc, content, `${fileStem(shown.text)}${format.fileSuffix ?? ''}.${format.ext}`, format);
      say(`Downloaded ${format.name}.`, 'ok');
    } else if (await copy(content)) {
      say(`Copied ${format.name} to the clipboard.`, 'ok');
    } else {
      say('This browser did not allow copying here — use Download instead.', 'error');
    }
  });
}

function download(doc, content, filename, format) {
  const parts = format.bom ? ['\ufeff', content] : [content];
  const url = URL.createObjectURL(new Blob(parts, { type: format.type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // The download has its own reference to the blob once started; free the URL soon after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function copy(text) {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // denied, or the page is not focused
  }
}

/** A file name from the first words of the article's headline: "baghdad-car-bomb-kills-annotations". */
export function fileStem(text) {
  const words = titleOf(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g) ?? [];
  const stem = words.slice(0, 6).join('-').slice(0, 60).replace(/-+$/, '');
  return `${stem || 'article'}-annotations`;
}
