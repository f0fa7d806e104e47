// Other annotation tools re-anchor our Web Annotation export, tested with their own anchoring
// code in Chromium: Apache Annotator (@apache-annotator/dom, exact quote search, positions in
// code points as the W3C model counts) and Hypothesis's libraries (dom-anchor-text-quote's fuzzy
// quote search, dom-anchor-text-position in UTF-16 units).
//
// Each text is annotated by the real core and exported by the page's code, in both position
// units (tests/e2e/anchoring/reanchor.mjs); every annotation is then anchored by each client.
// Required: every position selector, in the unit its client counts, lands on the span; every
// quote whose prefix + exact + suffix occurs once in the text is found there and only there (by
// Hypothesis with the position as its hint, as its client passes it); a quote that occurs more
// than once says how often and which occurrence it is, and the hint finds that one. The texts are four of our own, each
// built around one way to go wrong, and the two real articles in ../shared/articles.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT, startBrowser, pageRunner, paste } from './harness.mjs';

const SHARED_ARTICLES = path.join(ROOT, '..', 'shared', 'articles');
const MAX_CONTEXT = 32; // UTF-16 units: diff-match-patch's pattern limit, in Hypothesis's matcher

// ---- the texts ------------------------------------------------------------------------------

// Flags (regional-indicator pairs), a subdivision flag of 14 UTF-16 units, ZWJ families, skin
// tones; a place at the very start (no prefix) and at the very end (no suffix).
const EMOJI =
  'Baghdad 🇮🇶🇺🇸 talks 👍🏽 — Iraq’s foreign minister met US envoys in Baghdad on Monday 📅. ' +
  '👨‍👩‍👧‍👦 Families in Mosul 🕌 and Basra 🌴 waited. “Baghdad is calm 😀,” said Omar Haddad 🇮🇶. ' +
  'The United Nations 🇺🇳 sent 12 observers to Iraq 🏳️‍🌈 and Syria 🇸🇾; France 🇫🇷 and Germany 🇩🇪 ' +
  'pledged $3 million 💶. 🏴󠁧󠁢󠁳󠁣󠁴󠁿 Scotland’s team 🏴󠁧󠁢󠁳󠁣󠁴󠁿 flew on to Baghdad';

// Letters with combining accents (decomposed, as some keyboards and PDFs give them), curly
// quotes and apostrophes around and inside names.
const ACCENTS =
  'Jose\u0301 Mari\u0301a Nu\u0301n\u0303ez, the mayor of Bogota\u0301, said “we will rebuild” on Tuesday. ' +
  '‘It’s over,’ added Rene\u0301e Lefe\u0300vre in Montre\u0301al, France. ' +
  'The cafe\u0301 in Medelli\u0301n, Colombia, reopened; “Nu\u0301n\u0303ez’s plan” cost €2 million. ' +
  'Zoe\u0308 A\u030Angstro\u0308m of the World Bank visited Zu\u0308rich and Sa\u0303o Paulo on 3 March 2024.';

// One name again and again with the same words around it: a cycle of four sentences makes the
// widest context of most mentions occur more than once, and one sentence is repeated verbatim.
const REPEATED = [
  'Governor Dana Reyes of Texas spoke in Austin on Monday.',
  ...Array.from({ length: 24 }, (_, i) => `Reyes said the state would ${['help', 'wait', 'act', 'pay'][i % 4]}.`),
  'Reyes met Reyes’s staff in Austin, and Reyes said Texas would help Austin.',
  'Reyes met Reyes’s staff in Austin, and Reyes said Texas would help Austin.',
  'In Houston, Reyes said nothing.',
].join(' ');

// Windows line ends, a dateline and names right after a line break.
const CRLF =
  'WASHINGTON, March 3, 2024\r\n\r\n' +
  'The State Department said on Monday that Antony Blinken would visit Kyiv and Warsaw.\r\n' +
  'Ukraine asked for 40 more air-defence systems.\r\n\r\n' +
  'Poland said it would host the talks in Warsaw.\r\n';

const INVENTED = { 'emoji and flags': EMOJI, 'combining accents, curly quotes': ACCENTS, 'a name repeated': REPEATED, 'CRLF line ends': CRLF };

// ---- the browser ----------------------------------------------------------------------------

let app;
let anchorPage;
const withPage = pageRunner(() => app);

