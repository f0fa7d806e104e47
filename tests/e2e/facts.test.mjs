// Browser tests of the facts panel and the exports: what a reader sees in the Facts tab, where
// a fact takes them, and that every download parses and says the same as the page.
// Run: node --test tests/e2e/   (needs pkg/ built: scripts/build.sh)

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { startBrowser, settled, paste, marks, RESULTS, pageRunner } from './harness.mjs';
import { csvRecords, anchorQuote } from './csv.mjs';

let app;
let downloads;
before(async () => {
  app = await startBrowser();
  downloads = await mkdtemp(path.join(tmpdir(), 'annotator-export-'));
});
after(async () => {
  await app?.close();
  await rm(downloads, { recursive: true, force: true });
});

const withPage = pageRunner(() => app);

const texts = (page, selector) => page.$$eval(selector, (ns) => ns.map((n) => n.textContent));

/** The text and ranges of the view's highlights (CSS Custom Highlight API). */
const highlighted = (page, name) => page.evaluate((n) => {
  const h = CSS.highlights.get(n);
  return h ? [...h].map((r) => r.toString()) : null;
}, name);

const FILLER = 'Nothing of note happened in the long paragraphs of this report.\n\n'.repeat(60);
const MOSUL = 'In the north, gunmen killed 12 people in Mosul on Monday, police said.';

test('the facts panel sums up the sample: who, where, when, how many, who said what', async () => {
  await withPage(async (page) => {
    assert.equal(await settled(page), 'ready');
    await page.click('#tab-facts');
    assert.deepEqual(
      await page.$$eval('#facts .fact-group-title', (hs) => hs.map((h) => h.firstChild.textContent)),
      ['What happened', 'Who', 'Where', 'When', 'How many', 'Who said what'],
    );
    const people = await texts(page, '#facts [data-kind="who"] .fact-entity.label-PERSON .fact-label');
    assert.equal(people[0], 'Karim Jabbar — spokesman, colonel', 'first mention first, with the titles before the name');
    assert.ok(people.includes('Salim al-Rawi — prime minister'), people.join(' | '));
    const places = await texts(page, '#facts [data-kind="where"] .fact-entity');
    assert.equal(places[0], 'Baghdad, Iraq×6', 'the place, its country and its count');
    const casualties = await texts(page, '#facts [data-kind="howMany"] .kind-killed .fact-text');
    assert.deepEqual(casualties, ['at least 12 people killed'], 'counted once, with its event');
    assert.ok((await texts(page, '#facts [data-kind="howMany"] .kind-money .fact-text')).includes(' $2.5 billion'));
    const speakers = await texts(page, '#facts .quote-speaker');
    assert.equal(speakers[0], 'Salim al-Rawi');
    assert.equal(speakers.at(-1), 'Unattributed');
    const firstQuote = await page.textContent('#facts .quote-group .fact-quote');
    assert.equal(firstQuote, '“The people who did this want to drag Iraq back into the dark years,”');
    const reference = await page.textContent('#facts .timeline-row.is-reference .timeline-date');
    assert.equal(reference, 'Tue 14 Mar 2023reference');
    const days = await texts(page, '#facts .timeline-date');
    assert.deepEqual(days, [...days].sort((a, b) => new Date(a.replace('reference', '')) - new Date(b.replace('reference', ''))), 'the timeline is in date order');
    assert.ok(Number(await page.textContent('#facts-count')) > 10);
    await page.screenshot({ path: path.join(RESULTS, 'facts.png') });
  });
});

// An invented story (real place names, so that the gazetteer knows them): a storming named
// first as an "attack", the reaction the next day, counts in sentences of their own, an
// embedded post whose date is the only full date, and an older attack in the background.
const STORY = [
  'Lebanon on Friday denounced an “attack” by protesters on the embassy of Jordan that prompted Amman to recall its ambassador, Omar Haddad.',
  'Protesters stormed the Jordanian embassy compound in Beirut Thursday night, tearing down the flag in protest against a trade summit.',
  'No one was hurt in the standoff. Police said 25 of the protesters were detained.',
  'Hundreds of protesters stormed the #Jordan ???????? Embassy in #Beirut tonight pic.twitter.com/x1 — Rana Saleh (@ranasaleh) May 12, 2022',
  'Later the nearly 200 protesters left. Officials hoped the incident would not “harm relations between the two countries”, the Lebanese foreign ministry said in a statement.',
  "Jordan's foreign ministry condemned the attack. The embassy was also attacked in 2006.",
].join('\n\n');
const STORMING = STORY.split('\n\n')[1];

