// Corrections in place and the dictionary manager: select words → a label; a highlight →
// another label, a link to another entity, or "not a name"; undo and redo; all of it kept in
// the user's dictionary on the device; imports that report bad lines and change nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { browserSuite, settled, paste, marks, downloadFrom, selectInView, RESULTS, NEWS } from './harness.mjs';

const { withPage } = browserSuite();
const HAMLET = 'Shops reopened near Qelmarra on Monday. By noon Qelmarra was busy again.';

/** Waits until "Baghdad" (at 13 in NEWS) is highlighted as a place, or is not. */
const baghdadIsPlace = (page, want) => page.waitForFunction(
  (want) => (document.querySelector('#view mark[data-start="13"]')?.dataset.label === 'PLACE') === want,
  want,
);

const labelled = (page, text) => marks(page).then((ms) => ms.filter((m) => m.text === text).map((m) => m.label));

test('selected words get the chosen label everywhere in the text, and keep it after a reload', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, HAMLET);
    assert.deepEqual(await labelled(page, 'Qelmarra'), []);
    await selectInView(page, 'Qelmarra ');
    assert.equal(await page.textContent('#correct-title'), 'Label “Qelmarra” as…', 'the trailing space is not part of the name');
    await page.click('#correct-labels button[data-label="PLACE"]');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="PLACE"]').length === 2);
    assert.deepEqual(await labelled(page, 'Qelmarra'), ['PLACE', 'PLACE']);
    assert.match(await page.textContent('#announce'), /“Qelmarra” labelled Place\./);
    await page.reload();
    await settled(page);
    assert.deepEqual(await labelled(page, 'Qelmarra'), ['PLACE', 'PLACE'], 'kept on the device');
    assert.equal(await page.textContent('#dictionary-count'), '1');
  });
});

test('on a touch screen, a selection that rests opens the label menu without a pointer release', async () => {
  await withPage({ viewport: { width: 390, height: 844 }, hasTouch: true }, async (page) => {
    await settled(page);
    await page.tap('#mtab-editor');
    await paste(page, HAMLET);
    await page.tap('#mtab-view');
    await page.evaluate(() => {
      const text = document.getElementById('view').firstChild;
      const at = text.data.indexOf('Qelmarra');
      getSelection().setBaseAndExtent(text, at, text, at + 'Qelmarra'.length);
    });
    await page.waitForSelector('#correct-menu:popover-open');
    assert.equal(await page.textContent('#correct-title'), 'Label “Qelmarra” as…');
    await page.tap('#correct-labels button[data-label="PLACE"]');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="PLACE"]').length === 2);
  });
});

test('a highlight marked "not a name" loses that label; Undo brings it back and Redo removes it again', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    assert.deepEqual(await labelled(page, 'Baghdad'), ['PLACE']);
    await page.click('#view mark:text-is("Baghdad")');
    await page.waitForSelector('#correct-menu:popover-open');
    assert.equal(await page.textContent('#correct-not'), 'Not a place');
    await page.click('#correct-not');
    await baghdadIsPlace(page, false);
    assert.equal((await labelled(page, 'Baghdad')).includes('PLACE'), false);
    await page.click('#correction-undo');
    await baghdadIsPlace(page, true);
    await page.click('#correction-redo');
    await baghdadIsPlace(page, false);
    // Ctrl+Z outside the text fields undoes a correction too.
    await page.focus('#view');
    await page.keyboard.press('Control+z');
    await baghdadIsPlace(page, true);
  });
});

test('from the keyboard: N reaches a highlight, Enter opens it, a label changes it', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.focus('#view');
    const order = (await marks(page)).map((m) => m.text);
    const steps = order.indexOf('Baghdad') + 1;
    for (let i = 0; i < steps; i++) await page.keyboard.press('n');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Baghdad');
    assert.equal(await page.evaluate(() => document.activeElement.matches(':focus-visible')), true, 'the focus is visible');
    await page.keyboard.press('p');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), order[steps - 2]);
    await page.keyboard.press('n');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#correct-menu:popover-open');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#correct-menu') !== null), true, 'focus moves into the menu');
    await page.focus('#correct-labels button[data-label="ORG"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#view mark[data-start="13"]')?.dataset.label === 'ORG');
    assert.deepEqual(await labelled(page, 'Baghdad'), ['ORG']);
  });
});

test('a highlight linked to another entity becomes one of its names', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, 'Salim al-Rawi arrived in Baghdad. Later Mr Rawi met the US envoy; Abu Salim stayed.');
    const before = await page.$$eval('#view mark[data-label="PERSON"]', (ms) => ms.map((m) => [m.textContent, m.dataset.entity]));
    const salim = before.find(([text]) => text === 'Salim al-Rawi');
    assert.ok(salim, JSON.stringify(before));
    const other = before.find(([, id]) => id !== salim[1]);
    assert.ok(other && other[1] !== salim[1], `a second PERSON entity: ${JSON.stringify(before)}`);
    await page.click(`#view mark[data-entity="${other[1]}"]`);
    await page.waitForSelector('#correct-menu:popover-open');
    await page.selectOption('#correct-link', salim[1]);
    await page.click('#correct-link-apply');
    await page.waitForFunction(([text, id]) => [...document.querySelectorAll('#view mark')].some((m) => m.textContent === text && m.dataset.entity === id), [other[0], salim[1]]);
  });
});

