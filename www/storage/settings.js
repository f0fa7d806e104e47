// The page's small choices kept on the device with the draft: hidden legend labels, the chosen
// side tab, the theme. One object under one key; a failed write only loses the choice.

const KEY = 'settings';

/** @param {Promise<{get, set}>} store the device store */
export async function loadSettings(store) {
  let values = {};
  try {
    const kept = await (await store).get(KEY);
    if (kept && typeof kept === 'object') values = kept;
  } catch {
    // No storage: defaults, and choices last as long as the tab.
  }
  return {
    get: (name) => values[name],
    set(name, value) {
      values = { ...values, [name]: value };
      store.then((s) => s.set(KEY, values)).catch(() => {});
    },
  };
}
