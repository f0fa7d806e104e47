// What the page keeps on the device: one IndexedDB object store of named values (the draft,
// the previous draft, the user's dictionary, the legend and tab choices).
//
// IndexedDB rather than localStorage: localStorage holds about 5 M characters per origin and
// a larger draft simply fails to save; IndexedDB takes the 16 MB the annotator accepts (and
// far more) and stores strings and plain objects without a JSON round trip. Nothing here
// leaves the browser.

const DB_NAME = 'article-annotator';
const STORE = 'values';

/**
 * Opens the device store. Resolves to `{ get(key), set(key, value), remove(key) }`, each a
 * promise that rejects with an Error whose message a person can read (storage disabled, full,
 * or blocked by the browser's privacy settings).
 */
export async function openDeviceStore() {
  const db = await new Promise((resolve, reject) => {
    let request;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch (err) {
      reject(readable(err));
      return;
    }
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(readable(request.error));
    request.onblocked = () => reject(new Error('the page is open in another tab with an older version'));
  });
  const run = (mode, act) => new Promise((resolve, reject) => {
    let tx;
    try {
      tx = db.transaction(STORE, mode);
    } catch (err) {
      reject(readable(err));
      return;
    }
    let request;
    try {
      request = act(tx.objectStore(STORE));
    } catch (err) {
      reject(readable(err));
      return;
    }
    // A write is done when its transaction commits, not when the request succeeds: a quota
    // error can still abort it after that.
    tx.oncomplete = () => resolve(request.result);
    tx.onabort = () => reject(readable(tx.error ?? request.error));
    tx.onerror = () => {};
  });
  return {
    get: (key) => run('readonly', (s) => s.get(key)),
    set: (key, value) => run('readwrite', (s) => s.put(value, key)).then(() => undefined),
    remove: (key) => run('readwrite', (s) => s.delete(key)).then(() => undefined),
  };
}

function readable(err) {
  if (err?.name === 'QuotaExceededError') return new Error('the browser’s storage for this page is full');
  return new Error(err?.message || String(err || 'storage is not available'));
}
