// Going to a mention or a fact in the annotated view: scroll the view pane to it and light it.
//
// An entity's marks flash. A fact lights its sentence and its own words with the CSS Custom
// Highlight API: ranges over the view's text nodes, painted by ::highlight() rules, so the
// view's DOM is not touched. Three highlights: the sentence (stays, softly), a flash over it
// (pulses, then goes) and the fact's own words (with a quote's speaker or an event's counts).

import { locate } from '../view/render.js';
import { sentenceBounds, sentenceAround } from '../facts/sentences.js';

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const canHighlight = Boolean(globalThis.CSS?.highlights && globalThis.Highlight);

/**
 * @param {{view: HTMLElement, entities: HTMLElement, facts: HTMLElement}} el
 * @param {() => ({text: string, result: object} | null)} current what the view shows
 * @param {{flash: {flash(entity: string): void, stopFlash(): void},
 *   ensure(start: number, end: number): void}} view the view's rules (view/rules.js) and its
 *   filling (view/progressive.js): `ensure` gives a stretch its marks before it is gone to
 */
export function createGoto(el, current, view) {
  let pulseTimer = 0;
  let bounds = null; // the shown text's sentence bounds, computed when first needed
  let boundsOf = null;

  function sentences() {
    const shown = current();
    if (!shown) return [];
    if (boundsOf !== shown) {
      bounds = sentenceBounds(shown.text, shown.result.sentences);
      boundsOf = shown;
    }
    return bounds;
  }

  function scrollViewTo(target) {
    // Scroll only the view pane (not the whole page) so the editor keeps its place. `target`
    // is an element or a Range; a stretch taller than the pane is shown from its top.
    const view = el.view;
    // A long text's view is in chunks laid out only on screen (render.js): lay out the
    // target's chunk before measuring it.
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

  function viewRange(start, end) {
    view.ensure(start, end);
    const from = locate(el.view, start);
    const to = locate(el.view, end);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  // No per-mark work: one query for the first mention, one rule flashes them all, and only the
  // buttons whose selection changes are touched. (Walking a megabyte's marks to restart an
  // animation on each forced a layout per mark: seconds.)
  function showEntity(id) {
    const button = el.entities.querySelector(`button.entity[data-entity="${CSS.escape(id)}"]`);
    const first = Number(button?.dataset.first);
    const selector = `mark[data-entity="${CSS.escape(id)}"]`;
    if (Number.isInteger(first)) view.ensure(first, first);
    // (A first mention nested in another name has no mark of its own: then fill on to one.)
    if (!el.view.querySelector(selector)) view.ensure(0, Infinity);
    const mark = el.view.querySelector(selector);
    if (!mark) return;
    scrollViewTo(mark);
    view.flash.flash(id);
    for (const b of el.entities.querySelectorAll('button.entity.is-selected')) b.classList.remove('is-selected');
    button?.classList.add('is-selected');
  }

  function showFact(button) {
    if (!current()) return;
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

  function clear() {
    clearInterval(pulseTimer);
    view.flash.stopFlash();
    delete el.view.dataset.sentence;
    if (canHighlight) for (const name of ['sentence', 'sentence-flash', 'fact']) CSS.highlights.delete(name);
  }

  /** The hover preview's content: the item's sentence and where the item sits in it. */
  function sentenceOf(button) {
    const shown = current();
    if (!shown) return null;
    const [own] = stretchesOf(button);
    if (!own) return null;
    const { start, end } = sentenceAround(sentences(), own.start, own.end);
    return { text: shown.text.slice(start, end), focusStart: own.start - start, focusEnd: own.end - start };
  }

  return { showEntity, showFact, clear, sentenceOf };
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
