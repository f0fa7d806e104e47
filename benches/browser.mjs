// Browser benchmark, in Debian's headless Chromium: the page's budgets of issue 9 as one table
// (each figure the median of at least 5 runs), the WASM core's throughput, and, for comparison,
// compromise (the NLP library people use for this in the browser) in the same JavaScript engine.
//
//   npm run bench:browser            (after scripts/build.sh)
//   node benches/browser.mjs --runs 9 --json FILE
//
// Prints tables and writes every figure and every run as JSON (default
// target/bench/browser.json). These are measurements, not tests: nothing here passes or fails.
// The machine is noisy; compare figures of one run, and ratios rather than absolute times.
//
// How each figure is taken:
// - paste: the page's textarea gets the text and one `input` event (what a paste does); the
//   clock runs from just before the insert. "Highlights painted" stops it at the end of the
//   first frame in which the view holds the new text's highlights (its content replaced, a
//   mark in it: looked at as each frame starts, and a timer set then runs once the frame is
//   painted); "everything shown" at
//   the end of the frame after `#app` says `ready` (the side panel built too, its long lists
//   started); "all built" once the view's chunks and the side panel's lists are complete.
// - entity click / legend toggle: a click on the entity with the most mentions / the chip of
//   the label with the most highlights, until the next frame (their work is synchronous).
// - longest task: the longest main-thread task (PerformanceObserver 'longtask') after the
//   browser's own insert (from the end of the first frame after it, which lays out the new text
//   in the textarea, as a bare textarea would) until everything is built ("all built").
// - cold load: a fresh browser context (empty cache, no service worker) to the first frame that
//   shows a highlight, from navigation start; transfer: bytes the server wrote (headers and
//   bodies, compressed as sent) until the page and its workers went quiet.
// - reload: the same context reloaded, bytes written until quiet.
// - cold load, step by step: when the annotation worker started, had the WASM module
//   instantiated, the core gazetteer built and warmed up, the first answer sent, the place tier
//   fetched and the full gazetteer built (its performance.mark()s, on the page's clock), and
//   when the page first asked (client.js's mark), from navigation start, in order of time.

import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../scripts/static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Without the build, the page would wait a minute for an annotator that never comes.
for (const built of ['pkg/annotator_bg.wasm', 'pkg/page.js']) {
  if (!existsSync(path.join(ROOT, built))) {
    console.error(`bench:browser: ${built} is missing; build the app first: bash scripts/build.sh`);
    process.exit(2);
  }
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const RUNS = Math.max(5, Number(arg('runs', 5)));
const JSON_OUT = path.resolve(arg('json', path.join(ROOT, 'target/bench/browser.json')));
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * About `chars` UTF-16 units of news from the invented templates of benches/news.txt, in the
 * fixed order benches/annotate.rs uses (xorshift32 from seed 1; five sentences a paragraph).
 */
export function news(source, chars) {
  const templates = [];
  const lists = new Map();
  const lines = source.split('\n').filter((l) => l && !l.startsWith('#'));
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('=')) lists.set(lines[i].slice(1), lines[++i].split('|'));
    else templates.push(lines[i]);
  }
  let state = 1;
  const pick = (n) => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state % n;
  };
  let text = '';
  let sentences = 0;
  while (text.length < chars) {
    const template = templates[pick(templates.length)];
    text += template.replace(/\{(\w+)\}/g, (_, slot) => {
      const values = lists.get(slot);
      return values[pick(values.length)];
    });
    sentences += 1;
    text += sentences % 5 === 0 ? '\n\n' : ' ';
  }
  return text;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const SOURCE = await readFile(path.join(ROOT, 'benches/news.txt'), 'utf8');
const SMALL = news(SOURCE, 4_000);
const BIG = news(SOURCE, 1_000_000);

