// The npm package as its users get it: assembled and packed (scripts/npm-package.sh runs
// `npm pack`), installed from the tarball into a fresh consumer, then used from Node, checked
// by the TypeScript compiler against its .d.ts, and loaded by a consumer page in Chromium.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { ROOT } from './harness.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const run = promisify(execFile);
const FIXTURE = path.join(ROOT, 'tests/e2e/npm-consumer');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Invented; an emoji flag and curly quotes before the names, so UTF-16 offsets are tested.
const SENTENCE = '🇫🇷 “We will rebuild,” said Prime Minister Jane Harlow in Paris on Tuesday.';
// Invented, with one fact of every kind, so every type of the .d.ts meets a real value.
const STORY = 'BAGHDAD, March 3, 2024 — Protesters stormed the French embassy in Baghdad on '
  + 'Tuesday, and an air strike killed at least 12 fighters in Mosul. The World Bank pledged '
  + '$2.5 billion. “We will rebuild,” said Mayor Tomás Ortega.';

let consumer; // a temporary project with the tarball installed
let tarball;
let installed; // its node_modules/article-annotator

before(async () => {
  const packed = await run('bash', ['scripts/npm-package.sh'], { cwd: ROOT });
  tarball = path.join(ROOT, packed.stdout.trim());
  consumer = await mkdtemp(path.join(tmpdir(), 'annotator-consumer-'));
  await cp(FIXTURE, consumer, { recursive: true });
  // No dependencies, so --offline: nothing is fetched.
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: consumer });
  installed = path.join(consumer, 'node_modules/article-annotator');
});

after(async () => {
  if (consumer) await rm(consumer, { recursive: true, force: true });
});

test('the tarball holds the module, its types, the worker helper, the WASM and the licences', async () => {
  const { stdout } = await run('tar', ['-tzf', tarball]);
  const files = stdout.trim().split('\n').map((f) => f.replace(/^package\//, '')).sort();
  assert.deepEqual(files, [
    'LICENSE', 'NOTICE.md', 'README.md', 'annotator.js', 'annotator_bg.wasm', 'index.d.ts',
    'index.js', 'package.json', 'worker-entry.js', 'worker.d.ts', 'worker.js',
  ]);
});

/** The installed package imported in Node, its WASM given as bytes. */
async function loadInNode() {
  const pkg = await import(pathToFileURL(path.join(installed, 'index.js')).href);
  await pkg.init(await readFile(path.join(installed, 'annotator_bg.wasm')));
  return pkg;
}

test('in Node, init with the bytes then annotate gives UTF-16 spans of the sentence', async () => {
  const { Annotator } = await loadInNode();
  const result = new Annotator().annotate(SENTENCE);
  const found = result.spans.map((s) => [s.label, SENTENCE.slice(s.start, s.end)]);
  assert.deepEqual(found, [
    ['TITLE', 'Prime Minister'], ['PERSON', 'Jane Harlow'], ['PLACE', 'Paris'], ['DATE', 'Tuesday'],
  ]);
  assert.equal(result.spans[2].start, 59); // 🇫🇷 is four UTF-16 units
  assert.equal(result.offsets, 'utf16');
});

test("the README's Node.js recipe works in a consumer project, through the package's exports", async () => {
  const script = path.join(consumer, 'node-consumer.mjs');
  await writeFile(script, `
    import { readFile } from 'node:fs/promises';
    import { init, Annotator } from 'article-annotator';

    await init(await readFile(new URL(import.meta.resolve('article-annotator/annotator_bg.wasm'))));
    const result = new Annotator().annotate(process.argv[2]);
    console.log(JSON.stringify(result.entities.map((e) => [e.label, e.name])));
  `);
  const { stdout } = await run(process.execPath, [script, 'Jane Harlow visited Paris.'], { cwd: consumer });
  assert.deepEqual(JSON.parse(stdout), [['PERSON', 'Jane Harlow'], ['PLACE', 'Paris']]);
});

test('a bad dictionary line throws an Error naming the line', async () => {
  const { Annotator } = await loadInNode();
  assert.throws(() => Annotator.withDictionary('PLACE\tQuillon\nCity\tNowhere\n'),
    { message: /^custom dictionary, line 2: unknown label "City"/ });
});

/** The properties each interface of a .d.ts declares, by interface name. */
function declaredInterfaces(file, source) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const interfaces = new Map();
  sf.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const properties = node.members.filter(ts.isPropertySignature);
      interfaces.set(node.name.text, {
        all: properties.map((m) => m.name.text).sort(),
        required: properties.filter((m) => !m.questionToken).map((m) => m.name.text).sort(),
      });
    }
  });
  return interfaces;
}

