// Loading: the service worker (once the page has loaded, it reloads and annotates with the
// server gone), the WASM module compiled by the page and handed to the worker, and the place
// tier fetched after the first highlights (a failed fetch leaves the core gazetteer working and
// says so).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, settled, paste, marks, problems } from './harness.mjs';

let app;
before(async () => {
  app = await startBrowser();
});
after(async () => {
  await app?.close();
});

const entities = async (page) => (await marks(page)).filter((m) => m.label !== 'KEYWORD').map((m) => m.text);

test('when the place tier cannot be fetched, the core gazetteer annotates and the page says so', async () => {
  const PLACES = '**/pkg/places.tsv';
  const page = await app.open({ route: (p) => p.route(PLACES, (r) => r.abort()) });
  try {
    await page.waitForSelector('#app[data-started]');
    await page.fill('#editor', 'Protesters in Mosul, Iraq, marched on Friday.');
    await page.waitForSelector('#alert:not([hidden])', { timeout: 20_000 });
    await page.waitForSelector('#app[data-state="ready"]');
    assert.match(await page.textContent('#alert-text'), /Regions and cities could not be loaded/);
    assert.equal(await page.getAttribute('#app', 'data-gazetteer'), 'core');
    const core = await marks(page);
    assert.ok(core.some((m) => m.text === 'Iraq'), 'the core tier found the country');
    assert.ok(!core.some((m) => m.entity?.startsWith('geonames:')), 'no city of the place tier');
    assert.equal(await page.inputValue('#editor'), 'Protesters in Mosul, Iraq, marched on Friday.');

    // The next edit tries again; with the file back, the full gazetteer comes in.
    await page.unroute(PLACES);
    assert.equal(await paste(page, 'Protesters in Mosul marched on Friday.'), 'ready');
    const mosul = (await marks(page)).find((m) => m.text === 'Mosul');
    assert.equal(mosul?.entity, 'geonames:99072');
    assert.equal(await page.isHidden('#alert'), true);
  } finally {
    await page.context().close();
  }
});

test('the page compiles the WASM module once, while the worker starts, and hands it over', async () => {
  const page = await app.open();
  try {
    assert.equal(await paste(page, 'Ministers from Baghdad met Iraqi officials on Tuesday.'), 'ready');
    const found = await entities(page);
    assert.ok(found.includes('Baghdad') && found.includes('Iraqi'), `found: ${found.join(', ')}`);
    // Had the worker not been given the module, it would have fetched the file itself.
    const fetched = page.seen.requests.filter((u) => u.endsWith('/pkg/annotator_bg.wasm'));
    assert.equal(fetched.length, 1, fetched.join(', '));
    assert.deepEqual(await problems(page), []);
  } finally {
    await page.context().close();
  }
});

test('on a first visit the service worker keeps the files the page loaded without asking for them again', async () => {
  const asked = new Map();
  const count = (req) => asked.set(req.url, (asked.get(req.url) ?? 0) + 1);
  app.server.on('request', count);
  const page = await app.open();
  try {
    assert.equal(await settled(page), 'ready');
    await page.waitForSelector('#app[data-gazetteer="full"]');
    await page.waitForSelector('html[data-offline="ready"]', { timeout: 20_000 });
    // Files only the page loads (the worker loads its own scripts again, the place tier may be
    // kept before the worker fetched it): each asked for once, by the page.
    const files = ['/www/', '/pkg/page.js.br', '/pkg/page.css.br', '/pkg/annotator_bg.wasm.br'];
    assert.deepEqual(files.map((f) => asked.get(f)), files.map(() => 1), [...asked].join(' '));
  } finally {
    app.server.off('request', count);
    await page.context().close();
  }
});

test('a host that does not send the module as application/wasm still gets the page working', async () => {
  // The page's compileStreaming refuses such an answer; the worker then loads the module itself.
  const route = (p) => p.route('**/pkg/annotator_bg.wasm', async (r) => {
    const response = await r.fetch();
    await r.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  const page = await app.open({ route });
  try {
    assert.equal(await paste(page, 'Ministers from Baghdad met Iraqi officials on Tuesday.'), 'ready');
    const found = await entities(page);
    assert.ok(found.includes('Baghdad') && found.includes('Iraqi'), `found: ${found.join(', ')}`);
    const fetched = page.seen.requests.filter((u) => u.endsWith('/pkg/annotator_bg.wasm'));
    assert.equal(fetched.length, 2, 'the page tried, then the worker');
  } finally {
    await page.context().close();
  }
});

// Last: it stops the server.
test('with the server stopped, a reload shows the page and annotates a new text', async () => {
  const page = await app.open();
  try {
    await paste(page, 'Amara Okafor flew from Nairobi to Lagos on Tuesday.');
    const online = await entities(page);
    assert.ok(online.includes('Lagos'), `found: ${online.join(', ')}`);
    await page.waitForSelector('html[data-offline="ready"]', { timeout: 20_000 });

    app.server.closeAllConnections();
    await new Promise((resolve) => app.server.close(resolve));
    await assert.rejects(fetch(app.base), 'the server is gone');

    await page.reload();
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.getAttribute('#app', 'data-gazetteer'), 'full');
    assert.deepEqual(await entities(page), online, 'the kept draft is annotated as it was online');

    assert.equal(await paste(page, 'Léa Moreau met the mayor of Mosul on Friday.'), 'ready');
    const found = await entities(page);
    assert.ok(found.includes('Mosul') && found.includes('Friday'), `found: ${found.join(', ')}`);
    assert.deepEqual(await problems(page), []);
  } finally {
    await page.context().close();
  }
});
