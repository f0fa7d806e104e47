// Browser tests of the page: what a reader sees and can do, one behaviour per test.
// Run: node --test tests/e2e/   (needs pkg/ built: scripts/build.sh)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { mkdtemp, mkdir, symlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { browserSuite, settled, paste, marks, RESULTS, ROOT, NEWS } from './harness.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const { withPage, app } = browserSuite();

test('the sample article is annotated on load, with counts in the legend', async () => {
  await withPage(async (page) => {
    assert.equal(await settled(page), 'ready');
    const text = await page.inputValue('#editor');
    assert.ok(text.length > 1000, 'the editor holds the sample');
    assert.equal(await page.textContent('#view'), text, 'the view shows exactly the text');
    const found = await marks(page);
    assert.ok(found.length > 5, `marks: ${found.length}`);
    const place = await page.textContent('.chip[data-label="PLACE"] .chip-count');
    assert.ok(Number(place) > 0, `PLACE count ${place}`);
    assert.match(await page.textContent('#status'), /^Annotated \d{3} words in \d+(\.\d)? ms — \d+ entit(y|ies)$/);
    assert.ok((await page.$$('#entities button.entity')).length > 0, 'entities listed');
    assert.equal(await page.isVisible('#alert'), false);
    await page.screenshot({ path: path.join(RESULTS, 'page.png') });
    if (process.env.UPDATE_SCREENSHOT) {
      // The README's picture (scripts/screenshot.sh): a little smaller, to stay under 200 KB.
      await page.setViewportSize({ width: 1160, height: 720 });
      await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
    }
  });
});

test('the sample article reads in the dark theme and on a phone (the README’s other pictures)', async () => {
  await withPage({ colorScheme: 'dark', viewport: { width: 1160, height: 720 } }, async (page) => {
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    assert.ok((await marks(page)).length > 5);
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-dark.png') });
  });
  await withPage({ viewport: { width: 390, height: 844 } }, async (page) => {
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.isVisible('#mtab-view'), true, 'the pane tabs are shown');
    if (process.env.UPDATE_SCREENSHOT) await page.screenshot({ path: path.join(ROOT, 'docs/screenshot-mobile.png') });
  });
});

test('the quick core gazetteer answers first, then the full one adds the cities', async () => {
  await withPage(async (page) => {
    // Hold the article back until the core annotator has answered once, then paste a city that
    // only the full gazetteer knows and wait for the upgrade to highlight it.
    await page.waitForSelector('#app[data-state="ready"]');
    await page.fill('#editor', 'Fighting reached Mosul on Monday.');
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.getAttribute('#app', 'data-gazetteer'), 'full');
    const found = (await marks(page)).map((m) => [m.text, m.label]);
    assert.deepEqual(found.filter(([, label]) => label !== 'KEYWORD'), [['Mosul', 'PLACE'], ['Monday', 'DATE']]);
  });
});

test('pasting a new article re-annotates it', async () => {
  await withPage(async (page) => {
    await settled(page);
    assert.equal(await paste(page, NEWS), 'ready');
    assert.equal(await page.textContent('#view'), NEWS);
    assert.match(await page.textContent('#status'), /^Annotated 13 words in /);
  });
});

test('known entities get their label and exactly their text highlighted', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    const found = await marks(page);
    const pick = (text) => found.find((m) => m.text === text);
    assert.equal(pick('Baghdad')?.label, 'PLACE');
    assert.equal(pick('Iraqi')?.label, 'NATIONALITY');
    assert.equal(pick('US')?.label, 'PLACE');
    const title = await page.getAttribute('#view mark[data-label="PLACE"]:text-is("US")', 'title');
    assert.match(title, /Place: United States/, 'the title names the canonical entity');
    const tag = await page.$eval('#view mark[data-label="NATIONALITY"]', (m) => getComputedStyle(m, '::after').content);
    assert.equal(tag, '"NAT"', 'each mark shows its label tag');
  });
});

test('emoji and curly quotes before an entity do not shift its highlight', async () => {
  await withPage(async (page) => {
    await settled(page);
    const text = '🇮🇶 👍 “Breaking” — the mayor of Baghdad said ‘Iraqi’ families 👨‍👩‍👧 left Iraq.';
    await paste(page, text);
    const found = await marks(page);
    assert.deepEqual(
      found.filter((m) => m.label !== 'KEYWORD' && m.label !== 'TITLE').map((m) => [m.text, m.label]),
      [['Baghdad', 'PLACE'], ['Iraqi', 'NATIONALITY'], ['Iraq', 'PLACE']],
    );
    assert.equal(await page.textContent('#view'), text);
  });
});

