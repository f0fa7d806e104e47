// Custom labels in the page: a label of the user's own, made from a selection or in the
// dictionary manager with its colour, highlighted everywhere its words occur, shown and toggled
// in the legend, kept on the device, carried by every export; a colour too dark to read text
// on is lightened and the page says so; axe finds nothing in these states.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { browserSuite, settled, paste, marks, problems, downloadFrom, selectInView, ROOT, RESULTS } from './harness.mjs';
import { contrast, readableColours, customLabelProblem, normaliseLabelName, ON_LABEL, MIN_CONTRAST } from '../../www/labels.js';

const { withPage } = browserSuite();
const AXE = await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
// Invented: the label's words twice, after an emoji and curly quotes, so UTF-16 offsets matter.
const RIFLES = '🇮🇶 Police found a “Vantor rifle” in Qelmarra on Monday. A second Vantor rifle was seized.';

async function noViolations(page, state) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(found, [], `axe in the ${state} state`);
}

/** Makes the label `name` coloured `colour` for the selected words, from the corrections menu. */
async function newLabelFromSelection(page, words, name, colour) {
  await selectInView(page, words);
  await page.click('#correct-labels button[data-action="new-label"]');
  await page.fill('#correct-new-name', name);
  await page.fill('#correct-new-colour', colour);
  await page.click('#correct-menu .new-label button[type="submit"]');
}

test('a light pick is kept; a dark one is lightened until the text reads at 4.5:1; the tag colour carries white text', () => {
  assert.deepEqual(readableColours('#fceaa2'), { bg: '#fceaa2', accent: readableColours('#fceaa2').accent, adjusted: false });
  for (const pick of ['#000000', '#101010', '#8b0000', '#0000ff', '#ffffff', '#777777']) {
    const { bg, accent } = readableColours(pick);
    assert.ok(contrast(ON_LABEL, bg) >= MIN_CONTRAST, `${pick} → ${bg}`);
    assert.ok(contrast('#ffffff', accent) >= MIN_CONTRAST, `${pick} → tag ${accent}`);
  }
  assert.equal(readableColours('#101010').adjusted, true);
});

test('a label name is typed freely and read as the core reads it', () => {
  assert.equal(normaliseLabelName(' aid group '), 'AID_GROUP');
  assert.equal(normaliseLabelName('hand-gun'), 'HAND_GUN');
  assert.equal(customLabelProblem('WEAPON'), null);
  assert.match(customLabelProblem('PLACE'), /built-in/);
  assert.match(customLabelProblem('9MM'), /cannot be a label name/);
  assert.match(customLabelProblem('A'.repeat(25)), /at most 24 characters/);
});