test('What happened tells the story: one checkable line per event, main first, background collapsed', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, STORY);
    await page.click('#tab-facts');
    const lines = await texts(page, '#facts [data-kind="events"] > .fact-list .fact-event .fact-name');
    assert.deepEqual(lines, [
      'Protesters stormed the Jordanian embassy compound in Beirut',
      'Lebanon denounced an attack',
      'Amman recalled its ambassador, Omar Haddad',
      "Jordan's foreign ministry condemned the attack",
    ]);
    const main = '#facts [data-kind="events"] > .fact-list .fact-event.is-main';
    // The post's date is weak evidence: Thursday is its day, the reaction the day after.
    assert.equal(await page.textContent(`${main} .fact-meta`), 'Thu 12 May 2022, night · none hurt · 25 protesters detained · nearly 200 protesters');
    assert.equal(await page.textContent(`${main} .fact-count`), '×4', 'four mentions, one event');
    assert.equal(await page.textContent('#facts [data-kind="events"] > .fact-list li:nth-child(2) .fact-meta'), 'Fri 13 May 2022');
    assert.equal(await page.$eval('#facts .fact-background', (d) => d.open), false, 'background is collapsed');
    assert.equal(await page.textContent('#facts .fact-background summary'), 'Background (1)');
    assert.deepEqual(await texts(page, '#facts .fact-background .fact-name'), ['Attack on the embassy']);

    // Hover shows the sentence the line is read from; a click jumps to it.
    await page.hover(main);
    await page.waitForSelector('#fact-preview:popover-open');
    assert.equal(await page.textContent('#fact-preview'), STORMING);
    assert.equal(await page.textContent('#fact-preview strong'), 'stormed');
    await page.click(main);
    assert.deepEqual(await highlighted(page, 'sentence'), [STORMING]);
    assert.ok((await highlighted(page, 'fact')).includes('Protesters'), 'its actor is lit with it');
  });
});

test('counts, roles, quotes and the reference date read as the story says', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, STORY);
    await page.click('#tab-facts');
    const many = await texts(page, '#facts [data-kind="howMany"] .fact-figure .fact-text');
    assert.deepEqual(many, ['none hurt', '25 protesters detained', 'nearly 200 protesters'], 'no invented “at least 200”, no second count of the same crowd');
    const people = await texts(page, '#facts [data-kind="who"] .fact-entity.label-PERSON .fact-label');
    assert.ok(people.includes('Omar Haddad — ambassador'), people.join(' | '));
    assert.deepEqual(await texts(page, '#facts .quote-speaker'), ['Lebanese foreign ministry']);
    const note = await page.textContent('#facts .fact-note');
    assert.equal(note, 'Reference date Thu 12 May 2022 (date of an embedded post; weak evidence)');
    assert.ok((await texts(page, '#facts .is-loose .fact-chip')).includes('tonight'), 'a relative day the post cannot place stays unplaced');
  });
});

test('clicking a fact scrolls the view to its sentence and flashes it', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, `${FILLER}${MOSUL} Nothing else.`);
    await page.click('#tab-facts');
    assert.equal(await page.$eval('#view', (v) => v.scrollTop), 0);
    await page.click('#facts .kind-killed');
    await page.waitForFunction(() => document.querySelector('#view').scrollTop > 0);
    assert.deepEqual(await highlighted(page, 'sentence'), [MOSUL], 'the sentence is lit');
    assert.deepEqual(await highlighted(page, 'sentence-flash'), [MOSUL], 'and flashes');
    assert.deepEqual(await highlighted(page, 'fact'), ['killed 12 people'], 'the fact itself stands out');
    const inView = await page.evaluate(() => {
      const range = CSS.highlights.get('sentence').values().next().value;
      const r = range.getBoundingClientRect();
      const v = document.querySelector('#view').getBoundingClientRect();
      return r.top >= v.top && r.bottom <= v.bottom;
    });
    assert.ok(inView, 'the sentence is scrolled into the view');
    assert.equal(await page.$eval('#facts .kind-killed', (b) => b.classList.contains('is-selected')), true);
    // The flash ends; the sentence stays softly lit until the text changes.
    await page.waitForFunction(() => !CSS.highlights.has('sentence-flash'), null, { timeout: 5000 });
    assert.deepEqual(await highlighted(page, 'sentence'), [MOSUL]);
    await page.click('.chip[data-label="PLACE"]'); // a class on the view: the text stays
    assert.deepEqual(await highlighted(page, 'sentence'), [MOSUL], 'a legend toggle keeps it lit');
    await paste(page, `${FILLER}${MOSUL} Nothing more.`); // re-renders the view
    assert.equal(await highlighted(page, 'sentence'), null, 'no highlight is left on replaced text');
  });
});

