// Trusted Types: the page runs with `require-trusted-types-for 'script'` in its CSP, so no
// string reaches an HTML or script sink. The page needs two script URLs and nothing else: the
// annotation worker and the offline service worker. This one policy (`annotator-scripts`, the
// only one the CSP allows) admits exactly those two URLs of this origin and refuses any other.
// The CSP allows the name once per page, so the policy is kept on the global object: the page's
// bundle and a copy of this module imported on its own (as some browser tests do) share it.

import { SERVICE_WORKER_URL, WORKER_URL } from './urls.js';

const ALLOWED = [WORKER_URL, SERVICE_WORKER_URL];
const POLICY = Symbol.for('annotator-scripts');

/** `url` as a TrustedScriptURL if it is one of the page's two scripts; throws otherwise. */
export function scriptUrl(url) {
  if (!globalThis.trustedTypes) return String(url);
  globalThis[POLICY] ??= trustedTypes.createPolicy('annotator-scripts', {
    createScriptURL(input) {
      const asked = new URL(input, location.href);
      if (ALLOWED.some((a) => a.origin === asked.origin && a.pathname === asked.pathname)) return asked.href;
      throw new TypeError(`not one of the page's scripts: ${asked.href}`);
    },
  });
  return globalThis[POLICY].createScriptURL(String(url));
}