test('pasted markup stays literal text and never runs', async () => {
  await withPage(async (page) => {
    await settled(page);
    const text = 'Baghdad <img src=x onerror="window.__pwned=1"> and <script>window.__pwned=1</script> <b>US</b>';
    await paste(page, text);
    assert.equal(await page.textContent('#view'), text);
    assert.equal(await page.$$eval('#view img, #view script, #view b', (n) => n.length), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const elements = await page.$$eval('#view *', (ns) => [...new Set(ns.map((n) => n.localName))]);
    assert.deepEqual(elements, ['mark']);
  });
});

test('the page requests nothing outside its own origin', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.click('.chip[data-label="PLACE"]');
    await page.click('#entities button.entity');
    const requests = page.seen.requests;
    assert.ok(requests.some((u) => u.endsWith('/pkg/annotator_bg.wasm')), 'the worker\'s WASM fetch is seen');
    const foreign = requests.filter((u) => new URL(u).origin !== app().origin);
    assert.deepEqual(foreign, []);
  });
});

test('a legend toggle hides a label and shows it again', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    const chip = page.locator('.chip[data-label="PLACE"]');
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    const places = (await marks(page)).filter((m) => m.label === 'PLACE');
    assert.ok(places.length >= 2 && places.every((m) => m.off), 'PLACE marks lose their highlight');
    const bg = await page.$eval('#view mark[data-label="PLACE"]', (m) => getComputedStyle(m).backgroundColor);
    assert.equal(bg, 'rgba(0, 0, 0, 0)');
    assert.ok((await marks(page)).filter((m) => m.label === 'NATIONALITY').every((m) => !m.off), 'other labels stay');
    assert.equal(await page.textContent('#view'), NEWS, 'the text itself stays');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'true');
    assert.ok((await marks(page)).every((m) => !m.off));
  });
});

test('the legend and the entity list work from the keyboard', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.focus('.chip[data-label="NATIONALITY"]');
    await page.keyboard.press('Space');
    assert.equal(await page.getAttribute('.chip[data-label="NATIONALITY"]', 'aria-pressed'), 'false');
    await page.keyboard.press('Enter');
    assert.equal(await page.getAttribute('.chip[data-label="NATIONALITY"]', 'aria-pressed'), 'true');
    await page.focus('#entities button.entity');
    await page.keyboard.press('Enter');
    assert.ok(await page.$$eval('#view mark', (ms) => ms.some((m) => m.getAnimations().length > 0)), 'mentions flash');
  });
});

test('the entity list is one Tab stop; arrows, Home and End move inside it', async () => {
  await withPage(async (page) => {
    await settled(page); // the sample: dozens of entities
    const entities = await page.$$eval('#entities button.entity', (b) => b.map((x) => x.dataset.entity));
    assert.ok(entities.length > 20, `${entities.length} entities`);
    const focused = () => page.evaluate(() => document.activeElement.dataset.entity ?? document.activeElement.id);
    await page.focus('#tab-entities');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    assert.equal(await focused(), entities[0], 'Tab enters the list at its first entity');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), entities[2]);
    await page.keyboard.press('End');
    assert.equal(await focused(), entities.at(-1));
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), entities.at(-2));
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#entities')), null, 'one Tab leaves the list');
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), entities.at(-2), 'and Shift+Tab comes back where it left');
  });
});