before(async () => {
  app = await startBrowser();
  const bundle = await build({
    entryPoints: [path.join(ROOT, 'tests/e2e/anchoring/clients.mjs')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  anchorPage = await app.browser.newPage();
  anchorPage.errors = [];
  anchorPage.on('pageerror', (e) => anchorPage.errors.push(e.message));
  await anchorPage.route('**/tests/e2e/anchoring/clients.js', (route) =>
    route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: bundle.outputFiles[0].text }));
  await anchorPage.goto(`${app.origin}/tests/e2e/anchoring/index.html`);
  await anchorPage.waitForFunction(() => window.reanchorReady === true);
});

after(async () => {
  await anchorPage?.close();
  await app?.close();
});

/** Annotates `text` in the browser and re-anchors its exports with both clients. */
async function reanchor(text) {
  return anchorPage.evaluate(async (text) => {
    const made = await window.reanchor.annotate(text);
    return {
      // The export order: the spans, then the names nested in them.
      spans: [...made.result.spans, ...(made.result.nested ?? [])],
      nested: (made.result.nested ?? []).length,
      codePoint: made.codePoint,
      utf16: made.utf16,
      records: await window.reanchor.anchor(text, made.codePoint, made.utf16),
    };
  }, text);
}

// ---- the judge ------------------------------------------------------------------------------

/** Every place (UTF-16) where `needle` occurs in `text`, overlaps included. */
function occurrences(text, needle) {
  const at = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
  return at;
}

function graphemeBoundaries(text) {
  const cuts = new Set([text.length]);
  for (const { index } of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)) cuts.add(index);
  return cuts;
}

/**
 * Checks every annotation of `text` (records from `reanchor`, `expected` its UTF-16 ranges in
 * export order) and returns the counts for the table.
 */
function judge(text, expected, records) {
  const cuts = graphemeBoundaries(text);
  const n = { annotations: records.length, unique: 0, apachePosition: 0, apacheQuote: 0, hypothesisPosition: 0, hypothesisHinted: 0, hypothesisUnhinted: 0, tieBroken: 0 };
  assert.equal(records.length, expected.length, 'one annotation per span');
  records.forEach((r, i) => {
    const want = { start: expected[i].start, end: expected[i].end };
    const { quote } = r;
    const where = `${JSON.stringify(quote.exact)} at ${want.start}`;

    // The context: present only when non-empty, at most 32 units, whole graphemes, true to the text.
    for (const side of ['prefix', 'suffix']) {
      if (side in quote) assert.ok(quote[side].length > 0 && quote[side].length <= MAX_CONTEXT, `${where}: ${side} of ${quote[side].length} units`);
    }
    const prefix = quote.prefix ?? '';
    const suffix = quote.suffix ?? '';
    assert.equal(text.slice(want.start - prefix.length, want.start), prefix, `${where}: prefix is the text before`);
    assert.equal(text.slice(want.end, want.end + suffix.length), suffix, `${where}: suffix is the text after`);
    assert.ok(cuts.has(want.start - prefix.length) && cuts.has(want.end + suffix.length), `${where}: context cut inside a grapheme`);
    assert.equal(quote.exact, text.slice(want.start, want.end));

    // Positions, each in the unit its client counts.
    assert.equal(r.position.positionUnit, 'codePoint');
    assert.equal(r.position16.positionUnit, 'utf16CodeUnit');
    assert.deepEqual(r.apachePosition, want, `${where}: Apache Annotator, code point position`);
    assert.deepEqual(r.hypothesisPosition, want, `${where}: dom-anchor-text-position, UTF-16 position`);
    n.apachePosition += 1;
    n.hypothesisPosition += 1;

    // Quotes.
    for (const answer of [r.hypothesisQuoteHinted, r.hypothesisQuote]) {
      assert.ok(!answer?.error, `${where}: dom-anchor-text-quote threw ${answer?.error}`);
    }
    const places = occurrences(text, prefix + quote.exact + suffix).map((p) => p + prefix.length);
    assert.ok(places.includes(want.start), `${where}: the quote occurs where the span is`);
    assert.deepEqual(r.apacheQuote, places.map((p) => ({ start: p, end: p + quote.exact.length })), `${where}: Apache Annotator finds every occurrence`);
    if (places.length === 1) {
      n.unique += 1;
      assert.ok(!('quoteOccurrences' in quote) && !('quoteOccurrence' in quote), `${where}: a unique quote needs no tie-break`);
      n.apacheQuote += 1;
      assert.deepEqual(r.hypothesisQuoteHinted, want, `${where}: dom-anchor-text-quote with the position as hint`);
      n.hypothesisHinted += 1;
    } else {
      assert.equal(quote.quoteOccurrences, places.length, `${where}: says how many places match`);
      assert.equal(places[quote.quoteOccurrence - 1], want.start, `${where}: says which one is meant`);
      assert.deepEqual(r.hypothesisQuoteHinted, want, `${where}: dom-anchor-text-quote, the position breaking the tie`);
      n.tieBroken += 1;
    }
    if (r.hypothesisQuote?.start === want.start && r.hypothesisQuote?.end === want.end) n.hypothesisUnhinted += 1;
  });
  return n;
}

