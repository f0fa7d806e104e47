// Accessibility in the browser: axe-core finds no violation in any state a user reaches; the
// keyboard alone goes from pasting to exporting; the dark theme follows the system and the
// toggle; legend, tab and theme choices survive a reload; on a phone the panes are tabs and a
// jump from a fact to the text has a way back.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { browserSuite, settled, paste, kept, until, NEWS, ROOT, RESULTS } from './harness.mjs';

const { withPage } = browserSuite();
const AXE = await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };

/** axe-core's violations on the page as it is now, as `rule (impact): targets`. */
async function violations(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found;
}

async function noViolations(page, state) {
  assert.deepEqual(await violations(page), [], `axe in the ${state} state`);
}

test('axe finds no violation: sample, facts, export menu, corrections menu, dictionary, undo bar', async () => {
  await withPage(async (page) => {
    await settled(page);
    await noViolations(page, 'default');
    await page.click('#tab-facts');
    await noViolations(page, 'facts');
    await page.click('#export-button');
    await page.waitForSelector('#export-menu:popover-open');
    await noViolations(page, 'export menu');
    await page.keyboard.press('Escape');
    await page.click('#view mark[data-label="PLACE"]');
    await page.waitForSelector('#correct-menu:popover-open');
    await noViolations(page, 'corrections menu');
    await page.keyboard.press('Escape');
    await page.click('#dictionary-open');
    await page.fill('#dictionary-add input[name="name"]', 'Qelmarra');
    await page.click('#dictionary-add button[type="submit"]');
    await page.waitForSelector('#dictionary-rows tr');
    await noViolations(page, 'dictionary');
    await page.click('#dictionary-close');
    await page.click('#clear-text');
    await settled(page);
    await noViolations(page, 'cleared, with the undo bar');
  });
});

test('axe finds no violation in the dark theme and on a phone', async () => {
  await withPage({ colorScheme: 'dark' }, async (page) => {
    await settled(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark', 'the system preference is followed');
    await noViolations(page, 'dark');
    await page.click('#tab-facts');
    await noViolations(page, 'dark facts');
    await page.screenshot({ path: path.join(RESULTS, 'page-dark.png') });
  });
  await withPage({ viewport: PHONE }, async (page) => {
    await settled(page);
    await noViolations(page, 'phone');
    await page.click('#mtab-side');
    await noViolations(page, 'phone, entities and facts');
    await page.click('#dictionary-open');
    await page.fill('#dictionary-add input[name="name"]', 'Qelmarra');
    await page.click('#dictionary-add button[type="submit"]');
    await page.waitForSelector('#dictionary-rows tr');
    await noViolations(page, 'phone, dictionary');
  });
});

test('from the keyboard alone: paste an article, reach the export menu, download', async () => {
  await withPage(async (page) => {
    await settled(page);
    const tabTo = async (selector, most = 60) => {
      for (let i = 1; i <= most; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return i;
      }
      throw new Error(`${selector} not reached in ${most} Tab presses`);
    };
    await tabTo('#editor');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(NEWS);
    assert.equal(await settled(page), 'ready');
    const presses = await tabTo('#export-button');
    assert.ok(presses <= 30, `${presses} Tab presses from the editor to Export`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#export-menu:popover-open');
    await tabTo('#export-list button[data-action="download"]', 5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.match(download.suggestedFilename(), /^officials-in-baghdad.*\.json$/);
  });
});

test('the theme toggle switches to dark and back, and the choice survives a reload', async () => {
  await withPage({ colorScheme: 'light' }, async (page) => {
    await settled(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    const paper = () => page.evaluate(() => getComputedStyle(document.querySelector('.pane')).backgroundColor);
    const light = await paper();
    await page.click('#theme-toggle');
    assert.equal(await page.getAttribute('#theme-toggle', 'aria-pressed'), 'true');
    assert.notEqual(await paper(), light);
    // The choice is written to the device in the background: reload once it is there.
    await until(async () => (await kept(page, 'settings'))?.theme === 'dark');
    await page.reload();
    await settled(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  });
});

test('legend toggles and the chosen side tab survive a reload', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, NEWS);
    await page.click('.chip[data-label="DATE"]');
    await page.click('#tab-facts');
    const off = () => getComputedStyle(document.querySelector('#view mark[data-label="DATE"]')).backgroundColor === 'rgba(0, 0, 0, 0)';
    await page.waitForFunction(off);
    await until(async () => {
      const settings = await kept(page, 'settings');
      return settings?.sideTab === 'tab-facts' && settings.hidden?.includes('DATE');
    });
    await page.reload();
    await settled(page);
    assert.equal(await page.getAttribute('.chip[data-label="DATE"]', 'aria-pressed'), 'false');
    assert.equal(await page.evaluate(off), true);
    assert.equal(await page.getAttribute('#tab-facts', 'aria-selected'), 'true');
    assert.equal(await page.isVisible('#panel-facts'), true);
  });
});

test('on a phone the panes are tabs, and a fact opened in the text has a way back to it', async () => {
  await withPage({ viewport: PHONE }, async (page) => {
    await settled(page);
    assert.deepEqual(await visiblePanes(page), ['pane-view']);
    const top = await page.$eval('#pane-view', (p) => p.getBoundingClientRect().top);
    assert.ok(top < 400, `the text starts ${top}px down`);
    await page.click('#mtab-side');
    assert.deepEqual(await visiblePanes(page), ['pane-side']);
    await page.click('#tab-facts');
    const fact = page.locator('#facts button.fact[data-start]:visible').nth(1);
    const label = await fact.textContent();
    await fact.click();
    assert.deepEqual(await visiblePanes(page), ['pane-view']);
    assert.equal(await page.isVisible('#back-to-side'), true);
    await page.screenshot({ path: path.join(RESULTS, 'page-phone-fact.png') });
    await page.click('#back-to-side');
    assert.deepEqual(await visiblePanes(page), ['pane-side']);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), label, 'back on the fact');
    await page.click('#mtab-editor');
    assert.deepEqual(await visiblePanes(page), ['pane-editor']);
  });
});

function visiblePanes(page) {
  return page.$$eval('.workspace > .pane', (panes) => panes.filter((p) => p.getBoundingClientRect().height > 0).map((p) => p.id));
}