const weapons = (page) => marks(page).then((ms) => ms.filter((m) => m.label === 'WEAPON'));
const hex = (rgb) => `#${rgb.match(/\d+/g).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
const backgroundOf = (page, selector) => page.$eval(selector, (m) => getComputedStyle(m).backgroundColor).then(hex);

test('a new label from a selection, with its colour: everywhere, in the legend, toggled, kept after a reload', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, RIFLES);
    await selectInView(page, 'Vantor rifle');
    await page.click('#correct-labels button[data-action="new-label"]');
    await noViolations(page, 'corrections menu with the new label form');
    await page.fill('#correct-new-name', 'weapon');
    await page.fill('#correct-new-colour', '#f4a261');
    await page.click('#correct-menu .new-label button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="WEAPON"]').length === 2);
    assert.deepEqual((await weapons(page)).map((m) => m.text), ['Vantor rifle', 'Vantor rifle']);
    assert.equal(await backgroundOf(page, '#view mark[data-label="WEAPON"]'), '#f4a261');
    assert.equal(await page.$eval('#view mark[data-label="WEAPON"]', (m) => getComputedStyle(m, '::after').content), '"WEAPON"',
      'the tag says the label, so colour is not the only cue');
    const chip = page.locator('#legend .chip[data-label="WEAPON"]');
    assert.equal(await chip.locator('.chip-count').textContent(), '2');
    assert.equal(await chip.locator('.chip-name').textContent(), 'Weapon');
    await noViolations(page, 'a custom label in the view and the legend');
    await chip.click();
    assert.equal(await chip.getAttribute('aria-pressed'), 'false');
    // Hidden: the marks keep their text but lose their highlight (a rule over the view, view/rules.js).
    const highlit = () => page.$$eval('#view mark[data-label="WEAPON"]', (ms) => ms.map((m) => getComputedStyle(m).backgroundColor !== 'rgba(0, 0, 0, 0)'));
    assert.deepEqual(await highlit(), [false, false]);
    await chip.click();
    assert.deepEqual(await highlit(), [true, true]);

    await page.reload();
    await settled(page);
    assert.equal((await weapons(page)).length, 2, 'the label and its entry are kept on the device');
    assert.equal(await backgroundOf(page, '#view mark[data-label="WEAPON"]'), '#f4a261', 'and so is its colour');
    assert.equal(await page.locator('#legend .chip[data-label="WEAPON"] .chip-count').textContent(), '2');
    await paste(page, 'Another Vantor rifle turned up.');
    assert.deepEqual((await weapons(page)).map((m) => m.text), ['Vantor rifle'], 'and in a later text');
    assert.deepEqual(await problems(page), []);
  });
});

test('a badly written name is refused, and a colour too dark to read text on is lightened with a message first (dark theme)', async () => {
  await withPage({ colorScheme: 'dark' }, async (page) => {
    await settled(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    await paste(page, RIFLES);
    await newLabelFromSelection(page, 'Vantor rifle', 'AID-GROUP!', '#101010');
    assert.match(await page.textContent('#correct-new-problem'), /“AID_GROUP!” cannot be a label name: use capitals, digits and _/);
    assert.equal(await page.getAttribute('#correct-new-name', 'aria-invalid'), 'true');
    await page.fill('#correct-new-name', 'aid group');
    await page.click('#correct-menu .new-label button[type="submit"]');
    const message = await page.textContent('#correct-new-problem');
    const [, lighter] = message.match(/^#101010 is too dark to read text on, so the colour is now (#[0-9a-f]{6})\. Create the label again to use it, or pick another colour\.$/) ?? [];
    assert.ok(lighter, message);
    assert.equal(await page.inputValue('#correct-new-colour'), lighter, 'the picker shows the colour that will be used');
    assert.equal(await page.$$eval('#view mark[data-label="AID_GROUP"]', (ms) => ms.length), 0, 'nothing is made before the user agrees');
    await noViolations(page, 'the new label form with its message');
    await page.click('#correct-menu .new-label button[type="submit"]');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="AID_GROUP"]').length === 2);
    const bg = await backgroundOf(page, '#view mark[data-label="AID_GROUP"]');
    assert.equal(bg, lighter);
    assert.ok(contrast(ON_LABEL, bg) >= MIN_CONTRAST, `${bg}: ${contrast(ON_LABEL, bg).toFixed(2)}:1`);
    await noViolations(page, 'a lightened custom label');
  });
});

test('the dictionary manager makes and recolours labels, and a JSON dictionary brings its colours', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, RIFLES);
    await page.click('#dictionary-open');
    await page.fill('#dictionary-new-name', 'WEAPON');
    await page.fill('#dictionary-new-colour', '#a8dadc');
    await page.click('#dictionary-dialog .new-label button[type="submit"]');
    await page.waitForSelector('#dictionary-dialog input[type="color"][data-label="WEAPON"]');
    assert.equal(await page.inputValue('#dictionary-add select[name="label"]'), 'WEAPON', 'the new label is chosen for the next entry');
    await page.fill('#dictionary-add input[name="name"]', 'Vantor rifle');
    await page.click('#dictionary-add button[type="submit"]');
    await page.waitForSelector('#dictionary-rows tr');
    assert.equal(await page.inputValue('#dictionary-rows select[data-field="label"]'), 'WEAPON');
    await noViolations(page, 'dictionary with a custom label');
    await page.fill('#dictionary-dialog input[type="color"][data-label="WEAPON"]', '#ffd6a5');
    await page.click('#dictionary-close');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="WEAPON"]').length === 2);
    await page.waitForFunction(() => getComputedStyle(document.querySelector('#view mark[data-label="WEAPON"]')).backgroundColor === 'rgb(255, 214, 165)');

    const json = JSON.stringify({
      format: 'article-annotator-dictionary', version: 1,
      entries: [{ label: 'PLACE_NAME', name: 'Qelmarra', aliases: [], caseRule: 'exact', enabled: true, kind: 'name' }],
      labels: { PLACE_NAME: { colour: '#caffbf' } },
    });
    await page.click('#dictionary-open');
    await page.setInputFiles('#dictionary-import-input', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await page.click('#dictionary-close');
    await page.waitForFunction(() => document.querySelector('#view mark[data-label="PLACE_NAME"]'));
    assert.equal(await backgroundOf(page, '#view mark[data-label="PLACE_NAME"]'), '#caffbf');
  });
});

test('every export carries a custom label: JSON, Web Annotation, HTML, and the dictionary files', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, RIFLES);
    await newLabelFromSelection(page, 'Vantor rifle', 'WEAPON', '#f4a261');
    await page.waitForFunction(() => document.querySelectorAll('#view mark[data-label="WEAPON"]').length === 2);
    const dir = path.join(RESULTS, 'labels');
    await page.click('#export-button');
    const json = JSON.parse((await downloadFrom(page, '#export-list button[data-format="json"][data-action="download"]', dir)).text);
    assert.deepEqual(json.custom_labels, ['WEAPON']);
    const weaponSpans = json.spans.filter((s) => s.label === 'WEAPON');
    assert.deepEqual(weaponSpans.map((s) => RIFLES.slice(s.start, s.end)), ['Vantor rifle', 'Vantor rifle']);
    const wa = JSON.parse((await downloadFrom(page, '#export-list button[data-format="annotations"][data-action="download"]', dir)).text);
    const tagged = wa.first.items.filter((a) => a.body.some((b) => b.purpose === 'tagging' && b.value === 'WEAPON'));
    assert.deepEqual(tagged.map((a) => a.target.selector[0].exact), ['Vantor rifle', 'Vantor rifle']);
    const html = (await downloadFrom(page, '#export-list button[data-format="html"][data-action="download"]', dir)).text;
    assert.match(html, /<mark data-label="WEAPON" data-tag="WEAPON" title="Weapon: Vantor rifle" style="background:#f4a261;[^"]*">Vantor rifle<\/mark>/);
    assert.match(html, /<li><span class="swatch" style="background:#f4a261;[^"]*"><\/span>Weapon <span class="meta">2<\/span><\/li>/);
    await page.keyboard.press('Escape');

    await page.click('#dictionary-open');
    const files = {};
    for (const format of ['tsv', 'csv', 'json', 'jsonl']) {
      files[format] = (await downloadFrom(page, `#dictionary-export button[data-format="${format}"]`, dir)).text;
    }
    assert.match(files.tsv, /^WEAPON\tVantor rifle\t-\t-$/m);
    assert.match(files.csv, /^WEAPON,Vantor rifle,/m);
    assert.deepEqual(JSON.parse(files.json).labels, { WEAPON: { colour: '#f4a261' } });
    assert.deepEqual(JSON.parse(files.jsonl.trim()), { label: 'WEAPON', pattern: 'Vantor rifle', id: 'Vantor rifle' });
  });
});
