// Keyboard reach of the highlights: with the annotated view focused, N (or J) moves to the next
// highlight and P (or K) to the previous one, Home and End to the first and last; Enter or
// Space on a highlight opens its corrections, Escape goes back to the view. Marks are focused
// one at a time (tabindex -1), so Tab still passes the whole view in one press.

import { isHidden } from '../view/rules.js';

const NEXT = new Set(['n', 'j']);
const PREVIOUS = new Set(['p', 'k']);

/**
 * @param {HTMLElement} view the annotated view
 * @param {{open(mark: HTMLElement): void, announce(text: string): void, finish(): void}} actions
 *   `finish` gives every chunk of a long text its marks (view/progressive.js) before a move
 */
export function createMentionKeys(view, actions) {
  view.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    const mark = event.target.closest?.('mark.ent');
    if ((key === 'Enter' || key === ' ') && mark) {
      event.preventDefault();
      actions.open(mark);
      return;
    }
    if (key === 'Escape' && mark) {
      event.preventDefault();
      view.focus();
      return;
    }
    if (!NEXT.has(key) && !PREVIOUS.has(key) && key !== 'Home' && key !== 'End') return;
    actions.finish();
    const marks = [...view.querySelectorAll('mark.ent')].filter((m) => !isHidden(view, m.dataset.label));
    if (!marks.length) return;
    let index;
    if (NEXT.has(key)) index = mark ? marks.indexOf(mark) + 1 : firstInSight(view, marks);
    else if (PREVIOUS.has(key)) index = mark ? marks.indexOf(mark) - 1 : firstInSight(view, marks) - 1;
    else if (key === 'Home' && mark) index = 0;
    else if (key === 'End' && mark) index = marks.length - 1;
    else return;
    event.preventDefault();
    if (index < 0 || index >= marks.length) {
      actions.announce(index < 0 ? 'No earlier highlight.' : 'No later highlight.');
      return;
    }
    focusMark(marks[index]);
    actions.announce(`${index + 1} of ${marks.length}`);
  });

  view.addEventListener('focusout', (event) => {
    if (event.target.matches?.('mark.ent')) event.target.removeAttribute('tabindex');
  });
}

/** Focuses a highlight, laying out its chunk first (render.js) and scrolling it into view. */
export function focusMark(mark) {
  mark.closest('.chunk')?.classList.add('is-shown');
  mark.tabIndex = -1;
  mark.focus({ preventScroll: true });
  mark.scrollIntoView({ block: 'nearest' });
}

/** The first highlight at or below the top of the view's scrolled-to region. */
function firstInSight(view, marks) {
  const top = view.getBoundingClientRect().top;
  const i = marks.findIndex((m) => m.getBoundingClientRect().bottom >= top);
  return i < 0 ? marks.length : i;
}