test('hovering or tabbing to a fact previews its sentence', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, `Calm elsewhere. ${MOSUL} Nothing else.`);
    await page.click('#tab-facts');
    await page.hover('#facts .kind-killed');
    await page.waitForSelector('#fact-preview:popover-open');
    assert.equal(await page.textContent('#fact-preview'), MOSUL);
    assert.equal(await page.textContent('#fact-preview strong'), 'killed 12 people');
    assert.equal(await page.getAttribute('#facts .kind-killed', 'aria-describedby'), 'fact-preview');
    const box = await page.$eval('#fact-preview', (p) => p.getBoundingClientRect().toJSON());
    assert.ok(box.width > 50 && box.left >= 0 && box.right <= 1280, `placed on screen: ${JSON.stringify(box)}`);
    await page.mouse.move(5, 5);
    await page.waitForSelector('#fact-preview:not(:popover-open)', { state: 'attached' });

    // From the keyboard: Tab into the panel, to the first fact, and Enter.
    await page.focus('#tab-facts');
    await page.keyboard.press('Tab'); // the panel
    await page.keyboard.press('Tab'); // its first fact
    const focused = await page.evaluate(() => document.activeElement.matches('#facts button.fact'));
    assert.ok(focused, 'a fact takes the focus');
    await page.waitForSelector('#fact-preview:popover-open');
    await page.keyboard.press('Enter');
    assert.ok((await highlighted(page, 'sentence'))?.length === 1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#fact-preview:not(:popover-open)', { state: 'attached' });
  });
});

test('facts with bad offsets are listed but not links, and empty sections stay out', async () => {
  await withPage(async (page) => {
    await settled(page);
    const text = 'On Monday, gunmen killed at least 12 people in Baghdad, police said.';
    await paste(page, text);
    const out = await page.evaluate(async (t) => {
      const { renderFacts } = await import('./facts/facts.js');
      const at = (s) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
      const result = {
        spans: [], entities: [],
        facts: {
          casualties: [
            { ...at('killed at least 12 people'), kind: 'killed', count: 12, qualifier: 'at least', who: 'people' },
            { start: 5, end: 999, kind: 'wounded', count: 3, who: 'people' },
          ],
          quotes: [{ ...at('police said'), text: '<img src=x onerror="window.__pwned=1">', speaker: null }],
        },
      };
      const facts = document.querySelector('#facts');
      const { fragment, count } = renderFacts(document, result, t);
      facts.replaceChildren(fragment);
      return {
        count,
        titles: [...facts.querySelectorAll('.fact-group-title')].map((h) => h.firstChild.textContent),
        figures: [...facts.querySelectorAll('.fact-figure')].map((f) => [f.localName, f.textContent]),
        quote: facts.querySelector('.fact-quote').textContent,
        elements: [...new Set([...facts.querySelectorAll('*')].map((n) => n.localName))].sort(),
      };
    }, text);
    assert.deepEqual(out.titles, ['How many', 'Who said what']);
    assert.deepEqual(out.figures, [['button', 'killed at least 12 people'], ['div', 'wounded 3 people']]);
    assert.equal(out.quote, '“<img src=x onerror="window.__pwned=1">”', 'a quote is text, never markup');
    assert.deepEqual(out.elements, ['button', 'div', 'h3', 'li', 'p', 'section', 'span', 'ul']);
    assert.equal(out.count, 3);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });
});

// ---- exports ------------------------------------------------------------------------------

const HOSTILE =
  'BAGHDAD, March 14, 2023 — Gunmen killed 12 people in Baghdad on Monday. ' +
  '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> ' +
  '“We will not leave,” said Ali Hassan, a shopkeeper. 🇮🇶 =SUM(A1) in Iraq 👨‍👩‍👧, a $5 million fund.\n\n' +
  'Iraq & Baghdad "again".';

async function exportFile(page, format) {
  if (!(await page.isVisible('#export-menu'))) await page.click('#export-button');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`#export-list button[data-format="${format}"][data-action="download"]`),
  ]);
  // Saved under its suggested name: a file:// page is read by its extension.
  const file = path.join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), file, text: await readFile(file, 'utf8') };
}