test('clicking an entity scrolls to its first mention and flashes every mention', async () => {
  await withPage(async (page) => {
    await settled(page);
    const filler = 'Nothing of note happened in the long paragraphs of this report.\n\n'.repeat(60);
    await paste(page, `${filler}Crowds gathered in Baghdad. Later, Baghdad was calm. The US said nothing.`);
    assert.equal(await page.$eval('#view', (v) => v.scrollTop), 0);
    const baghdad = page.locator('#entities button.entity', { has: page.locator('.entity-name', { hasText: /^Baghdad$/ }) });
    assert.equal(await baghdad.locator('.entity-count').textContent(), '×2');
    await baghdad.click();
    await page.waitForFunction(() => document.querySelector('#view').scrollTop > 0);
    const flashing = await page.$$eval('#view mark', (ms) => ms.filter((m) => m.getAnimations().length > 0).map((m) => m.textContent));
    assert.deepEqual(flashing, ['Baghdad', 'Baghdad']);
    const inView = await page.$eval('#view mark[data-label="PLACE"]', (m) => {
      const r = m.getBoundingClientRect();
      const v = document.querySelector('#view').getBoundingClientRect();
      return r.top >= v.top && r.bottom <= v.bottom;
    });
    assert.ok(inView, 'the first mention is scrolled into the view');
    assert.equal(await baghdad.evaluate((b) => b.classList.contains('is-selected')), true);
  });
});

test('a dictionary entry added in the manager highlights its words; deleting it removes them', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, 'The zorblax crossed from Baghdad on a zorblaxes cart.');
    assert.equal((await marks(page)).some((m) => m.text.startsWith('zorblax')), false);
    await page.click('#dictionary-open');
    await page.selectOption('#dictionary-add select[name="label"]', 'KEYWORD');
    await page.fill('#dictionary-add input[name="name"]', 'zorblax');
    await page.fill('#dictionary-add input[name="aliases"]', 'zorblaxes');
    await page.selectOption('#dictionary-add select[name="caseRule"]', 'any');
    await page.click('#dictionary-add button[type="submit"]');
    await page.waitForSelector('#view mark[data-entity][data-label="KEYWORD"]:text-is("zorblax")');
    const found = (await marks(page)).filter((m) => m.text.startsWith('zorblax'));
    assert.deepEqual(found.map((m) => [m.text, m.label]), [['zorblax', 'KEYWORD'], ['zorblaxes', 'KEYWORD']]);
    assert.equal(await page.textContent('#dictionary-count'), '1');
    await page.click('#dictionary-rows button[data-action="delete"]');
    await page.waitForFunction(() => ![...document.querySelectorAll('#view mark')].some((m) => m.textContent.startsWith('zorblax')));
    assert.equal(await page.textContent('#dictionary-count'), '');
    assert.equal(await page.isVisible('#alert'), false);
  });
});

test('a lone surrogate does not shift the offsets after it', async () => {
  await withPage(async (page) => {
    await settled(page);
    const text = await page.evaluate(() => {
      const t = 'Bad byte \uD800 here, then Baghdad and \uDC00 Iraqi.';
      const editor = document.querySelector('#editor');
      editor.value = t;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
      return t;
    });
    await settled(page);
    const found = await marks(page);
    assert.deepEqual(found.map((m) => [m.text, m.label]), [['Baghdad', 'PLACE'], ['Iraqi', 'NATIONALITY']]);
    assert.equal(await page.evaluate(() => document.querySelector('#view').textContent.length), text.length);
  });
});

test('rendering keeps every character of the text, whatever the spans', async () => {
  await withPage(async (page) => {
    await settled(page);
    const out = await page.evaluate(async () => {
      const { renderAnnotated } = await import('./view/render.js');
      const text = 'ab🇮🇶cd<b>ef</b>';
      const spans = [
        { start: 2, end: 6, label: 'PLACE' }, // the flag: two surrogate pairs
        { start: 4, end: 8, label: 'ORG' }, // overlaps the previous one: skipped
        { start: 9, end: 7, label: 'ORG' }, // backwards: skipped
        { start: 10, end: 99, label: 'ORG' }, // past the end: skipped
        { start: 9, end: 12, label: 'SOMETHING_NEW' }, // a label this page does not know yet
      ];
      const div = document.createElement('div');
      div.append(renderAnnotated(document, text, spans));
      return {
        text: div.textContent,
        marks: [...div.querySelectorAll('mark')].map((m) => [m.textContent, m.className]),
      };
    });
    assert.equal(out.text, 'ab🇮🇶cd<b>ef</b>');
    assert.deepEqual(out.marks, [['🇮🇶', 'ent label-PLACE'], ['b>e', 'ent label-custom-SOMETHING_NEW']]);
  });
});

