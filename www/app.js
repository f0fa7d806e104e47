// The page: wires the editor, the worker bridge and the features. It owns the DOM and the
// state of what is shown; each feature lives in its folder (draft/, dictionary/, correct/,
// highlight/, files/, tabs/, theme/) and the annotation itself happens in the worker
// (annotator/worker.js).

import { client } from './boot.js';
import { createLongRun } from './annotator/long-run.js';
import { allLabels, installLabelColours, setCustomLabels } from './labels.js';
import { SAMPLE } from './sample.js';
import { renderProgressively } from './view/progressive.js';
import { afterPaint, runInSlices } from './view/slices.js';
import { createViewRules } from './view/rules.js';
import { createLegend, countLabels } from './legend/legend.js';
import { buildEntities } from './entities/entities.js';
import { createRovingList } from './entities/roving.js';
import { buildFacts } from './facts/facts.js';
import { createPreview } from './facts/preview.js';
import { createExportMenu } from './export/export.js';
import { openDeviceStore } from './storage/device.js';
import { loadSettings } from './storage/settings.js';
import { createDrafts } from './draft/draft.js';
import { createUndoBar, replaceEditorText } from './draft/undo.js';
import { createDictionary } from './dictionary/dictionary.js';
import { createManager } from './dictionary/manager.js';
import { createCorrections } from './correct/correct.js';
import { createGoto } from './highlight/goto.js';
import { createMentionKeys } from './highlight/mentions.js';
import { createFileOpener } from './files/open.js';
import { createTabs } from './tabs/tabs.js';
import { createThemeToggle } from './theme/theme.js';

const DEBOUNCE_MS = 250;
/**
 * Edits that land a whole text at once: annotated at once. The debounce is for typing, where
 * the next keystroke is a quarter of a second away; a paste, a drop or a cut is complete.
 */
const WHOLE_EDITS = new Set([
  'insertFromPaste', 'insertFromPasteAsQuotation', 'insertFromDrop', 'insertReplacementText',
  'insertFromYank', 'deleteByCut', 'deleteByDrag', 'historyUndo', 'historyRedo',
]);
/**
 * Texts longer than this (about 3,000 words) have their side panel's lists built a slice at a
 * time (a megabyte of news has fourteen thousand facts); a shorter text's in one task.
 */
const SLICED_ABOVE = 20_000;
const $ = (id) => document.getElementById(id);

const el = {
  app: $('app'),
  status: $('status'),
  alert: $('alert'),
  alertText: $('alert-text'),
  editor: $('editor'),
  editorNote: $('editor-note'),
  view: $('view'),
  viewEmpty: $('view-empty'),
  viewNote: $('view-note'),
  legend: $('legend'),
  entities: $('entities'),
  entitiesCount: $('entities-count'),
  entitiesEmpty: $('entities-empty'),
  facts: $('facts'),
  factsCount: $('facts-count'),
  factsEmpty: $('facts-empty'),
  exportButton: $('export-button'),
  exportMenu: $('export-menu'),
  announce: $('announce'),
  back: $('back-to-side'),
};

const state = {
  hidden: new Set(), // labels shown without highlight
  latest: 0, // the newest annotate request; older answers are stale
  shown: null, // { text, result } currently rendered
  filling: null, // the view's chunk filling (view/progressive.js) of `shown`
  listing: null, // the side panel's sliced building (view/slices.js) of `shown`
  counts: new Map(), // highlights per label in `shown`, for the legend
};
const current = () => state.shown;

const store = openDeviceStore();
store.catch(() => {}); // reported by the drafts on load
const longRun = createLongRun(el.status, () => client.cancel());
// The worker answers first with its quick core gazetteer, then swaps in the full one (with
// regions and cities): annotate again then. `data-gazetteer` tells which one the view shows.
client.onupgrade = () => {
  el.app.dataset.gazetteer = 'full';
  if (el.editor.value.trim() !== '') annotateNow();
};
// Without its place tier the annotator still works, on the core gazetteer: say so.
client.onupgradefailed = ({ error }) => showAlert(error);

let settings = { get() {}, set() {} };
const viewRules = createViewRules(document.getElementById('app-styles'), el.view);
// A toggle is one class on the view (view/rules.js): no mark is rebuilt or touched.
const legend = createLegend(el.legend, (label, show) => {
  if (show) state.hidden.delete(label);
  else state.hidden.add(label);
  settings.set('hidden', [...state.hidden]);
  viewRules.setHidden(label, !show);
  legend.update(state.counts, state.hidden);
  showHiddenNote();
});

// ---- annotation -------------------------------------------------------------------------

