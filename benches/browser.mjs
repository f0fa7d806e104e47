// Browser benchmark: the WASM annotator in Debian's headless Chromium, and, for comparison,
// compromise (the NLP library people use for this in the browser) on the same text in the same
// JavaScript engine (V8, in Node).
//
//   node benches/browser.mjs        (after scripts/build.sh; prints one line per figure)
//
// Each figure is the fastest of several runs; the machine is noisy, so compare the ratios
// within one run rather than absolute times across runs.

import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../scripts/static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLE = await readFile(path.join(ROOT, 'tests/fixtures/article.txt'), 'utf8');
const BIG = ARTICLE.repeat(Math.ceil(1_000_000 / ARTICLE.length));
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const { server, url } = await startStaticServer({ root: ROOT });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: ARGS,
});
try {
  const page = await browser.newPage();
  await page.goto(`${url}benches/browser.html`);
  const wasm = await page.evaluate(async ({ article, big }) => {
    const fastest = (runs, f) => {
      let best = Infinity;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        f();
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    let t = performance.now();
    const module = await import('/pkg/annotator.js');
    await module.default();
    const init = performance.now() - t;
    const core = fastest(3, () => module.Annotator.core().free());
    const full = fastest(3, () => new module.Annotator().free());
    const annotator = new module.Annotator();
    const one = fastest(50, () => annotator.annotate(article));
    const mb = fastest(3, () => annotator.annotate(big));
    return { init, core, full, one, mb };
  }, { article: ARTICLE, big: BIG });
  const words = (text) => text.split(/\s+/).filter(Boolean).length;
  const rate = (text, ms) =>
    `${(text.length / ms / 1e3).toPrecision(3)} MB/s, ${(words(text) / ms).toPrecision(3)} k words/s`;
  console.log(`chromium wasm: load+compile module ${wasm.init.toFixed(1)} ms`);
  console.log(`chromium wasm: build core annotator ${wasm.core.toFixed(1)} ms, full annotator ${wasm.full.toFixed(1)} ms`);
  console.log(`chromium wasm: one article (${ARTICLE.length} chars) ${wasm.one.toFixed(3)} ms: ${rate(ARTICLE, wasm.one)}`);
  console.log(`chromium wasm: 1 MB (${BIG.length} chars) ${wasm.mb.toFixed(1)} ms: ${rate(BIG, wasm.mb)}`);

  let nlp;
  try {
    nlp = (await import('compromise')).default;
  } catch {
    console.log('compromise: not installed (npm ci installs it), comparison skipped');
  }
  if (nlp) {
    // The same job: people, places and organisations of the text.
    const entities = (text) => {
      const doc = nlp(text);
      return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
    };
    let best = Infinity;
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      entities(ARTICLE);
      best = Math.min(best, performance.now() - t);
    }
    console.log(`compromise (node): one article ${best.toFixed(2)} ms: ${rate(ARTICLE, best)}`);
    console.log(`ratio: wasm annotator is ${(best / wasm.one).toFixed(0)}x faster than compromise per article`);
  }
} finally {
  await browser.close();
  server.closeAllConnections?.();
  server.close();
}
