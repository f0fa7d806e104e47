// WAI-ARIA tabs: arrows, Home and End move between the tabs of a tablist and select them;
// each tab's panel is shown by `show(panel, selected)`. Used for the side panel (entities,
// facts) and for the narrow-screen tabs that show one pane at a time.

/**
 * @param {HTMLElement[]} tabs the `role="tab"` buttons, each with `aria-controls`
 * @param {object} [options]
 * @param {(panel: HTMLElement, selected: boolean) => void} [options.show] shows or hides a
 *   panel (default: its `hidden` attribute)
 * @param {(tab: HTMLElement) => void} [options.onSelect] after a tab is chosen by the user
 * @returns {{select(tab: HTMLElement, focus?: boolean): void, selected(): HTMLElement}}
 */
export function createTabs(tabs, { show = (panel, selected) => { panel.hidden = !selected; }, onSelect = () => {} } = {}) {
  const doc = tabs[0].ownerDocument;
  function select(tab, focus = false) {
    for (const t of tabs) {
      const selected = t === tab;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
      show(doc.getElementById(t.getAttribute('aria-controls')), selected);
    }
    if (focus) tab.focus();
  }
  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      select(tab);
      onSelect(tab);
    });
    tab.addEventListener('keydown', (event) => {
      const i = tabs.indexOf(tab);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[event.key];
      if (next === undefined) return;
      event.preventDefault();
      const chosen = tabs[(next + tabs.length) % tabs.length];
      select(chosen, true);
      onSelect(chosen);
    });
  }
  return {
    select,
    selected: () => tabs.find((t) => t.getAttribute('aria-selected') === 'true') ?? tabs[0],
  };
}