let timer = 0;
function scheduleAnnotate() {
  clearTimeout(timer);
  // An answer still on its way is for text that no longer stands: let it be dropped, or it
  // would show the old text's names as "ready" while this edit waits out the debounce.
  state.latest += 1;
  setState('pending');
  timer = setTimeout(annotateNow, DEBOUNCE_MS);
}

async function annotateNow() {
  clearTimeout(timer);
  const text = el.editor.value;
  if (started) drafts.save(text);
  const ticket = ++state.latest;
  if (text.trim() === '') {
    showEmpty();
    return;
  }
  setState('pending');
  longRun.start(text.length);
  try {
    const reply = await client.annotate(text, longRun.progress);
    if (ticket === state.latest) longRun.stop();
    if (ticket !== state.latest || reply.superseded) return; // a newer edit is on its way
    const { result, ms } = reply;
    if (!result || result.offsets !== 'utf16' || !Array.isArray(result.spans)) {
      throw new Error('The annotator returned a result this page cannot read.');
    }
    hideAlert();
    state.shown = { text, result };
    // The highlights are what a paste waits for: the view is rendered and painted on its own,
    // and the side panel (the old one goes only now: taking a big one down costs milliseconds
    // too) is built in a task after that frame.
    renderView();
    await afterPaint();
    if (ticket !== state.latest) return;
    renderSidePanel();
    el.exportButton.disabled = false;
    setStatus(summary(text, result, ms));
    setState('ready');
  } catch (err) {
    if (ticket !== state.latest) return;
    longRun.stop();
    if (err.cancelled) showCancelled();
    else showError(err.message || String(err));
  }
}

function summary(text, result, ms) {
  const words = countWords(text);
  const entities = (result.entities ?? []).length;
  const time = ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString();
  return `Annotated ${plural(words, 'word')} in ${time} ms — ${plural(entities, 'entity', 'entities')}`;
}