test('a nested name renders inside its mark; malformed nested spans keep their text plain', async () => {
  await withPage(async (page) => {
    await settled(page);
    const out = await page.evaluate(async () => {
      const { renderAnnotated } = await import('./view/render.js');
      const text = 'The US Embassy in Baghdad 🇮🇶 closed.';
      const spans = [{ start: 4, end: 25, label: 'ORG' }];
      const nested = [
        { start: 4, end: 6, label: 'PLACE', entity: 'iso:US' },
        { start: 5, end: 9, label: 'PERSON' }, // overlaps the previous one: skipped
        { start: 18, end: 25, label: 'PLACE' },
        { start: 20, end: 30, label: 'PLACE' }, // past its mark: skipped
      ];
      const div = document.createElement('div');
      div.append(renderAnnotated(document, text, spans, { nested }));
      const mark = div.querySelector('mark');
      return {
        text: div.textContent,
        mark: mark.textContent,
        inner: [...mark.querySelectorAll('.nested')].map((n) => [n.textContent, n.className, n.dataset.entity ?? null]),
      };
    });
    assert.equal(out.text, 'The US Embassy in Baghdad 🇮🇶 closed.');
    assert.equal(out.mark, 'US Embassy in Baghdad');
    assert.deepEqual(out.inner, [['US', 'nested label-PLACE', 'iso:US'], ['Baghdad', 'nested label-PLACE', null]]);
  });
});

test('a place inside an organisation stays readable as a second layer, with its own tag', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, 'The US Embassy in Baghdad condemned the attack.');
    const org = page.locator('#view mark[data-label="ORG"]', { hasText: 'Embassy' });
    const inner = org.locator('.nested[data-label="PLACE"]');
    assert.equal(await inner.textContent(), 'US');
    assert.equal(await inner.evaluate((n) => getComputedStyle(n, '::after').content), '"PLACE"');
    assert.equal(await inner.getAttribute('title'), 'Place: US');
    await page.click('.chip[data-label="PLACE"]');
    assert.equal(await inner.evaluate((n) => getComputedStyle(n, '::after').content), 'none', 'hidden with its label');
    assert.equal(await page.textContent('#view'), 'The US Embassy in Baghdad condemned the attack.');
  });
});

/** Renders `text` in the page with every "Baghdad" a PLACE span; returns what its chunks hold. */
function renderBaghdads(page, text) {
  return page.evaluate(async (text) => {
    const { renderAnnotated } = await import('./view/render.js');
    const spans = [];
    for (let at = text.indexOf('Baghdad'); at >= 0; at = text.indexOf('Baghdad', at + 1)) {
      spans.push({ start: at, end: at + 7, label: 'PLACE' });
    }
    const div = document.createElement('div');
    div.append(renderAnnotated(document, text, spans));
    const chunks = [...div.children].filter((c) => c.localName !== 'mark');
    return {
      same: div.textContent === text,
      classes: [...new Set(chunks.map((c) => c.className))],
      lengths: chunks.map((c) => c.textContent.length),
      ends: [...new Set(chunks.slice(0, -1).map((c) => c.textContent.at(-1)))],
      marks: div.querySelectorAll('mark').length,
      spans: spans.length,
    };
  }, text);
}

test('a long text renders in chunks cut at line breaks, never inside a mark; an article in one piece', async () => {
  await withPage(async (page) => {
    await settled(page);
    const line = 'Protesters marched in Baghdad on Tuesday.\n';
    const short = await renderBaghdads(page, line.repeat(20));
    assert.deepEqual([short.same, short.lengths, short.marks], [true, [], 20], 'an article is in one piece');
    const long = await renderBaghdads(page, `${line.repeat(600)}End`);
    assert.deepEqual([long.same, long.lengths.length, long.classes, long.ends, long.marks], [true, 13, ['chunk'], ['\n'], 600]);
  });
});

test('a megabyte on one line is cut into bounded chunks, after spaces, losing nothing', async () => {
  await withPage(async (page) => {
    await settled(page);
    const out = await renderBaghdads(page, 'Protesters marched in Baghdad on Tuesday 🇮🇶 and went home. '.repeat(17_000));
    assert.deepEqual([out.same, out.classes, out.ends, out.marks], [true, ['chunk'], [' '], out.spans]);
    assert.ok(out.lengths.length > 100, `${out.lengths.length} chunks`);
    assert.ok(Math.max(...out.lengths) <= 8_200, `the longest chunk holds ${Math.max(...out.lengths)} characters`);
  });
});

