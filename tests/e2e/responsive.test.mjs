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

/**
 * An invented text naming thousands of different people (given name + a made-up surname), each
 * with a date, a count and a casualty figure: thousands of entities and facts.
 */
function crowd() {
  const given = ['John', 'Maria', 'Ahmed', 'Sarah', 'David', 'Fatima', 'Peter', 'Laura', 'Omar', 'Elena'];
  const parts = ['ka', 'lo', 'mi', 'ru', 'te', 'vo', 'zan', 'bel', 'dor'];
  const lines = [];
  for (const a of parts) for (const b of parts) for (const c of parts) for (const d of parts) {
    const surname = `${a.toUpperCase()[0]}${a.slice(1)}${b}${c}${d}`;
    lines.push(`On Tuesday ${given[lines.length % given.length]} ${surname} said 12 people were wounded in Baghdad.`);
  }
  return lines.join('\n\n');
}

test('a long text’s side panel is built a slice at a time, and every entity and fact gets there', async () => {
  await withPage(async (page) => {
    await settled(page);
    await definePaste(page);
    const text = crowd();
    const atReady = await page.evaluate(async (text) => {
      await window.__pasteAndWait(text);
      const entities = document.getElementById('entities');
      const first = entities.querySelector('button.entity');
      const built = entities.querySelectorAll('button.entity').length;
      const filling = entities.hasAttribute('data-filling') && document.getElementById('facts').hasAttribute('data-filling');
      // End, pressed while the list is still being built, goes to its true last entity.
      first.focus();
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
      const all = [...entities.querySelectorAll('button.entity')];
      return {
        filling,
        tabStops: all.filter((b) => b.tabIndex === 0).length,
        built,
        count: Number(document.getElementById('entities-count').textContent),
        buttons: all.length,
        focusedLast: document.activeElement === all.at(-1),
      };
    }, text);
    assert.equal(atReady.filling, true, 'the lists were still being built when the page said ready');
    assert.ok(atReady.built < atReady.count, `${atReady.built} of ${atReady.count} entities built in the first slice`);
    assert.ok(atReady.count > 6_000, `${atReady.count} entities`);
    assert.equal(atReady.buttons, atReady.count, 'End finished the list');
    assert.equal(atReady.focusedLast, true, 'End went to the last entity');
    assert.equal(atReady.tabStops, 1, 'the list stays one Tab stop');

    await page.waitForSelector('#facts:not([data-filling])', { state: 'attached' });
    const out = await page.evaluate(async (text) => {
      // The panel as built in one go from the same text, by a worker of its own.
      const { AnnotatorClient } = await import('./annotator/client.js');
      const { renderFacts } = await import('./facts/facts.js');
      const client = new AnnotatorClient();
      await new Promise((resolve) => { // its full gazetteer, as the page's
        client.onupgrade = resolve;
        client.annotate('.');
      });
      const { result } = await client.annotate(text);
      client.worker.terminate();
      const whole = document.createElement('div');
      const { fragment, count } = renderFacts(document, result, text);
      whole.append(fragment);
      const facts = document.getElementById('facts');
      const sections = [...facts.querySelectorAll('section.fact-group')];
      return {
        same: facts.textContent === whole.textContent,
        items: facts.querySelectorAll('.fact').length,
        count,
        shownCount: Number(document.getElementById('facts-count').textContent),
        headings: sections.map((s) => [Number(s.querySelector('.fact-group-count').textContent), s.querySelectorAll('.fact').length]),
        lastChip: facts.querySelector('.timeline-mentions').lastElementChild.dataset.start,
      };
    }, text);
    assert.equal(out.same, true, 'the panel built a slice at a time says what the one built at once says');
    assert.ok(out.items > 10_000, `${out.items} facts listed`);
    assert.equal(out.shownCount, out.count);
    for (const [said, listed] of out.headings) assert.equal(said, listed, 'each heading counts the items under it');
    assert.equal(Number(out.lastChip), text.lastIndexOf('Tuesday'), 'the last date is listed');
    // The last fact is reachable: scrolled into view and clicked, it takes the view to its text.
    await page.click('#tab-facts');
    const last = page.locator('#facts button.fact').last();
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await page.waitForFunction(() => document.getElementById('view').scrollTop > 0);
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

test('the worker posts the core’s progress on a long text, stage by stage, and none on a short one', async () => {
  const init = (page) => page.addInitScript(() => {
    window.__heard = [];
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (e) => window.__heard.push(e.data));
      }
    };
  });
  await withPage({ init }, async (page) => {
    await settled(page);
    const progressOf = () => page.evaluate(() => window.__heard.filter((m) => m?.type === 'progress'));
    await paste(page, NEWS);
    assert.deepEqual(await progressOf(), [], 'a short text reports nothing');
    const long = `${NEWS} 🇮🇶 “Ali” said.\n\n`.repeat(1_000); // over 64 KiB
    await paste(page, long);
    const reports = await progressOf();
    assert.deepEqual(reports.map((r) => r.stage), ['names', 'tagger', 'facts', 'assembling', 'done']);
    assert.deepEqual(reports.map((r) => r.done), [0, 0.32, 0.59, 0.91, 1]);
    const answer = await page.evaluate(() => window.__heard.findLast((m) => m?.result));
    assert.ok(reports.every((r) => r.id === answer.id), 'each report names the request it is about');
  });
});

test('a long run shows the core’s stage and share done, and Cancel still stops it', async () => {
  // A worker that reports one stage and then never answers stands for a long annotation.
  const route = (page) => page.route('**/annotator/worker.js', (request) => request.fulfill({
    contentType: 'text/javascript',
    body: `self.onmessage = (e) => {
      if (e.data.type === 'annotate') self.postMessage({ id: e.data.id, type: 'progress', stage: 'facts', done: 0.59 });
    };`,
  }));
  await withPage({ route }, async (page) => {
    await page.waitForSelector('#cancel-annotation:not([hidden])');
    await page.waitForSelector('#annotation-progress:not([hidden])');
    assert.equal(await page.$eval('#annotation-progress', (p) => p.value), 0.59);
    assert.match(await page.textContent('#status'), /^Annotating [\d,]+ characters… \d+\.\d s — reading facts \(59 %\)$/);
    await page.click('#cancel-annotation');
    await page.waitForSelector('#app[data-state="cancelled"]');
    assert.equal(await page.isVisible('#annotation-progress'), false, 'the bar goes with the run');
    const blocked = 'warning: Service Worker registration blocked by Playwright';
    page.seen.console.splice(0, Infinity, ...page.seen.console.filter((m) => m !== blocked));
  });
});