function countWords(text) {
  // A loop rather than a regex match: no array of millions of words for a huge paste.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

// ---- rendering --------------------------------------------------------------------------

/**
 * The entity list and the facts panel: their sections and counts at once, their items in one
 * go for a short text, or a slice at a time for a long one, with `data-filling` on both lists
 * until every item is in (going by keyboard to the end of the entity list finishes it first).
 */
function renderSidePanel() {
  const { text, result } = state.shown;
  stopListing();
  const entities = Array.isArray(result.entities) ? result.entities : [];
  const entityList = buildEntities(document, entities);
  el.entities.replaceChildren(entityList.fragment);
  el.entitiesCount.textContent = entities.length ? String(entities.length) : '';
  el.entitiesEmpty.hidden = entities.length > 0;
  preview.hide();
  const facts = buildFacts(document, result, text);
  el.facts.replaceChildren(facts.fragment);
  el.factsCount.textContent = facts.count ? String(facts.count) : '';
  el.factsEmpty.hidden = el.facts.childElementCount > 0;
  const step = () => entityList.step() || facts.step();
  if (text.length <= SLICED_ABOVE) {
    while (step());
  } else {
    el.entities.dataset.filling = el.facts.dataset.filling = 'true';
    state.listing = runInSlices(step, stopListing);
  }
  entityKeys.reset();
}

function stopListing() {
  state.listing?.stop();
  state.listing = null;
  delete el.entities.dataset.filling;
  delete el.facts.dataset.filling;
}

function renderView() {
  if (!state.shown) {
    legend.update(new Map(), state.hidden);
    return;
  }
  const { text, result } = state.shown;
  const names = new Map((result.entities ?? []).map((e) => [e.id, e.name]));
  // Keyboard focus on a highlight survives re-rendering: the mark at the same place gets it.
  const focused = el.view.contains(document.activeElement) ? document.activeElement.dataset?.start : undefined;
  goto.clear(); // its ranges point into the nodes about to be replaced
  const nested = Array.isArray(result.nested) ? result.nested : [];
  state.filling?.stop();
  // The view keeps its scroll offset across the new content by itself; setting it again here
  // would force a layout of the whole new text inside this task.
  state.filling = renderProgressively(el.view, text, result.spans, { names, nested });
  el.view.hidden = false;
  el.viewEmpty.hidden = true;
  if (focused !== undefined) {
    state.filling.ensure(Number(focused));
    const mark = el.view.querySelector(`mark[data-start="${focused}"]`);
    if (mark) {
      mark.tabIndex = -1;
      mark.focus({ preventScroll: true });
    } else {
      el.view.focus({ preventScroll: true });
    }
  }
  state.counts = countLabels(result.spans);
  legend.update(state.counts, state.hidden);
  showHiddenNote();
}

function showHiddenNote() {
  const off = allLabels().filter((l) => state.hidden.has(l.id)).map((l) => l.plural.toLowerCase());
  el.viewNote.textContent = off.length ? `Hidden: ${off.join(', ')}` : '';
}

/** Clears every rendering of a result; `empty` shows the "nothing yet" placeholders. */
function clearResult(empty) {
  state.shown = null;
  state.filling?.stop();
  state.filling = null;
  stopListing();
  state.counts = new Map();
  goto.clear();
  preview.hide();
  corrections.close();
  el.exportButton.disabled = true;
  if (el.exportMenu.matches(':popover-open')) el.exportMenu.hidePopover();
  el.view.replaceChildren();
  el.view.hidden = true;
  el.viewEmpty.hidden = !empty;
  el.entities.replaceChildren();
  el.entitiesCount.textContent = '';
  el.facts.replaceChildren();
  el.factsCount.textContent = '';
  legend.update(new Map(), state.hidden);
}

function showEmpty() {
  hideAlert();
  clearResult(true);
  el.entitiesEmpty.hidden = false;
  el.factsEmpty.hidden = false;
  setStatus('Nothing to annotate yet — paste an article to begin.');
  setState('empty');
}

function showCancelled() {
  // The text stays in the editor and nothing stale stays in the view; any edit annotates again.
  hideAlert();
  clearResult(false);
  setStatus('Annotation cancelled — edit the text to annotate it again.');
  setState('cancelled');
}

function showError(message) {
  // The text stays in the editor; the view is cleared so it never shows a stale annotation.
  clearResult(false);
  showAlert(message);
  setStatus('Could not annotate this text.');
  setState('error');
}

function showAlert(message) {
  el.alertText.textContent = message;
  el.alert.hidden = false;
}

function hideAlert() {
  el.alert.hidden = true;
  el.alertText.textContent = '';
}

function setStatus(text) {
  el.status.textContent = text;
}

function setState(name) {
  el.app.dataset.state = name;
}

// ---- going to mentions and facts; corrections ---------------------------------------------

const entityKeys = createRovingList(el.entities, 'button.entity', () => state.listing?.finish());
const goto = createGoto({ view: el.view, entities: el.entities, facts: el.facts }, current, {
  flash: viewRules,
  ensure: (start, end) => state.filling?.ensure(start, end),
});
const preview = createPreview(el.facts, goto.sentenceOf);
createExportMenu({ list: $('export-list'), status: $('export-status') }, current);

const dictionary = createDictionary({
  store,
  client,
  onChange(what, applied = true) {
    // The user's own labels and colours first: the table, the legend and the marks read them.
    setCustomLabels(dictionary.labelColours, document.getElementById('app-styles').sheet);
    manager.render(what); // the table, the entry count, Undo and Redo
    if (what !== 'loaded') {
      el.announce.textContent = `${what}.`;
      if (applied && el.editor.value.trim() !== '') annotateNow();
    }
  },
  onProblem: showAlert,
});
const manager = createManager({
  count: $('dictionary-count'),
  rows: $('dictionary-rows'),
  addForm: $('dictionary-add'),
  importButton: $('dictionary-import'),
  importInput: $('dictionary-import-input'),
  exports: $('dictionary-export'),
  undo: $('correction-undo'),
  redo: $('correction-redo'),
  clear: $('dictionary-clear'),
  status: $('dictionary-status'),
  errors: $('dictionary-errors'),
}, dictionary, saveFile);

const dialog = $('dictionary-dialog');
$('dictionary-open').addEventListener('click', () => dialog.showModal());
$('dictionary-close').addEventListener('click', () => dialog.close());

const corrections = createCorrections({
  view: el.view,
  menu: $('correct-menu'),
  title: $('correct-title'),
  labels: $('correct-labels'),
  not: $('correct-not'),
  linkRow: $('correct-link-row'),
  link: $('correct-link'),
  linkApply: $('correct-link-apply'),
}, { current, dictionary });

createMentionKeys(el.view, {
  open: corrections.openForMark,
  finish: () => state.filling?.finish(),
  announce: (text) => { el.announce.textContent = text; },
});

// Undo and redo of corrections: the buttons, or Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) outside the
// text fields, where the keys belong to the field's own editing.
document.addEventListener('keydown', (event) => {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
  if (event.target.closest('input, textarea, select, [contenteditable]')) return;
  const key = event.key.toLowerCase();
  if (key === 'z' && !event.shiftKey) dictionary.undo();
  else if ((key === 'z' && event.shiftKey) || key === 'y') dictionary.redo();
  else return;
  event.preventDefault();
});

function saveFile(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

el.entities.addEventListener('click', (event) => {
  const button = event.target.closest('button.entity');
  if (!button) return;
  followToView();
  goto.showEntity(button.dataset.entity);
});

el.facts.addEventListener('click', (event) => {
  const button = event.target.closest('button.fact[data-start]');
  if (!button) return;
  followToView();
  goto.showFact(button);
});

el.view.addEventListener('click', (event) => {
  // A nested name (a place inside an organisation) is corrected on its own.
  const mark = event.target.closest('.nested, mark.ent');
  if (!mark || !getSelection().isCollapsed) return;
  if (mark.dataset.entity) goto.showEntity(mark.dataset.entity);
  corrections.openForMark(mark);
});

// ---- panes: side tabs, and one pane at a time on a narrow screen --------------------------

const sideTabs = createTabs([$('tab-entities'), $('tab-facts')], {
  onSelect: (tab) => settings.set('sideTab', tab.id),
});

const narrow = matchMedia('(max-width: 720px)');
const paneTabs = createTabs([$('mtab-editor'), $('mtab-view'), $('mtab-side')], {
  show: (pane, selected) => pane.classList.toggle('is-pane-shown', selected),
  onSelect: () => { el.back.hidden = true; },
});

/** On a narrow screen, going from the side panel to the text shows the text and a way back. */
let backTo = null;
function followToView() {
  if (!narrow.matches) return;
  backTo = document.activeElement;
  paneTabs.select($('mtab-view'));
  el.back.hidden = false;
}
el.back.addEventListener('click', () => {
  paneTabs.select($('mtab-side'));
  el.back.hidden = true;
  if (backTo?.isConnected) {
    backTo.focus({ preventScroll: true });
    backTo.scrollIntoView({ block: 'center' });
  }
});

// ---- editor, drafts, files ----------------------------------------------------------------

const drafts = createDrafts(store, (problem) => {
  el.editorNote.textContent = problem ?? '';
  el.editorNote.classList.toggle('is-problem', Boolean(problem));
});
const undoBar = createUndoBar(
  { bar: $('undo-bar'), text: $('undo-text'), undo: $('undo-button'), dismiss: $('undo-dismiss') },
  { restore: (text) => replaceEditorText(el.editor, text), forget: () => drafts.dropPrevious() },
);

el.editor.addEventListener('input', (event) => {
  if (!started) editedBeforeStart = true;
  if (WHOLE_EDITS.has(event.inputType)) annotateNow();
  else scheduleAnnotate();
});

/** Replaces the article; the one being replaced is kept and offered back. */
function replaceArticle(text, reason) {
  const old = el.editor.value;
  if (old === text) return;
  if (old.trim() !== '') {
    drafts.keepPrevious(old, reason);
    undoBar.offer({ text: old, reason });
  }
  replaceEditorText(el.editor, text);
  annotateNow();
}

$('load-sample').addEventListener('click', () => replaceArticle(SAMPLE, 'sample'));
$('empty-sample').addEventListener('click', () => replaceArticle(SAMPLE, 'sample'));
$('clear-text').addEventListener('click', () => {
  replaceArticle('', 'cleared');
  el.editor.focus();
});

createFileOpener({ button: $('open-file'), input: $('open-file-input'), dropZone: document.body }, {
  open(text, name) {
    hideAlert();
    replaceArticle(text, 'file');
    if (narrow.matches) paneTabs.select($('mtab-view'));
    el.announce.textContent = `Opened ${name}.`;
  },
  problem: showAlert,
});

// ---- start ------------------------------------------------------------------------------

let started = false;
// Text typed or pasted while the saved draft is still loading is the user's newest: start keeps
// it rather than putting the draft (or the sample) over it, and offers the draft back instead.
let editedBeforeStart = false;

async function start() {
  installLabelColours(document.getElementById('app-styles').sheet);
  settings = await loadSettings(store);
  for (const label of settings.get('hidden') ?? []) {
    state.hidden.add(label);
    viewRules.setHidden(label, true);
  }
  const side = $(settings.get('sideTab') ?? '');
  if (side?.getAttribute('role') === 'tab') sideTabs.select(side);
  paneTabs.select($('mtab-view'));
  createThemeToggle($('theme-toggle'), settings.get('theme') ?? null, (choice) => settings.set('theme', choice));
  legend.update(new Map(), state.hidden);
  const [{ text, previous }] = await Promise.all([drafts.load(), dictionary.load()]);
  if (!editedBeforeStart) {
    el.editor.value = text ?? SAMPLE;
    if (previous) undoBar.offer(previous);
  } else if (text && text !== el.editor.value) {
    drafts.keepPrevious(text, 'draft');
    undoBar.offer({ text, reason: 'draft' });
  }
  started = true;
  el.app.dataset.started = 'true'; // the editor now holds the draft, the sample or the user's text
  annotateNow();
}

const styles = document.getElementById('app-styles');
if (styles.sheet) start();
else styles.addEventListener('load', start, { once: true });
