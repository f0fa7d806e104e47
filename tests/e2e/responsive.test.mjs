// Browser tests of a page that never freezes (issue 9): a paste is annotated at once, a legend
// toggle and an entity click touch no mark, a long text is shown at once and gets its marks
// chunk by chunk. These check what the page does, not how fast: the speed is measured by
// `npm run bench:browser`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { browserSuite, settled, paste, NEWS } from './harness.mjs';

const { withPage } = browserSuite();

/** Records every annotate request the page posts to its worker, in `window.__asked`. */
async function recordRequests(page) {
  await page.addInitScript(() => {
    window.__asked = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message, ...rest) {
      if (message?.type === 'annotate') window.__asked.push(message.text);
      return post.call(this, message, ...rest);
    };
  });
}

/** Sets the editor's text as an edit of `inputType` would; returns the requests sent meanwhile. */
function edit(page, text, inputType) {
  return page.evaluate(({ text, inputType }) => {
    const before = window.__asked.length;
    const editor = document.getElementById('editor');
    editor.value = text;
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType }));
    return window.__asked.slice(before);
  }, { text, inputType });
}

test('a paste, a drop and a cut are annotated at once; typing waits for a pause', async () => {
  await withPage({ init: recordRequests }, async (page) => {
    await settled(page);
    for (const inputType of ['insertFromPaste', 'insertFromDrop', 'deleteByCut']) {
      const text = `${NEWS} (${inputType})`;
      assert.deepEqual(await edit(page, text, inputType), [text], `${inputType}: sent before the event returned`);
      assert.equal(await settled(page), 'ready');
    }
    const typed = `${NEWS} Typed.`;
    assert.deepEqual(await edit(page, typed, 'insertText'), [], 'a keystroke is not sent at once');
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.evaluate(() => window.__asked.at(-1)), typed, 'but after the pause');
  });
});

test('a legend toggle keeps every mark node and only changes how they look', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    const changed = await page.evaluate(async () => {
      const view = document.getElementById('view');
      const before = [...view.querySelectorAll('mark')];
      const changes = [];
      new MutationObserver((records) => changes.push(...records)).observe(view, { subtree: true, childList: true, attributes: true, characterData: true });
      const chip = document.querySelector('.chip[data-label="PLACE"]');
      chip.click();
      const place = view.querySelector('mark[data-label="PLACE"]');
      const hidden = getComputedStyle(place).backgroundColor;
      chip.click();
      const shown = getComputedStyle(place).backgroundColor;
      await new Promise((r) => setTimeout(r, 50));
      const after = [...view.querySelectorAll('mark')];
      return {
        same: after.length === before.length && after.every((m, i) => m === before[i]),
        marksTouched: changes.filter((r) => r.target !== view).length,
        hidden,
        shown,
      };
    });
    assert.equal(changed.same, true, 'the same mark nodes stay');
    assert.equal(changed.marksTouched, 0, 'no mark or text node is changed');
    assert.equal(changed.hidden, 'rgba(0, 0, 0, 0)');
    assert.notEqual(changed.shown, 'rgba(0, 0, 0, 0)');
  });
});

test('an entity click flashes its mentions by one rule, touching no mark', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, 'Crowds gathered in Baghdad. Later, Baghdad was calm. The US said nothing.');
    const out = await page.evaluate(() => {
      const view = document.getElementById('view');
      const changes = [];
      new MutationObserver((records) => changes.push(...records)).observe(view, { subtree: true, childList: true, attributes: true });
      const button = [...document.querySelectorAll('#entities button.entity')]
        .find((b) => b.querySelector('.entity-name').textContent === 'Baghdad');
      button.click();
      const flashing = [...view.querySelectorAll('mark')].filter((m) => m.getAnimations().length > 0);
      return { flashing: flashing.map((m) => m.textContent), marksTouched: changes.filter((r) => r.target.closest?.('mark')).length };
    });
    assert.deepEqual(out.flashing, ['Baghdad', 'Baghdad']);
    assert.equal(out.marksTouched, 0);
    // Clicked again while it lasts, the flash starts over, still without touching a mark.
    const again = await page.evaluate(async () => {
      const marks = [...document.querySelectorAll('#view mark[data-label="PLACE"]')];
      await new Promise((r) => setTimeout(r, 300));
      const before = marks[0].getAnimations()[0]?.currentTime;
      document.querySelector('#entities button.entity.is-selected').click();
      const after = marks[0].getAnimations()[0]?.currentTime;
      return { before, after };
    });
    assert.ok(again.before >= 250, `the first flash ran for ${again.before} ms`);
    assert.ok(again.after < again.before, `the second starts over (${again.after} ms)`);
  });
});

/** Pastes `text` in the page and resolves once the page says `ready`, in the same task chain. */
function definePaste(page) {
  return page.evaluate(() => {
    window.__pasteAndWait = (text) => {
      const app = document.getElementById('app');
      const ready = new Promise((resolve) => new MutationObserver((_, o) => {
        if (app.dataset.state === 'ready') { o.disconnect(); resolve(); }
      }).observe(app, { attributes: true }));
      const editor = document.getElementById('editor');
      editor.value = text;
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      return ready;
    };
  });
}

const LONG = 'Protesters marched in Baghdad on Tuesday, police said.\n\n'.repeat(4_000);