test('every object of a real annotation has exactly the fields its interface declares', async () => {
  const types = declaredInterfaces('index.d.ts', await readFile(path.join(installed, 'index.d.ts'), 'utf8'));
  const { Annotator } = await loadInNode();
  const a = new Annotator().annotate(STORY);
  const keys = (o) => Object.keys(o).sort();
  const check = (name, objects) => {
    assert.ok(objects.length > 0, `the story should give at least one ${name}`);
    // Every required field, and no field the interface does not declare.
    const { all, required } = types.get(name);
    for (const o of objects) assert.deepEqual(keys(o).filter((k) => !all.includes(k) || required.includes(k)), required, name);
  };
  const armed = Annotator.withDictionary('WEAPON\tKalashnikov\n').annotate('A Kalashnikov.');
  assert.deepEqual(armed.custom_labels, ['WEAPON'], 'a custom label is listed');
  check('Annotation', [a, armed]);
  check('Span', a.spans);
  check('Entity', a.entities);
  check('Sentence', a.sentences);
  check('Facts', [a.facts]);
  check('DateFact', a.facts.dates);
  check('Quantity', a.facts.quantities);
  check('Casualty', a.facts.casualties);
  check('Money', a.facts.money);
  check('Quote', a.facts.quotes);
  check('Role', a.facts.roles);
  check('Event', a.facts.events);
  check('EventCount', a.facts.events.flatMap((e) => e.counts));
  check('EventMention', a.facts.events.flatMap((e) => e.mentions));
  check('Participant', a.facts.events.flatMap((e) => [e.actor, e.target]).filter(Boolean));
});

test('TypeScript compiles a strict consumer against the types, and they are not `any`', async () => {
  const file = path.join(consumer, 'consumer.ts');
  await writeFile(file, `
    import { init, Annotator, type Annotation, type Label } from 'article-annotator';
    import { createAnnotatorWorker } from 'article-annotator/worker';
    await init();
    const annotator = new Annotator();
    const result: Annotation = annotator.annotate('Paris');
    const labels: Label[] = result.spans.map((s) => s.label);
    const killed: number | null = result.facts.casualties[0]?.count ?? null;
    const worker = await createAnnotatorWorker({ dictionary: 'PLACE\\tQuillon' });
    const later: Annotation = await worker.annotate('Quillon');
    worker.terminate();
    annotator.free();
    // @ts-expect-error a label is a string, not a number
    const wrong: number = result.spans[0].label;
    export { labels, killed, later, wrong };
  `);
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const problems = ts.getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(problems, []);
});

test('a consumer page imports the installed package and annotates a sentence in Chromium', async () => {
  // The import map is an inline script: the page's CSP allows it by its hash, and otherwise
  // only what the package README says a host must allow.
  const importmap = JSON.stringify({
    imports: {
      'article-annotator': './node_modules/article-annotator/index.js',
      'article-annotator/worker': './node_modules/article-annotator/worker.js',
    },
  });
  const hash = createHash('sha256').update(importmap).digest('base64');
  const html = (await readFile(path.join(FIXTURE, 'index.html.in'), 'utf8'))
    .replace('IMPORTMAP_HASH', `'sha256-${hash}'`).replace('IMPORTMAP', importmap);
  await writeFile(path.join(consumer, 'index.html'), html);

  const { server, url } = await startStaticServer({ root: consumer });
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${url}index.html`);
    await page.waitForSelector('body[data-state]', { timeout: 20_000 });
    const state = await page.evaluate(() => ({ ...document.body.dataset }));
    assert.equal(state.state, 'done', state.error);
    assert.deepEqual(await page.$$eval('#found li', (items) => items.map((li) => li.textContent)), [
      'TITLE Prime Minister', 'PERSON Jane Harlow', 'PLACE Paris', 'DATE Tuesday',
    ]);
    assert.equal(state.workerAgrees, 'true');
    assert.match(state.badDictionary, /^custom dictionary, line 1: unknown label "City"/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(resolve));
  }
});
