// Trusted Types: the page runs with `require-trusted-types-for 'script'` in its CSP, so no
// string reaches an HTML or script sink. The page needs two script URLs and nothing else: the
// annotation worker and the offline service worker. This one policy (`annotator-scripts`, the
// only one the CSP allows) admits exactly those two URLs of this origin and refuses any other.

const ALLOWED = [new URL('./annotator/worker.js', import.meta.url), new URL('./sw.js', import.meta.url)];
let policy = null;

/** `url` as a TrustedScriptURL if it is one of the page's two scripts; throws otherwise. */
export function scriptUrl(url) {
  if (!globalThis.trustedTypes) return String(url);
  policy ??= trustedTypes.createPolicy('annotator-scripts', {
    createScriptURL(input) {
      const asked = new URL(input, location.href);
      if (ALLOWED.some((a) => a.origin === asked.origin && a.pathname === asked.pathname)) return asked.href;
      throw new TypeError(`not one of the page's scripts: ${asked.href}`);
    },
  });
  return policy.createScriptURL(String(url));
}