test('a long text is shown at once as plain text, then gets its marks chunk by chunk', async () => {
  await withPage(async (page) => {
    await settled(page);
    await definePaste(page);
    const first = await page.evaluate(async (text) => {
      await window.__pasteAndWait(text);
      const view = document.getElementById('view');
      const chunks = [...view.querySelectorAll('.chunk')];
      return {
        filling: view.hasAttribute('data-filling'),
        text: view.textContent === text,
        firstHasMarks: chunks[0].querySelector('mark') !== null,
        lastHasMarks: chunks.at(-1).querySelector('mark') !== null,
      };
    }, LONG);
    assert.deepEqual(first, { filling: true, text: true, firstHasMarks: true, lastHasMarks: false });
    await page.waitForSelector('#view:not([data-filling])');
    assert.equal(await page.$eval('#view', (v) => v.textContent), LONG);
    assert.equal(await page.$$eval('#view mark[data-label="PLACE"]', (m) => m.length), 4_000);
  });
});

test('going to the last mention of a long text gives its chunk marks before the rest', async () => {
  await withPage(async (page) => {
    await settled(page);
    await definePaste(page);
    const out = await page.evaluate(async (text) => {
      await window.__pasteAndWait(text);
      const button = [...document.querySelectorAll('#entities button.entity')]
        .find((b) => b.querySelector('.entity-name').textContent === 'France');
      button.click();
      return {
        filling: document.getElementById('view').hasAttribute('data-filling'),
        france: [...document.querySelectorAll('#view mark')].filter((m) => m.textContent === 'France').length,
      };
    }, `${LONG}Finally France.`);
    assert.deepEqual(out, { filling: true, france: 1 });
    await page.waitForFunction(() => document.getElementById('view').scrollTop > 0);
  });
});

test('spans cross from the worker as transferred typed arrays and read back as the object API gives them', async () => {
  await withPage(async (page) => {
    await settled(page);
    const out = await page.evaluate(async () => {
      // Emoji (surrogate pairs), curly quotes and accents before names shift UTF-16 offsets.
      const text = '“Olá” 👋🏽 said José in Baghdad on Monday; the US Embassy in Baghdad and Iraqi forces… 🇮🇶 Baghdad.';
      const { default: init, Annotator } = await import('/pkg/annotator.js');
      const { fromColumns } = await import('./annotator/columns.js');
      await init();
      const places = new Uint8Array(await (await fetch('/pkg/places.tsv')).arrayBuffer());
      const annotator = Annotator.withPlaces(places); // the full gazetteer, as the worker builds it
      const objects = annotator.annotate(text);
      const columns = annotator.annotateColumns(text);
      const typed = [columns.spans.start, columns.spans.end, columns.spans.label, columns.spans.entity].map((a) => a.constructor.name);
      const { scriptUrl } = await import('./trusted.js');
      const worker = new Worker(scriptUrl(new URL('./annotator/worker.js', location.href)), { type: 'module' });
      const answer = await new Promise((resolve) => {
        worker.addEventListener('message', (e) => { if (e.data.id === 1) resolve(e.data); });
        worker.postMessage({ id: 1, type: 'annotate', text });
      });
      worker.terminate();
      return {
        typed,
        fromWorker: answer.result.spans.start instanceof Uint32Array,
        same: JSON.stringify(fromColumns(columns, text)) === JSON.stringify(objects),
        nested: objects.nested.length,
        spans: objects.spans.map((s) => text.slice(s.start, s.end)),
      };
    });
    assert.deepEqual(out.typed, ['Uint32Array', 'Uint32Array', 'Uint16Array', 'Int32Array']);
    assert.equal(out.fromWorker, true);
    assert.equal(out.same, true, 'the columns read back exactly as the object API');
    assert.ok(out.nested > 0, 'the text has a nested name');
    assert.ok(out.spans.includes('José') || out.spans.includes('Baghdad'), out.spans.join('|'));
  });
});

test('a long annotation shows its progress and can be cancelled, keeping the text and a usable page', async () => {
  // A worker that never answers stands for an annotation that takes long, on any machine.
  let stalled = true;
  const route = (page) => page.route('**/annotator/worker.js', (request) => (stalled
    ? request.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' })
    : request.continue()));
  await withPage({ route }, async (page) => {
    await page.waitForSelector('#cancel-annotation:not([hidden])');
    const text = await page.inputValue('#editor');
    assert.equal(await page.getAttribute('#app', 'data-state'), 'pending');
    const size = text.length.toLocaleString('en-US');
    assert.match(await page.textContent('#status'), new RegExp(`^Annotating ${size} characters… \\d+\\.\\d s$`));
    await page.click('#cancel-annotation');
    await page.waitForSelector('#app[data-state="cancelled"]');
    assert.equal(await page.inputValue('#editor'), text, 'the text stays');
    assert.equal(await page.isVisible('#cancel-annotation'), false);
    assert.match(await page.textContent('#status'), /cancelled/);
    assert.equal(await page.$$eval('#view mark', (m) => m.length), 0, 'nothing stale is shown');
    stalled = false;
    await paste(page, NEWS);
    assert.equal(await page.textContent('#view'), NEWS, 'a fresh worker annotates the next text');
    assert.ok(await page.$$eval('#view mark', (m) => m.length) > 2);
    // A routed page gets no service worker (harness.mjs), and the browser says so.
    const blocked = 'warning: Service Worker registration blocked by Playwright';
    page.seen.console.splice(0, Infinity, ...page.seen.console.filter((m) => m !== blocked));
  });
});