test('each export downloads and parses: JSON, CSV, Web Annotation, HTML', async () => {
  await withPage(async (page) => {
    await settled(page);
    await paste(page, HOSTILE);
    const shown = await marks(page);

    const json = await exportFile(page, 'json');
    assert.equal(json.name, 'baghdad-march-14-2023-gunmen-killed-annotations.json');
    const result = JSON.parse(json.text);
    assert.equal(result.offsets, 'utf16');
    assert.equal(result.spans.length, shown.length);
    for (const s of result.spans) assert.equal(HOSTILE.slice(s.start, s.end), s.text);
    assert.ok(result.facts.casualties.length >= 1);
    const date = result.spans.find((s) => s.label === 'DATE');
    assert.ok('entity' in date && date.entity === null, 'absent values are null, as in the CLI');

    const csv = await exportFile(page, 'csv');
    assert.ok(csv.text.startsWith('\ufeff'), 'a byte-order mark for spreadsheets');
    const rows = csvRecords(csv.text);
    const killed = rows.find((r) => r.type === 'casualty');
    assert.deepEqual([killed.kind, killed.value, killed.who, killed.text], ['killed', '12', 'people', 'killed 12 people']);
    assert.equal(rows.find((r) => r.type === 'reference_date')?.value, '2023-03-14');
    const quote = rows.find((r) => r.type === 'quote' && r.speaker === 'Ali Hassan');
    assert.equal(quote.text, 'We will not leave,');
    for (const r of rows) {
      if (r.start) assert.equal(HOSTILE.slice(Number(r.start), Number(r.end)).length, Number(r.end) - Number(r.start));
      for (const cell of Object.values(r)) assert.doesNotMatch(cell, /^[=+\-@]/, 'no cell starts a formula');
    }

    const ld = await exportFile(page, 'annotations');
    assert.match(ld.name, /\.jsonld$/);
    const collection = JSON.parse(ld.text);
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const items = collection.first.items;
    assert.equal(items.length, shown.length, 'one annotation per span');
    const chars = Array.from(HOSTILE);
    for (const a of items) {
      const quoteSel = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      assert.deepEqual(anchorQuote(HOSTILE, quoteSel), [{ start: position.start, end: position.end }], quoteSel.exact);
      assert.equal(chars.slice(position.start, position.end).join(''), quoteSel.exact);
    }
    const iraq = items.find((a) => a.target.selector[0].exact === 'Iraq');
    const before = Array.from(HOSTILE.slice(0, HOSTILE.indexOf('Iraq'))).length;
    assert.equal(iraq.target.selector[1].start, before, 'positions count code points');
    assert.ok(before < HOSTILE.indexOf('Iraq'), 'the flag before it counts less in code points than in UTF-16');

    const html = await exportFile(page, 'html');
    assert.match(html.name, /\.html$/);
    assert.doesNotMatch(html.text, /<script|<img/i);
    const viewer = await app.browser.newPage();
    try {
      await viewer.goto(pathToFileURL(html.file).href);
      const seen = await viewer.evaluate(() => ({
        text: document.querySelector('#article').textContent,
        scripts: document.querySelectorAll('script, img').length,
        pwned: window.__pwned,
        marks: document.querySelectorAll('#article mark').length,
        title: document.title,
        facts: [...document.querySelectorAll('.facts h2')].map((h) => h.textContent),
      }));
      assert.equal(seen.text, HOSTILE, 'the article, character for character');
      assert.equal(seen.scripts, 0);
      assert.equal(seen.pwned, undefined, 'nothing ran');
      assert.equal(seen.marks, shown.length);
      assert.match(seen.title, /^BAGHDAD, March 14, 2023/);
      assert.ok(seen.facts.includes('How many') && seen.facts.includes('Who said what'), seen.facts.join(', '));
      await viewer.screenshot({ path: path.join(RESULTS, 'export.png'), fullPage: true });
    } finally {
      await viewer.close();
    }
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.match(await page.textContent('#export-status'), /^Downloaded HTML page\.$/);
  });
});

test('Copy puts an export on the clipboard and says so; without a clipboard it says what to do', async () => {
  await withPage(async (page) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
    await settled(page);
    await paste(page, HOSTILE);
    await page.click('#export-button');
    await page.click('#export-list button[data-format="csv"][data-action="copy"]');
    await page.waitForSelector('#export-status.is-ok');
    assert.equal(await page.textContent('#export-status'), 'Copied CSV to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(!copied.startsWith('\ufeff'), 'no byte-order mark in a copy');
    assert.ok(csvRecords(copied).some((r) => r.type === 'casualty'));

    await page.evaluate(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    });
    await page.click('#export-list button[data-format="json"][data-action="copy"]');
    await page.waitForSelector('#export-status.is-error');
    assert.match(await page.textContent('#export-status'), /did not allow copying here — use Download instead/);

    await page.keyboard.press('Escape');
    assert.equal(await page.isVisible('#export-menu'), false, 'Escape closes the menu');
    await paste(page, '  ');
    assert.equal(await page.isDisabled('#export-button'), true, 'nothing to export without a text');
  });
});
