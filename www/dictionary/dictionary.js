// The user's dictionary as the page's state: its entries, kept on the device, applied to the
// annotator in the worker, with undo and redo for every change (a correction in the text, an
// edit in the table, an import). Views (manager.js, correct/) call its methods and re-render
// on `onChange`.
//
// It also keeps the colours of the user's custom labels. A colour is a preference about how a
// label looks, like the theme, so it is kept and exported with the dictionary but stays out of
// the undo history: undoing the entry that brought a label in leaves the label on offer.

import { toCore, sameEntry } from './entries.js';
import { LABELS, defaultColour } from '../labels.js';

const KEY = 'dictionary';
const COLOURS_KEY = 'label-colours';
const HISTORY = 100;

/**
 * @param {object} deps
 * @param {Promise<{get, set}>} deps.store the device store
 * @param {{setDictionary(tsv: string, notNames: string[][]): Promise}} deps.client the worker bridge
 * @param {(what: string, applied: boolean) => void} deps.onChange after every change, once
 *   applied (`applied` false: a refused change was taken back; the annotator is as it was)
 * @param {(message: string) => void} deps.onProblem a change could not be applied or kept
 */
export function createDictionary({ store, client, onChange, onProblem }) {
  let entries = [];
  let colours = {}; // custom label id → '#rrggbb' as the user picked it
  const past = [];
  const future = [];
  let applying = Promise.resolve();

  /**
   * Gives the entries to the worker. If the core refuses them, `before` (the entries as they
   * were) comes back, kept and applied, so a refused change never leaves the saved dictionary
   * and the annotator disagreeing.
   */
  async function apply(what, before = null) {
    const { tsv, notNames } = toCore(entries);
    const mine = entries;
    // Changes are applied in order: a fast second correction waits for the first rebuild.
    applying = applying.then(() => client.setDictionary(tsv, notNames)).then(
      () => onChange(what),
      (err) => {
        onProblem(`The dictionary could not be applied (${err.message || err}); it is as it was.`);
        if (before && entries === mine) {
          entries = before;
          past.pop();
          persist();
          onChange('Not applied', false);
        }
      },
    );
    return applying;
  }

  async function persist() {
    try {
      await (await store).set(KEY, entries);
    } catch (err) {
      onProblem(`Your dictionary could not be kept on this device (${err.message}); it works until you reload.`);
    }
  }

  function commit(next, what) {
    const before = entries;
    past.push(before);
    if (past.length > HISTORY) past.shift();
    future.length = 0;
    entries = next;
    persist();
    return apply(what, before);
  }

  return {
    /** The entries, newest last. Do not mutate: change them through the methods. */
    get entries() {
      return entries;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },

    /**
     * Every custom label, with its colour: those the user coloured, and those an entry names
     * without a colour (an imported TSV), which get a colour from their name.
     * @returns {Record<string, string>}
     */
    get labelColours() {
      const out = { ...colours };
      for (const e of entries) {
        if (!(e.label in out) && !LABELS.some((l) => l.id === e.label)) out[e.label] = defaultColour(e.label);
      }
      return out;
    },

    /**
     * Sets the colours of custom labels (`{ id: '#rrggbb' }`, read from a file or picked) and keeps
     * them; with `entry`, adds it too (a new label with its first name), as one change.
     */
    async setColours(picked, entry = null, what = 'Label colour changed') {
      colours = { ...colours, ...picked };
      try {
        await (await store).set(COLOURS_KEY, colours);
      } catch (err) {
        onProblem(`Your label colours could not be kept on this device (${err.message}); they last until you reload.`);
      }
      if (entry) return this.add(entry, what);
      onChange(what);
      return undefined;
    },

    /** Reads the kept dictionary and applies it (if it has entries). */
    async load() {
      try {
        const kept = await (await store).get(KEY);
        if (Array.isArray(kept)) entries = kept;
        const keptColours = await (await store).get(COLOURS_KEY);
        if (keptColours && typeof keptColours === 'object') colours = keptColours;
      } catch (err) {
        onProblem(`Your saved dictionary could not be read (${err.message}).`);
      }
      if (entries.length) await apply('loaded');
      else onChange('loaded');
    },

    /** Adds `entry`, replacing an entry for the same label, kind and name. */
    add(entry, what = `Added “${entry.name}”`) {
      return commit([...entries.filter((e) => !sameEntry(e, entry)), entry], what);
    },

    /** Adds several entries (an import), each replacing an entry for the same name. */
    addAll(list, what) {
      const kept = entries.filter((e) => !list.some((n) => sameEntry(e, n)));
      return commit([...kept, ...list], what);
    },

    /** Replaces the entry at `index`. */
    update(index, entry, what = `Changed “${entry.name}”`) {
      const next = entries.filter((e, i) => i !== index && !sameEntry(e, entry));
      next.splice(Math.min(index, next.length), 0, entry);
      return commit(next, what);
    },

    remove(index, what = `Deleted “${entries[index]?.name}”`) {
      return commit(entries.filter((_, i) => i !== index), what);
    },

    clear() {
      return commit([], 'Dictionary emptied');
    },

    undo() {
      if (!past.length) return Promise.resolve();
      future.push(entries);
      entries = past.pop();
      persist();
      return apply('Undone');
    },

    redo() {
      if (!future.length) return Promise.resolve();
      past.push(entries);
      entries = future.pop();
      persist();
      return apply('Redone');
    },
  };
}
