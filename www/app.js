// The page: wires the editor, the worker bridge and the renderers. It owns the DOM and the
// state; the annotation itself happens in the worker (annotator/worker.js).

import { AnnotatorClient } from './annotator/client.js';
import { LABELS, installLabelColours } from './labels.js';
import { SAMPLE } from './sample.js';
import { renderAnnotated, locate } from './view/render.js';
import { createLegend, countLabels } from './legend/legend.js';
import { renderEntities } from './entities/entities.js';
import { renderFacts } from './facts/facts.js';
import { createPreview } from './facts/preview.js';
import { sentenceBounds, sentenceAround } from './facts/sentences.js';
import { createExportMenu } from './export/export.js';

const DEBOUNCE_MS = 250;
const DRAFT_KEY = 'article-annotator:draft';
const $ = (id) => document.getElementById(id);

const el = {
  app: $('app'),
  status: $('status'),
  alert: $('alert'),
  alertText: $('alert-text'),
  editor: $('editor'),
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
  dictText: $('dictionary-text'),
  dictApply: $('dictionary-apply'),
  dictReset: $('dictionary-reset'),
  dictStatus: $('dictionary-status'),
  exportButton: $('export-button'),
  exportMenu: $('export-menu'),
};

const state = {
  hidden: new Set(), // labels shown without highlight
  latest: 0, // the newest annotate request; older answers are stale
  shown: null, // { text, result } currently rendered
  sentences: null, // the shown text's sentence bounds, computed when first needed
};

const client = new AnnotatorClient();
// The worker answers first with its quick core gazetteer, then swaps in the full one (with
// regions and cities): annotate again then. `data-gazetteer` tells which one the view shows.
client.onupgrade = () => {
  el.app.dataset.gazetteer = 'full';
  if (el.editor.value.trim() !== '') annotateNow();
};
const legend = createLegend(el.legend, (label, show) => {
  if (show) state.hidden.delete(label);
  else state.hidden.add(label);
  renderView();
});

// ---- annotation -------------------------------------------------------------------------

let timer = 0;
function scheduleAnnotate() {
  clearTimeout(timer);
  setState('pending');
  timer = setTimeout(annotateNow, DEBOUNCE_MS);
}

