// Never losing the user's text: Sample, Clear and opened files can be undone, the replaced
// article is kept across a reload, drafts of any accepted size are kept in IndexedDB, and a
// draft the device refuses is reported while the older one stays.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, settled, paste, kept, until, NEWS } from './harness.mjs';

const { withPage } = browserSuite();

test('Clear is undone by the undo bar', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.click('#clear-text');
    assert.equal(await settled(page), 'empty');
    assert.equal(await page.inputValue('#editor'), '');
    assert.match(await page.textContent('#undo-text'), /^Article cleared \(13 words kept\)\.$/);
    await page.click('#undo-button');
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.inputValue('#editor'), NEWS);
    assert.equal(await page.isVisible('#undo-bar'), false);
  });
});

test('Ctrl+Z in the editor brings back a cleared article', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.click('#clear-text');
    await settled(page);
    await page.focus('#editor');
    await page.keyboard.press('Control+z');
    assert.equal(await page.inputValue('#editor'), NEWS);
    assert.equal(await settled(page), 'ready');
  });
});

test('the replaced article is offered back after a reload, until dismissed', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.click('#load-sample');
    await settled(page);
    await until(async () => (await kept(page, 'previous'))?.text === NEWS);
    await page.reload();
    await settled(page);
    assert.match(await page.textContent('#undo-text'), /Article replaced by the sample/);
    await page.click('#undo-dismiss');
    // The page forgets it in the background, as it kept it: wait for that write as for the first.
    await until(async () => (await kept(page, 'previous')) === null);
    await page.reload();
    await settled(page);
    assert.equal(await page.isVisible('#undo-bar'), false, 'dismissed means forgotten');
  });
});

test('a draft of six million characters is kept on the device across a reload', async () => {
  await withPage(async (page) => {
    await settled(page);
    // Above localStorage's ~5.2 M character limit, where the old page lost the draft.
    const text = `${'qz '.repeat(2_000_000)}end`;
    await page.$eval('#editor', (e, t) => {
      e.value = t;
      e.dispatchEvent(new Event('input'));
    }, text);
    await until(async () => (await kept(page, 'draft', true)) === text.length, 30_000);
    await page.reload();
    await page.waitForFunction((n) => document.getElementById('editor').value.length === n, text.length, { timeout: 30_000 });
    assert.equal(await page.isVisible('#editor-note'), false, 'no problem reported');
  });
});

test('a draft the device refuses gets a visible message, and the older draft is kept', async () => {
  await withPage({
    init: (page) => page.addInitScript(() => {
      // A device with room for a short draft only.
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (value, key) {
        if (typeof value === 'string' && value.length > 500) throw new DOMException('no room', 'QuotaExceededError');
        return put.call(this, value, key);
      };
    }),
  }, async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.waitForFunction(() => document.getElementById('editor-note').textContent === '');
    assert.equal(await kept(page, 'draft'), NEWS);
    await paste(page, `${NEWS} `.repeat(20));
    await page.waitForSelector('#editor-note.is-problem');
    assert.match(await page.textContent('#editor-note'), /could not be kept on this device \(the browser’s storage for this page is full\)\. The previous copy is kept/);
    assert.equal(await kept(page, 'draft'), NEWS);
    await page.reload();
    await settled(page);
    assert.equal(await page.inputValue('#editor'), NEWS);
  });
});
