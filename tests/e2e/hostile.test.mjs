// Hostile input in the browser: a generated corpus of markup and script payloads (tags × event
// handlers × encodings × contexts) is pasted into the editor and into the user's dictionary,
// exported in every format, and the HTML export is opened. Any dialog, any script run, any
// element of a kind the page never makes, any on* attribute or any CSP violation fails.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { browserSuite, settled, problems, downloadFrom, RESULTS } from './harness.mjs';

const TAGS = [
  (h) => `<img src=x ${h}>`,
  (h) => `<svg ${h}><animate attributeName=x dur=1s /></svg>`,
  (h) => `<iframe srcdoc="<b ${h}>" ${h}></iframe>`,
  (h) => `<details open ${h}><summary>x</summary></details>`,
  (h) => `<video src=x ${h}></video>`,
  (h) => `<input autofocus ${h}>`,
  (h) => `<body ${h}>`,
  (h) => `<a href="javascript:__hit('a')" ${h}>link</a>`,
];
const HANDLERS = ['onerror', 'onload', 'onfocus', 'ontoggle', 'onanimationstart', 'onpointerenter'];
const ENCODINGS = [
  (s) => s,
  (s) => s.replace(/[<>"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]),
  (s) => encodeURIComponent(s),
  (s) => s.replace(/</g, '\\u003c').replace(/>/g, '\\u003e'),
  (s) => s.replace(/([a-z])/g, (c, _, i) => (i % 2 ? c.toUpperCase() : c)),
];
const CONTEXTS = [
  (p) => p,
  (p) => `"><${p.slice(1)}`,
  (p) => `';${p}//`,
  (p) => `--><!--${p}`,
  (p) => `</textarea></title></style>${p}`,
  (p) => `[link](javascript:${encodeURIComponent(p)})`,
];

/** The corpus: every tag with every handler, in every encoding, the contexts in turn. */
function corpus() {
  const out = [];
  let n = 0;
  for (const tag of TAGS) {
    for (const handler of HANDLERS) {
      for (const encode of ENCODINGS) {
        const id = n++;
        const payload = tag(`${handler}="alert(${id});__hit(${id})"`);
        out.push(`Payload ${id} ${CONTEXTS[id % CONTEXTS.length](encode(payload))}`);
      }
    }
  }
  out.push(
    'Payload s1 <script>alert(1);__hit("s1")</script>',
    'Payload s2 <style>@import "javascript:__hit(2)"; body{background:url(javascript:__hit(2))}</style>',
    'Payload s3 <template><img src=x onerror=__hit("s3")></template>',
    'Payload s4 <math><mtext><table><mglyph><style><img src=x onerror=__hit("s4")>',
    'Payload s5 <object data="javascript:__hit(5)"></object><embed src="javascript:__hit(5)">',
    'Payload s6 <meta http-equiv="refresh" content="0;url=javascript:__hit(6)">',
  );
  return out;
}

const PAYLOADS = corpus();
// Words the annotator knows, so the hostile lines sit among real highlights.
const TEXT = PAYLOADS.map((p, i) => (i % 10 === 0 ? `In Baghdad on Monday, ${p}` : p)).join('\n');

const { withPage } = browserSuite();

/** Records dialogs and __hit calls, and every element the page adds, by kind. */
async function watch(page) {
  page.dialogs = [];
  page.on('dialog', (d) => {
    page.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await page.evaluate(() => {
    window.__hits = [];
    window.__hit = (n) => window.__hits.push(n);
    window.__added = new Set();
    new MutationObserver((records) => {
      for (const r of records) {
        for (const node of r.addedNodes) {
          if (node.nodeType !== 1) continue;
          window.__added.add(node.localName);
          for (const inner of node.querySelectorAll('*')) window.__added.add(inner.localName);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

async function verdict(page) {
  return page.evaluate(() => ({
    hits: window.__hits,
    kinds: [...window.__added].sort(),
    handlers: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on')).map((a) => `${e.localName}[${a}]`)),
  }));
}

/** Element kinds the page makes for an ordinary article (its panels, marks and menus). */
let ordinaryKinds = null;

test('the corpus has at least 150 distinct payloads', () => {
  assert.ok(new Set(PAYLOADS).size >= 150, `${new Set(PAYLOADS).size} payloads`);
});

test('hostile text pasted into the editor stays text: nothing runs, no new kind of element', async () => {
  await withPage(async (page) => {
    await watch(page);
    await settled(page);
    await page.click('#load-sample');
    await settled(page);
    ordinaryKinds = (await verdict(page)).kinds;
    await page.fill('#editor', TEXT);
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.textContent('#view'), TEXT, 'the view shows the text, character for character');
    const seen = await verdict(page);
    assert.deepEqual(seen.hits, []);
    assert.deepEqual(page.dialogs, []);
    assert.deepEqual(seen.handlers, []);
    assert.deepEqual(seen.kinds.filter((k) => !ordinaryKinds.includes(k)), [], 'no element of a new kind');
  });
});

test('hostile dictionary entries are applied, listed, exported in every format and the HTML export opened, running nothing', async () => {
  await withPage(async (page) => {
    await watch(page);
    await settled(page);
    const labels = ['PERSON', 'ORG', 'PLACE', 'KEYWORD'];
    const entries = PAYLOADS.map((name, i) => ({ label: labels[i % labels.length], name }));
    await page.click('#dictionary-open');
    await page.setInputFiles('#dictionary-import-input', {
      name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ entries })),
    });
    await page.waitForFunction((n) => document.getElementById('dictionary-count').textContent === String(n), entries.length, { timeout: 30_000 });
    assert.equal(await page.isVisible('#dictionary-errors'), false);
    const names = await page.$$eval('#dictionary-rows input[data-field="name"]', (inputs) => inputs.map((i) => i.value));
    assert.deepEqual(names, PAYLOADS, 'each payload is a field value, as written');
    const dir = path.join(RESULTS, 'hostile');
    for (const format of ['tsv', 'csv', 'json', 'jsonl']) {
      const file = await downloadFrom(page, `#dictionary-export button[data-format="${format}"]`, dir);
      assert.ok(file.text.includes('Payload 1'), `${format} holds the entries`);
    }
    await page.click('#dictionary-close');

    await page.fill('#editor', TEXT);
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.textContent('#view'), TEXT);
    const marked = await page.$$eval('#view mark', (ms) => ms.filter((m) => m.textContent.startsWith('Payload')).length);
    assert.ok(marked >= PAYLOADS.length * 0.9, `${marked} payload highlights`);

    await page.click('#export-button');
    let html = null;
    const formats = await page.$$eval('#export-list button[data-action="download"]', (b) => b.map((x) => x.dataset.format));
    assert.ok(formats.includes('html') && formats.length >= 4, `every export format: ${formats}`);
    for (const format of formats) {
      const file = await downloadFrom(page, `#export-list button[data-format="${format}"][data-action="download"]`, dir);
      if (format === 'html') html = file;
    }
    const seen = await verdict(page);
    assert.deepEqual(seen.hits, []);
    assert.deepEqual(page.dialogs, []);
    assert.deepEqual(seen.handlers, []);

    // The HTML export, opened as a user would: from the disk.
    const viewer = await page.context().newPage();
    const dialogs = [];
    viewer.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await viewer.addInitScript(() => {
      window.__hits = [];
      window.__hit = (n) => window.__hits.push(n);
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective));
    });
    await viewer.goto(pathToFileURL(html.file).href);
    const opened = await viewer.evaluate(() => ({
      hits: window.__hits,
      csp: window.__csp,
      text: document.querySelector('#article')?.textContent,
      kinds: [...new Set([...document.querySelectorAll('*')].map((e) => e.localName))].sort(),
      handlers: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on'))),
      refresh: document.querySelectorAll('meta[http-equiv="refresh" i]').length,
      links: [...document.querySelectorAll('[href], [src]')].map((e) => e.getAttribute('href') ?? e.getAttribute('src')).filter((u) => /^\s*javascript:/i.test(u)),
    }));
    await viewer.close();
    assert.equal(opened.text, TEXT, 'the export shows the text, character for character');
    assert.deepEqual([opened.hits, opened.csp, dialogs, opened.handlers, opened.links, opened.refresh], [[], [], [], [], [], 0]);
    const foreign = ['script', 'img', 'svg', 'iframe', 'video', 'input', 'object', 'embed', 'template', 'math', 'details', 'animate', 'style', 'body'];
    const unexpected = opened.kinds.filter((k) => foreign.includes(k) && !(['style', 'body'].includes(k)));
    assert.equal(await viewer.isClosed(), true);
    assert.deepEqual(unexpected, [], `elements in the export: ${opened.kinds.join(', ')}`);
    assert.deepEqual(await problems(page), []);
  });
});