test('an import with a bad line names the file and the line, and keeps the dictionary as it was', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, HAMLET);
    await page.click('#dictionary-open');
    await page.setInputFiles('#dictionary-import-input', { name: 'good.tsv', mimeType: 'text/plain', buffer: Buffer.from('PLACE\tQelmarra\n') });
    await page.waitForFunction(() => document.getElementById('dictionary-count').textContent === '1');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="PLACE"]').length === 2);
    await page.setInputFiles('#dictionary-import-input', {
      name: 'bad.tsv', mimeType: 'text/plain', buffer: Buffer.from('\uFEFFORG\tNoon Council\r\nCity\tQelmarra\r\nPERSON\tAbu Noon\r\n'),
    });
    await page.waitForSelector('#dictionary-errors:not([hidden])');
    assert.equal(await page.textContent('#dictionary-errors'),
      'bad.tsv was not imported: a line is not valid. Nothing was changed.\nbad.tsv, line 2: unknown label “City” (labels: PLACE, NATIONALITY, ORG, PERSON, TITLE, DATE, MONEY, NUMBER, KEYWORD, or a label of your own in capitals, digits and _, such as WEAPON)');
    assert.equal(await page.textContent('#dictionary-count'), '1');
    assert.deepEqual(await page.$$eval('#dictionary-rows input[data-field="name"]', (i) => i.map((x) => x.value)), ['Qelmarra']);
    await page.click('#dictionary-close');
    assert.deepEqual(await labelled(page, 'Qelmarra'), ['PLACE', 'PLACE']);
  });
});

test('entries can be edited, disabled and exported; each export imports back', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, HAMLET);
    await page.click('#dictionary-open');
    const json = JSON.stringify({ entries: [
      { label: 'PLACE', name: 'Qelmarra', aliases: ['Qel'] },
      { label: 'ORG', name: 'Noon Council', caseRule: 'any' },
    ] });
    await page.setInputFiles('#dictionary-import-input', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.waitForFunction(() => document.getElementById('dictionary-count').textContent === '2');
    assert.match(await page.textContent('#dictionary-status'), /^Imported 2 entries from mine\.json\.$/);
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="PLACE"]').length === 2);
    // Disable the first entry: its highlights go.
    await page.uncheck('#dictionary-rows tr[data-index="0"] input[data-field="enabled"]');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="PLACE"]').length === 0);
    // Relabel it in the table and turn it back on.
    await page.selectOption('#dictionary-rows tr[data-index="0"] select[data-field="label"]', 'ORG');
    await page.check('#dictionary-rows tr[data-index="0"] input[data-field="enabled"]');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="ORG"]').length === 2);
    const dir = path.join(RESULTS, 'dictionary');
    const exported = {};
    for (const format of ['tsv', 'csv', 'json', 'jsonl']) {
      exported[format] = await downloadFrom(page, `#dictionary-export button[data-format="${format}"]`, dir);
    }
    assert.equal(exported.tsv.text.split('\n').filter((l) => l && !l.startsWith('#')).join('\n'), 'ORG\tQelmarra\tQel\t-\nORG\tNoon Council\t-\ti');
    assert.match(exported.csv.text, /^label,name,aliases,case,enabled,kind\r\n/);
    assert.equal(JSON.parse(exported.json.text).entries.length, 2);
    assert.equal(exported.jsonl.text.trim().split('\n').length, 3, 'one spaCy pattern per surface');
    await page.click('#dictionary-clear');
    await page.waitForFunction(() => document.getElementById('dictionary-count').textContent === '');
    for (const format of ['tsv', 'csv', 'json', 'jsonl']) {
      await page.setInputFiles('#dictionary-import-input', { name: exported[format].name, mimeType: 'text/plain', buffer: Buffer.from(exported[format].text) });
      await page.waitForFunction(() => document.getElementById('dictionary-count').textContent === '2');
      await page.click('#dictionary-clear');
      await page.waitForFunction(() => document.getElementById('dictionary-count').textContent === '');
    }
  });
});

test('a change the core refuses is taken back: the saved dictionary and the annotator agree', async () => {
  await withPage({
    init: (page) => page.addInitScript(() => {
      // A core that refuses the next dictionary: the request is spoiled on its way to the worker.
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (message, ...rest) {
        const spoil = window.__refuse && message?.type === 'dictionary';
        return post.call(this, spoil ? { ...message, tsv: 'City\tNowhere\n' } : message, ...rest);
      };
    }),
  }, async (page) => {
    await settled(page);
    await paste(page, HAMLET);
    await page.click('#dictionary-open');
    await page.fill('#dictionary-add input[name="name"]', 'Qelmarra');
    await page.click('#dictionary-add button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="PLACE"]').length === 2);
    await page.evaluate(() => { window.__refuse = true; });
    await page.fill('#dictionary-add input[name="name"]', 'Noon');
    await page.click('#dictionary-add button[type="submit"]');
    await page.waitForSelector('#alert:not([hidden])');
    assert.match(await page.textContent('#alert-text'), /^The dictionary could not be applied \(custom dictionary, line 1: unknown label "City".*\); it is as it was\.$/);
    await page.waitForFunction(() => document.getElementById('dictionary-count').textContent === '1');
    await page.reload();
    await settled(page);
    assert.equal(await page.textContent('#dictionary-count'), '1', 'the refused entry was not kept');
    assert.deepEqual(await labelled(page, 'Qelmarra'), ['PLACE', 'PLACE']);
  });
});