const table = [];

async function checkText(t, name, text) {
  const { spans, records } = await reanchor(text);
  assert.ok(spans.length >= 5, `${name}: the core found ${spans.length} spans`);
  const n = judge(text, spans, records);
  table.push({ name, ...n });
  t.diagnostic(`${name}: ${JSON.stringify(n)}`);
  return n;
}

// ---- the tests ------------------------------------------------------------------------------

for (const [name, text] of Object.entries(INVENTED)) {
  test(`every annotation of our "${name}" text re-anchors in both clients`, async (t) => {
    const n = await checkText(t, name, text);
    if (name === 'a name repeated') assert.ok(n.tieBroken > 0, 'this text has quotes no context makes unique');
    if (name === 'emoji and flags') assert.ok(n.unique === n.annotations, 'every emoji-text quote is unique');
  });
}

test('a place inside an organisation is an annotation of its own, and re-anchors like the others', async (t) => {
  // The same inner name twice, in contexts alike for their first words: the quotes must tell them apart.
  const text = 'The US Embassy in Baghdad said the US Embassy in Amman 🇯🇴 was closed; the Iraqi Ministry of Health in Basra agreed.';
  const { spans, nested, records } = await reanchor(text);
  const inner = spans.slice(spans.length - nested);
  assert.deepEqual(inner.map((s) => [text.slice(s.start, s.end), s.label]), [['US', 'PLACE'], ['US', 'PLACE']]);
  assert.deepEqual(records.slice(records.length - nested).map((r) => r.quote.exact), inner.map((s) => text.slice(s.start, s.end)),
    'the nested names are the last annotations, in order');
  const n = judge(text, spans, records);
  table.push({ name: 'nested names', ...n });
  t.diagnostic(JSON.stringify(n));
});

const articles = existsSync(SHARED_ARTICLES) ? readdirSync(SHARED_ARTICLES).filter((f) => f.endsWith('.txt')).sort() : [];
test('every annotation of the two real articles in ../shared/articles re-anchors in both clients', {
  skip: articles.length ? false : `no articles in ${SHARED_ARTICLES}: the shared folder is not next to this repository`,
}, async (t) => {
  for (const file of articles) await checkText(t, file, readFileSync(path.join(SHARED_ARTICLES, file), 'utf8'));
});

test('the page downloads both Web Annotation variants named after the headline, and they re-anchor', async () => {
  const text = 'date 2024-05-02\nCeasefire holds in Mosul as talks resume 🕊️\n\n' +
    'MOSUL, May 2 — Iraqi officials said the ceasefire in Mosul held on Thursday. 🇮🇶 Talks resume in Baghdad.';
  await withPage(async (page) => {
    await paste(page, text);
    await page.click('#export-button');
    const files = {};
    for (const format of ['annotations', 'annotations-utf16']) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`#export-list button[data-format="${format}"][data-action="download"]`),
      ]);
      files[format] = { name: download.suggestedFilename(), doc: JSON.parse(await readFile(await download.path(), 'utf8')) };
    }
    assert.equal(files.annotations.name, 'ceasefire-holds-in-mosul-as-talks-annotations.jsonld');
    assert.equal(files['annotations-utf16'].name, 'ceasefire-holds-in-mosul-as-talks-annotations-utf16.jsonld');
    assert.equal(files.annotations.doc.label, 'Annotations of Ceasefire holds in Mosul as talks resume 🕊️');
    const made = await reanchor(text);
    assert.deepEqual(files.annotations.doc, made.codePoint, 'the download is the export of what the page shows');
    assert.deepEqual(files['annotations-utf16'].doc, made.utf16);
    const n = judge(text, made.spans, made.records);
    assert.ok(n.annotations >= 4 && n.unique === n.annotations, JSON.stringify(n));
  });
});

test('the clients ran without a page error, and the table', () => {
  assert.deepEqual(anchorPage.errors, []);
  const cols = ['annotations', 'apachePosition', 'hypothesisPosition', 'unique', 'apacheQuote', 'hypothesisHinted', 'hypothesisUnhinted', 'tieBroken'];
  console.log(`\n| text | ${cols.join(' | ')} |\n|${' --- |'.repeat(cols.length + 1)}`);
  for (const row of table) console.log(`| ${row.name} | ${cols.map((c) => row[c]).join(' | ')} |`);
});
