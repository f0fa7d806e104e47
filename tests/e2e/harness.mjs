// Shared set-up of the browser tests: the static server (in-process, on a free loopback port),
// Debian's Chromium driven by playwright-core, and helpers that wait for the page's state.

import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { bundlePageIfStale } from '../../scripts/bundle.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = path.join(ROOT, 'test-results');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * Starts the server and a browser (playwright-core's launch gives it a fresh temporary
 * profile). Returns `{ base, server, open(options), close() }`; `open({ viewport,
 * colorScheme, hasTouch, init, route })` gives a new page in a new context (its own storage,
 * like a first visit) with console errors, CSP violations and requests recorded on `page.seen`.
 */
export async function startBrowser() {
  if (!existsSync(path.join(ROOT, 'pkg/annotator.js'))) {
    throw new Error('pkg/annotator.js is missing: run scripts/build.sh first');
  }
  await bundlePageIfStale(); // the page as its sources are now
  const { server, url } = await startStaticServer({ root: ROOT });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  await mkdir(RESULTS, { recursive: true });
  const base = `${url}www/`;
  const origin = new URL(url).origin;

  return {
    base,
    origin,
    browser,
    server,
    async open({ viewport = { width: 1280, height: 800 }, colorScheme = 'light', hasTouch = false, init, route } = {}) {
      // A routed page gets no service worker: its fetches would bypass `page.route`.
      const workers = route ? { serviceWorkers: 'block' } : {};
      const context = await browser.newContext({ viewport, colorScheme, hasTouch, locale: 'en-US', reducedMotion: 'reduce', ...workers });
      const page = await context.newPage();
      const seen = { console: [], pageErrors: [], requests: [] };
      page.seen = seen;
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') seen.console.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => seen.pageErrors.push(e.message));
      page.on('request', (r) => seen.requests.push(r.url()));
      page.on('worker', (w) => w.on('console', (m) => {
        if (m.type() === 'error') seen.console.push(`worker error: ${m.text()}`);
      }));
      // Runs before the page's own scripts (injected by the driver, so not subject to the CSP).
      await page.addInitScript(() => {
        window.__csp = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
      // `init(page)` prepares the page (init scripts) without routing, so it keeps its
      // service worker; `route(page)` intercepts requests.
      if (init) await init(page);
      if (route) await route(page);
      await page.goto(base);
      return page;
    },
    async close() {
      await browser.close();
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * A `withPage(options?, body)` for tests: opens the page in the browser `getApp()` gives, runs
 * `body(page)`, then checks the page reported no problem at all (console errors, exceptions,
 * CSP violations), and closes it.
 */
export function pageRunner(getApp) {
  return async function withPage(options, body) {
    if (typeof options === 'function') [options, body] = [{}, options];
    const page = await getApp().open(options);
    try {
      await body(page);
      assert.deepEqual(await problems(page), [], 'console errors, exceptions or CSP violations');
    } finally {
      await page.context().close();
    }
  };
}

/**
 * Starts the browser before a test file's tests and closes it after them. Returns
 * `{ withPage, app }`: `withPage` as from `pageRunner`, `app()` the running browser.
 */
export function browserSuite() {
  let app;
  before(async () => {
    app = await startBrowser();
  });
  after(async () => {
    await app?.close();
  });
  return { withPage: pageRunner(() => app), app: () => app };
}

/** A short news sentence with a place, a date, a country and a nationality. */
export const NEWS = 'Officials in Baghdad said on Monday that US and Iraqi forces had met.';

/** Waits until the page has settled: annotated, empty, or showing an error. */
export async function settled(page, states = ['ready', 'empty', 'error']) {
  // "ready" counts once the full gazetteer is in (the first answer comes from the core one).
  const selector = states
    .map((s) => `#app[data-state="${s}"]${s === 'ready' ? '[data-gazetteer="full"]' : ''}`)
    .join(', ');
  await page.waitForSelector(selector, { timeout: 20_000 });
  return page.getAttribute('#app', 'data-state');
}

/** Replaces the article text as a paste would (one input event) and waits for the result. */
export async function paste(page, text) {
  // Not before the page has put its draft or the sample in the editor: a fill selects the text,
  // then inserts, and a start in between would leave the sample in front of the pasted text.
  await page.waitForSelector('#app[data-started]', { timeout: 20_000 });
  await page.fill('#editor', text);
  // Settled, and on this text: "ready" alone could still be an earlier text's (the sample's,
  // annotated while the page started) if an answer ever outran the edit.
  await page.waitForFunction(() => {
    const state = document.getElementById('app').dataset.state;
    return state === 'empty' || state === 'error'
      || document.getElementById('view').textContent === document.getElementById('editor').value;
  }, null, { timeout: 20_000 });
  return settled(page);
}

/** The marks of the view as `{ text, label, entity, off }` (off: shown without highlight). */
export function marks(page) {
  return page.$$eval('#view mark', (ms) =>
    ms.map((m) => ({ text: m.textContent, label: m.dataset.label, entity: m.dataset.entity, off: getComputedStyle(m).backgroundColor === 'rgba(0, 0, 0, 0)' })));
}

/** Problems the page reported: console errors, uncaught exceptions, CSP violations. */
export async function problems(page) {
  const csp = await page.evaluate(() => window.__csp ?? []);
  return [...page.seen.console, ...page.seen.pageErrors, ...csp.map((v) => `CSP violation: ${v}`)];
}

/**
 * Clicks `selector` and saves the download it starts into `dir` under its suggested name (a
 * file:// page is read by its extension). Returns `{ name, file, text }`.
 */
export async function downloadFrom(page, selector, dir) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file, text: await readFile(file, 'utf8') };
}

/** Selects the `nth` occurrence of `words` in the view, as a mouse drag would, and lifts the pointer. */
export async function selectInView(page, words, nth = 0) {
  await page.evaluate(([words, nth]) => {
    const view = document.getElementById('view');
    const walker = document.createTreeWalker(view, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let at = node.data.indexOf(words);
      while (at >= 0) {
        if (seen++ === nth) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + words.length);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          view.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
          return;
        }
        at = node.data.indexOf(words, at + 1);
      }
    }
    throw new Error(`“${words}” is not in the view`);
  }, [words, nth]);
  await page.waitForSelector('#correct-menu:popover-open');
}

/**
 * A value the page keeps in IndexedDB (what a reload will find), or null; with `lengthOnly`,
 * its length (a multi-megabyte draft stays in the page).
 */
export function kept(page, key, lengthOnly = false) {
  return page.evaluate(([key, lengthOnly]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('article-annotator');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const get = open.result.transaction('values').objectStore('values').get(key);
      open.result.close(); // once the read is done, so the test's connection holds nothing up
      get.onsuccess = () => resolve((lengthOnly ? get.result?.length : get.result) ?? null);
      get.onerror = () => reject(get.error);
    };
  }), [key, lengthOnly]);
}

/** Polls `check` until it holds (the page writes to IndexedDB in the background). */
export async function until(check, timeout = 20_000) {
  for (const end = Date.now() + timeout; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    if (await check()) return;
  }
  throw new Error(`not so after ${timeout} ms: ${check}`);
}
