// The service worker: once the page has loaded, it reloads and annotates with the server gone.

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
