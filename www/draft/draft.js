// The draft: the article in the editor, kept on the device so a reload or a crash loses
// nothing, and the previous article, kept when Sample, Clear or an opened file replaces it
// until the user restores or dismisses it.
//
// Writes are queued, one at a time, the newest text winning: typing fast into a megabyte draft
// writes it a few times, not once per key. A failed write never removes what was kept before;
// it is reported through `onProblem` so the page can say so.

const DRAFT = 'draft';
const PREVIOUS = 'previous';
/** Where drafts lived before IndexedDB; read once, then moved. */
const LEGACY_KEY = 'article-annotator:draft';

/**
 * @param {Promise<{get, set, remove}>} store the device store (storage/device.js)
 * @param {(message: string|null) => void} onProblem told why a draft could not be kept, or
 *   `null` once a later write succeeds
 */
export function createDrafts(store, onProblem) {
  let queued = null; // the newest text waiting to be written
  let writing = null;

  async function flush() {
    while (queued !== null) {
      const text = queued;
      queued = null;
      try {
        await (await store).set(DRAFT, text);
        onProblem(null);
      } catch (err) {
        onProblem(`Your article could not be kept on this device (${err.message}). The previous copy is kept; copy or export this one before you close the page.`);
      }
    }
    writing = null;
  }

  return {
    /** The kept draft (null if none) and the previous article (`{text, reason}` or null). */
    async load() {
      let db;
      try {
        db = await store;
      } catch (err) {
        onProblem(`Drafts cannot be kept on this device (${err.message}): your text lives only in this tab.`);
        return { text: legacy(), previous: null };
      }
      let text = await db.get(DRAFT).catch(() => undefined);
      if (typeof text !== 'string') {
        text = legacy();
        if (text !== null) {
          await db.set(DRAFT, text).then(() => localStorage.removeItem(LEGACY_KEY)).catch(() => {});
        }
      }
      const previous = await db.get(PREVIOUS).catch(() => undefined);
      return { text: text ?? null, previous: previous?.text ? previous : null };
    },

    /** Keeps `text` as the draft (queued; resolves once written or reported). */
    save(text) {
      queued = text;
      writing ??= flush();
      return writing;
    },

    /** Keeps the article that is being replaced, with why ('cleared', 'replaced'…). */
    async keepPrevious(text, reason) {
      try {
        await (await store).set(PREVIOUS, { text, reason, at: Date.now() });
      } catch (err) {
        onProblem(`The replaced article could not be kept on this device (${err.message}); Undo works until you reload.`);
      }
    },

    /** Forgets the previous article (restored or dismissed). */
    async dropPrevious() {
      await (await store).remove(PREVIOUS).catch(() => {});
    },
  };
}

function legacy() {
  try {
    return localStorage.getItem(LEGACY_KEY);
  } catch {
    return null;
  }
}
