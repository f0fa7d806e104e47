// One Tab stop for a long list of buttons (the entity list): the list is entered and left with
// a single Tab, and ArrowDown / ArrowUp, Home and End move between its buttons (a roving
// tabindex, as WAI-ARIA's composite widgets do). Without it, passing the entities of a long
// article took dozens of Tab presses.

/**
 * Makes the buttons matching `selector` inside `container` one Tab stop. Call `reset()` after
 * the list is re-rendered. `complete()` is called before a key moves: a list still being built
 * a slice at a time (entities.js) is finished first, so End reaches its true last button.
 */
export function createRovingList(container, selector, complete = () => {}) {
  const buttons = () => [...container.querySelectorAll(selector)];
  const current = (list) => Math.max(0, list.findIndex((b) => b.tabIndex === 0));
  function focusAt(list, index) {
    const next = list[Math.max(0, Math.min(list.length - 1, index))];
    if (!next) return;
    for (const b of list) b.tabIndex = b === next ? 0 : -1;
    next.focus();
  }
  container.addEventListener('keydown', (event) => {
    if (!event.target.matches?.(selector) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    event.preventDefault();
    complete();
    const list = buttons();
    const at = list.indexOf(event.target);
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[event.key];
    focusAt(list, to);
  });
  container.addEventListener('focusin', (event) => {
    if (!event.target.matches?.(selector)) return;
    const list = buttons();
    if (list[current(list)] !== event.target) for (const b of list) b.tabIndex = b === event.target ? 0 : -1;
  });
  return {
    reset() {
      const list = buttons();
      list.forEach((b, i) => { b.tabIndex = i === 0 ? 0 : -1; });
    },
  };
}