async function annotateNow() {
  clearTimeout(timer);
  const text = el.editor.value;
  saveDraft(text);
  const ticket = ++state.latest;
  if (text.trim() === '') {
    showEmpty();
    return;
  }
  setState('pending');
  try {
    const reply = await client.annotate(text);
    if (ticket !== state.latest || reply.superseded) return; // a newer edit is on its way
    const { result, ms } = reply;
    if (!result || result.offsets !== 'utf16' || !Array.isArray(result.spans)) {
      throw new Error('The annotator returned a result this page cannot read.');
    }
    hideAlert();
    state.shown = { text, result };
    state.sentences = null;
    renderAll();
    setStatus(summary(text, result, ms));
    setState('ready');
  } catch (err) {
    if (ticket !== state.latest) return;
    showError(err.message || String(err));
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

function renderAll() {
  renderView();
  const { text, result } = state.shown;
  const entities = Array.isArray(result.entities) ? result.entities : [];
  el.entities.replaceChildren(renderEntities(document, entities));
  el.entitiesCount.textContent = entities.length ? String(entities.length) : '';
  el.entitiesEmpty.hidden = entities.length > 0;
  preview.hide();
  const facts = renderFacts(document, result, text);
  el.facts.replaceChildren(facts.fragment);
  el.factsCount.textContent = facts.count ? String(facts.count) : '';
  el.factsEmpty.hidden = el.facts.childElementCount > 0;
  el.exportButton.disabled = false;
}

function renderView() {
  if (!state.shown) {
    legend.update(new Map(), state.hidden);
    return;
  }
  const { text, result } = state.shown;
  const names = new Map((result.entities ?? []).map((e) => [e.id, e.name]));
  const scroll = el.view.scrollTop;
  clearHighlights(); // their ranges point into the nodes about to be replaced
  el.view.replaceChildren(renderAnnotated(document, text, result.spans, { hidden: state.hidden, names }));
  el.view.scrollTop = scroll;
  el.view.hidden = false;
  el.viewEmpty.hidden = true;
  legend.update(countLabels(result.spans), state.hidden);
  const off = LABELS.filter((l) => state.hidden.has(l.id)).map((l) => l.plural.toLowerCase());
  el.viewNote.textContent = off.length ? `Hidden: ${off.join(', ')}` : '';
}

/** Clears every rendering of a result; `empty` shows the "nothing yet" placeholders. */
function clearResult(empty) {
  state.shown = null;
  clearHighlights();
  preview.hide();
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

// ---- going to a mention -----------------------------------------------------------------

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');

function scrollViewTo(target) {
  // Scroll only the view pane (not the whole page) so the editor keeps its place. `target` is
  // an element or a Range; a stretch taller than the pane is shown from its top.
  const view = el.view;
  // A long text's view is in chunks laid out only on screen (render.js): lay out the target's
  // chunk before measuring it.
  const node = target instanceof Range ? target.startContainer : target;
  (node.nodeType === 1 ? node : node.parentElement)?.closest('.chunk')?.classList.add('is-shown');
  const box = target.getBoundingClientRect();
  const pane = view.getBoundingClientRect();
  const room = view.clientHeight;
  const offset = box.height > room - 48 ? 24 : (room - box.height) / 2;
  const top = view.scrollTop + (box.top - pane.top) - offset;
  view.scrollTo({ top: Math.max(0, top), behavior: reducedMotion.matches ? 'auto' : 'smooth' });
  const element = target instanceof Range ? target.startContainer.parentElement : target;
  if (box.top < 0 || box.bottom > innerHeight) element?.scrollIntoView({ block: 'center' });
}

function flash(marks) {
  for (const mark of marks) {
    mark.classList.remove('is-flashing');
    void mark.offsetWidth; // restart the animation if it is already running
    mark.classList.add('is-flashing');
  }
}

function showEntity(id) {
  const marks = [...el.view.querySelectorAll('mark[data-entity]')].filter((m) => m.dataset.entity === id);
  if (!marks.length) return;
  scrollViewTo(marks[0]);
  flash(marks);
  for (const b of el.entities.querySelectorAll('button.entity')) {
    b.classList.toggle('is-selected', b.dataset.entity === id);
  }
}

// ---- going to a fact: its sentence, flashed ----------------------------------------------
//
// The sentence and the fact are lit with the CSS Custom Highlight API: ranges over the view's
// text nodes, painted by ::highlight() rules, so the view's DOM is not touched. Three
// highlights: the sentence (stays, softly), a flash over it (pulses, then goes) and the fact's
// own words (with a quote's speaker or an event's counts).

const canHighlight = Boolean(globalThis.CSS?.highlights && globalThis.Highlight);
let pulseTimer = 0;

function sentences() {
  if (!state.sentences && state.shown) {
    state.sentences = sentenceBounds(state.shown.text, state.shown.result.sentences);
  }
  return state.sentences ?? [];
}

function viewRange(start, end) {
  const from = locate(el.view, start);
  const to = locate(el.view, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** The stretches a fact button points at: its own, then its `data-extra` ones. */
function stretchesOf(button) {
  const own = { start: Number(button.dataset.start), end: Number(button.dataset.end) };
  const extra = (button.dataset.extra ?? '').split(' ').filter(Boolean).map((pair) => {
    const [start, end] = pair.split('-').map(Number);
    return { start, end };
  });
  return [own, ...extra].filter((r) => Number.isInteger(r.start) && Number.isInteger(r.end) && r.end > r.start);
}

function showFact(button) {
  if (!state.shown) return;
  const [own, ...extra] = stretchesOf(button);
  if (!own) return;
  const sentence = sentenceAround(sentences(), own.start, own.end);
  const whole = viewRange(sentence.start, sentence.end);
  const parts = [own, ...extra].map((r) => viewRange(r.start, r.end)).filter(Boolean);
  if (!whole) return;
  if (canHighlight) {
    const lit = (name, ranges, priority) => {
      const highlight = new Highlight(...ranges);
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
    };
    lit('sentence', [whole], 0);
    lit('fact', parts, 2);
    clearInterval(pulseTimer);
    // Three pulses; with reduced motion, one steady flash instead.
    let left = reducedMotion.matches ? 1 : 6;
    lit('sentence-flash', [whole], 1);
    pulseTimer = setInterval(() => {
      left -= 1;
      if (left <= 0) {
        clearInterval(pulseTimer);
        CSS.highlights.delete('sentence-flash');
      } else if (CSS.highlights.has('sentence-flash')) {
        CSS.highlights.delete('sentence-flash');
      } else {
        lit('sentence-flash', [whole], 1);
      }
    }, reducedMotion.matches ? 1600 : 260);
  } else {
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(whole);
  }
  el.view.dataset.sentence = `${sentence.start}-${sentence.end}`;
  scrollViewTo(whole);
  for (const b of el.facts.querySelectorAll('button.fact.is-selected')) b.classList.remove('is-selected');
  button.classList.add('is-selected');
}

function clearHighlights() {
  clearInterval(pulseTimer);
  delete el.view.dataset.sentence;
  if (canHighlight) for (const name of ['sentence', 'sentence-flash', 'fact']) CSS.highlights.delete(name);
}

/** The hover preview's content: the item's sentence and where the item sits in it. */
function sentenceOf(button) {
  if (!state.shown) return null;
  const [own] = stretchesOf(button);
  if (!own) return null;
  const { start, end } = sentenceAround(sentences(), own.start, own.end);
  return { text: state.shown.text.slice(start, end), focusStart: own.start - start, focusEnd: own.end - start };
}

const preview = createPreview(el.facts, sentenceOf);
createExportMenu({ list: $('export-list'), status: $('export-status') }, () => state.shown);

// ---- side panel tabs (WAI-ARIA tabs: arrows move between tabs, the panel follows) -------

const tabs = [$('tab-entities'), $('tab-facts')];

function selectTab(tab, focus = false) {
  for (const t of tabs) {
    const selected = t === tab;
    t.setAttribute('aria-selected', String(selected));
    t.tabIndex = selected ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
}

for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const i = tabs.indexOf(tab);
    const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], true);
  });
}

el.entities.addEventListener('click', (event) => {
  const button = event.target.closest('button.entity');
  if (button) showEntity(button.dataset.entity);
});

el.facts.addEventListener('click', (event) => {
  const button = event.target.closest('button.fact[data-start]');
  if (button) showFact(button);
});

el.view.addEventListener('click', (event) => {
  const mark = event.target.closest('mark[data-entity]');
  if (mark && getSelection().isCollapsed) {
    showEntity(mark.dataset.entity);
    const button = [...el.entities.querySelectorAll('button.entity')].find((b) => b.dataset.entity === mark.dataset.entity);
    button?.scrollIntoView({ block: 'nearest' });
  }
});

el.view.addEventListener('animationend', (event) => {
  event.target.classList?.remove('is-flashing');
});

// ---- editor -----------------------------------------------------------------------------

el.editor.addEventListener('input', scheduleAnnotate);

function setText(text) {
  el.editor.value = text;
  annotateNow();
}

$('load-sample').addEventListener('click', () => setText(SAMPLE));
$('empty-sample').addEventListener('click', () => setText(SAMPLE));
$('clear-text').addEventListener('click', () => {
  setText('');
  el.editor.focus();
});

function saveDraft(text) {
  try {
    if (text === SAMPLE) localStorage.removeItem(DRAFT_KEY);
    else localStorage.setItem(DRAFT_KEY, text);
  } catch {
    // Storage full (a huge paste) or disabled: forget the older draft rather than restore it.
    try {
      localStorage.removeItem(DRAFT_KEY);
    } catch {
      // Storage disabled: nothing is kept.
    }
  }
}

function loadDraft() {
  try {
    return localStorage.getItem(DRAFT_KEY);
  } catch {
    return null;
  }
}

// ---- custom dictionary ------------------------------------------------------------------

async function applyDictionary(tsv) {
  el.dictApply.disabled = true;
  el.dictReset.disabled = true;
  el.dictStatus.textContent = 'Building…';
  el.dictStatus.className = 'dictionary-status';
  try {
    const reply = await client.setDictionary(tsv);
    el.dictStatus.textContent = tsv.trim()
      ? `Applied (${Math.round(reply.ms)} ms).`
      : 'Using the built-in dictionary.';
    el.dictStatus.classList.add('is-ok');
    hideAlert();
    annotateNow();
  } catch (err) {
    el.dictStatus.textContent = 'Not applied — see the message above.';
    el.dictStatus.classList.add('is-error');
    showAlert(`Custom dictionary not applied: ${err.message || err}`);
  } finally {
    el.dictApply.disabled = false;
    el.dictReset.disabled = false;
  }
}

el.dictApply.addEventListener('click', () => applyDictionary(el.dictText.value));
el.dictReset.addEventListener('click', () => {
  el.dictText.value = '';
  applyDictionary('');
});

// ---- start ------------------------------------------------------------------------------

function start() {
  const sheet = document.getElementById('app-styles').sheet;
  installLabelColours(sheet);
  const draft = loadDraft();
  el.editor.value = draft ?? SAMPLE;
  legend.update(new Map(), state.hidden);
  annotateNow();
}

const styles = document.getElementById('app-styles');
if (styles.sheet) start();
else styles.addEventListener('load', start, { once: true });