// Counts what the server writes to its sockets, to measure transfer as sent.
const { server, url } = await startStaticServer({ root: ROOT });
const sockets = new Set();
server.on('connection', (s) => sockets.add(s));
const written = () => [...sockets].reduce((n, s) => n + s.bytesWritten, 0);
async function quiet(ms = 600) {
  let last = -1;
  while (written() !== last) {
    last = written();
    await new Promise((r) => setTimeout(r, ms));
  }
  return last;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ARGS,
});
const base = `${url}www/`;
const results = { date: new Date().toISOString(), runs: RUNS, chars: { small: SMALL.length, big: BIG.length }, budgets: {}, wasm: {} };

// In the page before its scripts: the frame that first shows a highlight, and long tasks.
function instrument() {
  window.__bench = { firstMark: null, longTasks: [] };
  const look = () => {
    if (document.querySelector('#view mark')) window.__bench.firstMark = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
}

/** Runs `action` in the page and times it to the next frame after `done` (see the header). */
function timeInPage(page, action, arg) {
  return page.evaluate(async ({ action, arg }) => {
    const app = document.getElementById('app');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const ready = () => new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (app.dataset.state === 'ready') { observer.disconnect(); resolve(); }
      });
      observer.observe(app, { attributes: true, attributeFilter: ['data-state'] });
    });
    const view = document.getElementById('view');
    await frame();
    const t0 = performance.now();
    let wait = null;
    let old = null;
    let inserted = t0; // after the frame that lays out the browser's own insert
    let painted = null;
    if (action === 'paste') {
      wait = ready();
      old = view.firstChild;
      const editor = document.getElementById('editor');
      editor.value = arg;
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      await frame();
      inserted = performance.now();
      // The view's content is a new text's once view/progressive.js has replaced it, with a
      // mark in it. Already so: that frame painted the highlights. Else it is looked at the
      // start of every frame, before the page's own frame callbacks run; once it is so, this
      // frame paints the highlights, and a timer set now runs after it has (ahead of any task
      // the page queues from its own frame callbacks).
      const shown = () => view.firstChild !== old && view.querySelector('mark') !== null;
      painted = shown() ? Promise.resolve(inserted) : new Promise((resolve) => {
        const look = () => {
          if (shown()) setTimeout(() => resolve(performance.now()), 0);
          else requestAnimationFrame(look);
        };
        requestAnimationFrame(look);
      });
    } else {
      document.querySelector(arg).click();
    }
    await wait;
    await frame();
    const ms = performance.now() - t0;
    // A long text gets its marks chunk by chunk after it is painted (www/view/progressive.js),
    // and its side panel's lists a slice at a time: wait for the last, so their tasks count too.
    while (document.querySelector('#view[data-filling], #entities[data-filling], #facts[data-filling]')) await frame();
    const filled = performance.now() - t0;
    await frame();
    const longest = Math.max(0, ...window.__bench.longTasks.filter(([s]) => s >= inserted).map(([, d]) => d));
    return { ms, painted: painted && (await painted) - t0, filled, longest };
  }, { action, arg });
}