test('a megabyte pasted is annotated and shown in full, chunk by chunk', async () => {
  await withPage(async (page) => {
    await settled(page);
    const text = 'Protesters marched in Baghdad on Tuesday, police said.\n\n'.repeat(20_000);
    // Set the value directly, as a paste does: typing a megabyte through the driver is slow.
    await page.$eval('#editor', (e, t) => {
      e.value = t;
      e.dispatchEvent(new Event('input'));
    }, text);
    await page.waitForSelector('#app[data-state="pending"]');
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.$eval('#view', (v) => v.textContent.length), text.length);
    await page.waitForSelector('#view:not([data-filling])'); // every chunk has its marks
    assert.equal(await page.$eval('#view', (v) => v.textContent.length), text.length);
    assert.equal(await page.$$eval('#view mark[data-label="PLACE"]', (m) => m.length), 20_000);
    assert.ok(await page.$$eval('#view .chunk', (c) => c.length) > 100);
  });
});

test('an empty text shows a friendly empty state', async () => {
  await withPage(async (page) => {
    await settled(page);
    assert.equal(await paste(page, '   \n '), 'empty');
    assert.equal(await page.isVisible('#view-empty'), true);
    assert.match(await page.textContent('#view-empty'), /Nothing to annotate yet/);
    assert.equal(await page.isVisible('#alert'), false);
    await page.click('#empty-sample');
    assert.equal(await settled(page), 'ready');
    assert.ok((await marks(page)).length > 0);
  });
});

test('a text too large for the core shows the core\'s message and keeps the text', async () => {
  await withPage(async (page) => {
    await settled(page);
    // The editor is hidden while it holds 17 MB: laying out that much text takes headless
    // Chromium some 20 s, which is the browser's cost, not the behaviour under test.
    const length = await page.evaluate(() => {
      const editor = document.querySelector('#editor');
      editor.hidden = true;
      editor.value = 'Baghdad is calm. '.repeat(1_000_000); // 17 MB, over the core's 16 MiB
      editor.dispatchEvent(new Event('input', { bubbles: true }));
      return editor.value.length;
    });
    assert.equal(await settled(page), 'error');
    assert.match(await page.textContent('#alert-text'), /^the text is 17\.0 MB; the annotator reads at most 16\.8 MB at once/);
    assert.equal(await page.evaluate(() => document.querySelector('#editor').value.length), length, 'the text is kept');
    assert.equal(await page.isVisible('#view'), false, 'no stale annotation is shown');
    await page.evaluate((text) => {
      const editor = document.querySelector('#editor');
      editor.value = text;
      editor.hidden = false;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    }, NEWS);
    assert.equal(await settled(page), 'ready', 'a smaller text annotates again');
    assert.equal(await page.isVisible('#alert'), false);
  });
});

test('if the annotator cannot load, the page says so and keeps the text', async () => {
  await withPage(
    { route: (page) => page.route('**/annotator_bg.wasm', (r) => r.abort()) },
    async (page) => {
      assert.equal(await settled(page), 'error');
      assert.match(await page.textContent('#alert-text'), /Could not load the annotator/);
      assert.ok((await page.inputValue('#editor')).length > 1000, 'the sample text is still there');
      page.seen.console.length = 0; // the aborted fetch is logged as an error, as it should be
    },
  );
});

test('fast edits end with the annotation of the last text', async () => {
  await withPage(async (page) => {
    await settled(page);
    await page.click('#editor');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Iraq and Baghdad, then US', { delay: 5 });
    await settled(page);
    assert.equal(await page.textContent('#view'), 'Iraq and Baghdad, then US');
    assert.deepEqual((await marks(page)).map((m) => m.text), ['Iraq', 'Baghdad', 'US']);
  });
});