try {
  // ---- cold load and reload ------------------------------------------------------------
  const cold = { ms: [], bytes: [], reloadBytes: [], steps: {} };
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(instrument);
    const worker = new Promise((resolve) => page.once('worker', resolve));
    await quiet(200);
    const before = written();
    await page.goto(base);
    await page.waitForSelector('#app[data-state="ready"][data-gazetteer="full"]', { timeout: 60_000 });
    cold.ms.push(await page.evaluate(() => window.__bench.firstMark));
    const pageOrigin = await page.evaluate(() => performance.timeOrigin);
    const marks = await (await worker).evaluate(() => ({
      origin: performance.timeOrigin,
      marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]),
    }));
    const pageMarks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    const step = (name, at) => {
      if (!name.startsWith('annotator:') || cold.steps[name]?.length > i) return; // the first of each
      (cold.steps[name] ??= []).push(at);
    };
    step('annotator:worker started', marks.origin - pageOrigin);
    for (const [name, at] of marks.marks) step(name, marks.origin - pageOrigin + at);
    for (const [name, at] of pageMarks) step(name, at);
    cold.bytes.push((await quiet()) - before);
    const beforeReload = written();
    await page.reload();
    await page.waitForSelector('#app[data-state="ready"][data-gazetteer="full"]', { timeout: 60_000 });
    cold.reloadBytes.push((await quiet()) - beforeReload);
    await context.close();
  }

  // ---- pastes, entity click, legend toggle ---------------------------------------------
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  await page.goto(base);
  await page.waitForSelector('#app[data-state="ready"][data-gazetteer="full"]', { timeout: 60_000 });
  const small = [];
  const big = [];
  const click = [];
  const toggle = [];
  let mentions = 0;
  let label = '';
  for (let i = 0; i < RUNS; i++) {
    // Each text differs from the one before (a run number), so every paste is a change.
    small.push(await timeInPage(page, 'paste', `${SMALL}\n${i}`));
    big.push(await timeInPage(page, 'paste', `${BIG}\n${i}`));
    const target = await page.evaluate(() => {
      const count = (attr) => {
        const n = new Map();
        for (const m of document.querySelectorAll(`#view mark[data-${attr}]`)) n.set(m.dataset[attr], (n.get(m.dataset[attr]) ?? 0) + 1);
        return [...n].sort((a, b) => b[1] - a[1])[0];
      };
      const [entity, mentions] = count('entity');
      const [label] = count('label');
      return { entity, mentions, label };
    });
    mentions = target.mentions;
    label = target.label;
    click.push(await timeInPage(page, 'click', `#entities button.entity[data-entity="${target.entity}"]`));
    toggle.push(await timeInPage(page, 'click', `#legend button[data-label="${target.label}"]`));
    toggle.push(await timeInPage(page, 'click', `#legend button[data-label="${target.label}"]`));
  }
  await context.close();

  const row = (what, runs, unit, budget) => ({ what, median: median(runs), min: Math.min(...runs), max: Math.max(...runs), unit, budget, runs });
  const ms = (xs) => xs.map((x) => x.ms);
  const painted = (xs) => xs.map((x) => x.painted);
  const longest = (xs) => xs.map((x) => x.longest);
  const kb = (xs) => xs.map((x) => x / 1024);
  results.budgets = [
    row(`4 KB paste → highlights painted (${SMALL.length} chars, over a 1 MB text)`, painted(small), 'ms', 50),
    row('4 KB paste → everything shown (side panel too)', ms(small), 'ms', null),
    row(`1 MB paste → highlights painted (${BIG.length} chars, over a 4 KB text)`, painted(big), 'ms', 1000),
    row('1 MB paste → everything shown (side panel started)', ms(big), 'ms', null),
    row('1 MB paste → all built (view marks and side lists, slice by slice after painting)', big.map((x) => x.filled), 'ms', null),
    row('1 MB paste: longest main-thread task', longest(big), 'ms', 100),
    row(`entity click on 1 MB (${mentions} mentions)`, ms(click), 'ms', 100),
    row(`legend toggle on 1 MB (${label}, hide and show)`, ms(toggle), 'ms', 100),
    row('cold load → first highlights (sample)', cold.ms, 'ms', 500),
    row('cold load: transfer, as sent', kb(cold.bytes), 'KB', 900),
    row('reload: transfer, as sent', kb(cold.reloadBytes), 'KB', 20),
  ];
  results.loadSteps = Object.entries(cold.steps).map(([step, runs]) => row(step, runs, 'ms', null))
    .sort((a, b) => a.median - b.median);
  console.log(`\nPage budgets (issue 9), median of ${RUNS} runs (legend: ${2 * RUNS} toggles)\n`);
  console.log('| what | median | min | max | budget |\n| --- | ---: | ---: | ---: | ---: |');
  for (const r of results.budgets) {
    const f = (x) => (r.unit === 'KB' ? x.toFixed(1) : Math.round(x).toString());
    console.log(`| ${r.what} | ${f(r.median)} ${r.unit} | ${f(r.min)} | ${f(r.max)} | ${r.budget === null ? '–' : `≤ ${r.budget} ${r.unit}`} |`);
  }

  console.log('\nCold load, step by step: the annotation worker\'s start and marks and the page\'s first request (annotator:asked), from navigation start\n');
  console.log('| step | median | min | max |\n| --- | ---: | ---: | ---: |');
  for (const r of results.loadSteps) {
    console.log(`| ${r.what} | ${Math.round(r.median)} ms | ${Math.round(r.min)} | ${Math.round(r.max)} |`);
  }
  console.log(`| first highlight painted | ${Math.round(median(cold.ms))} ms | ${Math.round(Math.min(...cold.ms))} | ${Math.round(Math.max(...cold.ms))} |`);

  // ---- the WASM core alone ---------------------------------------------------------------
  const bench = await browser.newPage();
  await bench.goto(`${url}benches/browser.html`);
  results.wasm = await bench.evaluate(async ({ small, big, runs }) => {
    const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const times = (n, f) => Array.from({ length: n }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    });
    const t = performance.now();
    const module = await import('/pkg/annotator.js');
    await module.default();
    const init = performance.now() - t;
    // The page's build leaves the place tier out of the module: the worker fetches it.
    const places = new Uint8Array(await (await fetch('/pkg/places.tsv')).arrayBuffer());
    const core = med(times(runs, () => module.Annotator.core().free()));
    const full = med(times(runs, () => module.Annotator.withPlaces(places).free()));
    const annotator = module.Annotator.withPlaces(places);
    const small4k = med(times(10 * runs, () => annotator.annotate(small)));
    const mb = med(times(runs, () => annotator.annotate(big)));
    const columns = med(times(runs, () => annotator.annotateColumns(big)));
    return { init, core, full, small: small4k, big: mb, columns };
  }, { small: SMALL, big: BIG, runs: RUNS });
  await bench.close();
  const w = results.wasm;
  const rate = (chars, ms) => `${(chars / ms / 1e3).toFixed(1)} M chars/s`;
  console.log(`\nWASM core in Chromium (result as JS objects), median of ${RUNS}+ runs\n`);
  console.log('| what | ms | rate |\n| --- | ---: | ---: |');
  console.log(`| load and compile the module | ${w.init.toFixed(1)} | |`);
  console.log(`| build the core-tier annotator | ${w.core.toFixed(1)} | |`);
  console.log(`| build the full annotator (with the fetched place tier) | ${w.full.toFixed(1)} | |`);
  console.log(`| annotate 4 KB | ${w.small.toFixed(2)} | ${rate(SMALL.length, w.small)} |`);
  console.log(`| annotate 1 MB | ${w.big.toFixed(1)} | ${rate(BIG.length, w.big)} |`);
  console.log(`| annotate 1 MB, spans as typed-array columns | ${w.columns.toFixed(1)} | ${rate(BIG.length, w.columns)} |`);

  let nlp;
  try {
    nlp = (await import('compromise')).default;
  } catch {
    console.log('compromise: not installed (npm ci installs it), comparison skipped');
  }
  if (nlp) {
    // The same job on the same 4 KB: people, places and organisations of the text.
    const runs = Array.from({ length: RUNS }, () => {
      const t = performance.now();
      const doc = nlp(SMALL);
      [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      return performance.now() - t;
    });
    results.compromise = { small: median(runs) };
    console.log(`| compromise (Node, same V8), 4 KB | ${median(runs).toFixed(1)} | ${(median(runs) / w.small).toFixed(0)}× the annotator's time |`);
  }

  await mkdir(path.dirname(JSON_OUT), { recursive: true });
  await writeFile(JSON_OUT, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nEvery run: ${path.relative(process.cwd(), JSON_OUT)}`);
} finally {
  await browser.close();
  server.closeAllConnections?.();
  server.close();
}