test('an answer that arrives after a newer edit is never shown as ready', async () => {
  await withPage(async (page) => {
    await settled(page);
    // The first text goes to the worker once its debounce ends; the second is typed while that
    // answer is on its way, so the answer lands inside the second text's debounce. Every time
    // the page says "ready", the view must show the text in the editor.
    await page.evaluate(() => {
      window.__readyShowed = [];
      new MutationObserver(() => {
        const app = document.getElementById('app');
        if (app.dataset.state === 'ready') {
          window.__readyShowed.push([document.getElementById('view').textContent, document.getElementById('editor').value]);
        }
      }).observe(document.getElementById('app'), { attributes: true, attributeFilter: ['data-state'] });
    });
    const edit = (text) => page.evaluate((t) => {
      const editor = document.getElementById('editor');
      editor.value = t;
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
    // A first text long enough that the core takes a while over it.
    await edit('Officials in Mosul met the governor of Nineveh on Monday. '.repeat(6000));
    await page.waitForFunction(() => document.getElementById('app').dataset.state === 'pending');
    await new Promise((resolve) => setTimeout(resolve, 280)); // past the debounce: the first is sent
    await edit('Talks resumed in Baghdad.');
    await settled(page);
    assert.equal(await page.textContent('#view'), 'Talks resumed in Baghdad.');
    const seen = await page.evaluate(() => window.__readyShowed);
    assert.ok(seen.length >= 1);
    for (const [view, editor] of seen) {
      assert.ok(view === editor, `a "ready" view showed ${view.length} characters while the editor held ${editor.length}`);
    }
  });
});

test('the draft survives a reload; Sample brings the sample back and offers the draft back', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.reload();
    await settled(page);
    assert.equal(await page.inputValue('#editor'), NEWS);
    await page.click('#load-sample');
    await settled(page);
    assert.ok((await page.inputValue('#editor')).length > 1000);
    assert.match(await page.textContent('#undo-bar'), /Article replaced by the sample \(13 words kept\)/);
  });
});

test('text pasted while the saved draft is still loading is kept; the draft is offered back', async () => {
  // The device store answers 1.5 s late, so a paste lands before the page has its draft.
  const slowStore = (page) => page.addInitScript(() => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) {
      const request = open.apply(this, args);
      Object.defineProperty(request, 'onsuccess', {
        set(handler) { request.addEventListener('success', (e) => setTimeout(() => handler.call(request, e), 1_500)); },
      });
      return request;
    };
  });
  await withPage({ init: slowStore }, async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.reload();
    await page.fill('#editor', 'Talks resumed in Baghdad.');
    await page.waitForSelector('#undo-bar:not([hidden])');
    await settled(page);
    assert.equal(await page.inputValue('#editor'), 'Talks resumed in Baghdad.');
    assert.equal(await page.textContent('#view'), 'Talks resumed in Baghdad.');
    assert.match(await page.textContent('#undo-bar'), /Your saved draft was kept aside \(13 words kept\)/);
  });
});

test('no form field asks the browser for its autofill or suggestions', async () => {
  await withPage(async (page) => {
    await settled(page);
    await page.click('#dictionary-open');
    await page.fill('#dictionary-add input[name="name"]', 'Qelmarra');
    await page.click('#dictionary-add button[type="submit"]');
    await page.waitForSelector('#dictionary-rows tr');
    const fields = await page.$$eval('input, textarea, select', (all) => all.map((f) => [f.id || f.name || f.dataset.field || f.type, f.autocomplete]));
    assert.ok(fields.length >= 15, `${fields.length} fields`);
    assert.deepEqual(fields.filter(([, value]) => value !== 'off'), []);
  });
});

test('on a narrow screen nothing overflows sideways', async () => {
  await withPage({ viewport: { width: 375, height: 812 } }, async (page) => {
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    const chip = await page.$eval('.chip[data-label="KEYWORD"]', (c) => c.getBoundingClientRect().right);
    assert.ok(chip <= 375, 'the legend wraps');
    await page.screenshot({ path: path.join(RESULTS, 'page-narrow.png'), fullPage: true });
  });
});

test('the page works from any sub-path of a static host, with www/ and pkg/ side by side', async () => {
  const site = await mkdtemp(path.join(tmpdir(), 'annotator-site-'));
  const deep = path.join(site, 'some/sub/path');
  await mkdir(deep, { recursive: true });
  await symlink(path.join(ROOT, 'www'), path.join(deep, 'www'));
  await symlink(path.join(ROOT, 'pkg'), path.join(deep, 'pkg'));
  const { server, url } = await startStaticServer({ root: site });
  const page = await app().browser.newPage();
  try {
    await page.goto(`${url}some/sub/path/www/`);
    assert.equal(await settled(page), 'ready');
    assert.ok((await marks(page)).length > 0);
  } finally {
    await page.context().close();
    await new Promise((resolve) => server.close(resolve));
    await rm(site, { recursive: true, force: true });
  }
});
