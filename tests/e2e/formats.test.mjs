// The pure modules behind the facts panel and the exports, run in Node (no browser): the facts
// digest, the sentence splitter and the four export formats. Small hand-checked inputs.
// Run: node --test tests/e2e/

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { digest, formatDate, formatMoney, casualtyLine } from '../../www/facts/digest.js';
import { sentenceBounds, sentenceAround } from '../../www/facts/sentences.js';
import {
  toJSON, toCSV, toWebAnnotation, toHTML, csvCell, escapeHTML, articleUrn, titleOf, CSV_COLUMNS,
} from '../../www/export/formats.js';
import { textSelectors, codePointOffsets, occurrenceIndex, MAX_CONTEXT, BASE_CONTEXT } from '../../www/export/selectors.js';
import { headline } from '../../www/export/headline.js';
import { fileStem } from '../../www/export/export.js';
import { csvRecords, parseCSV, anchorQuote } from './csv.mjs';

/** A span over the first occurrence of `s` in `text` (after `from`). */
function span(text, s, label, entity = null, from = 0) {
  const start = text.indexOf(s, from);
  assert.ok(start >= 0, `"${s}" is in the text`);
  return { start, end: start + s.length, label, text: s, entity };
}

const at = (text, s, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

// ---- digest: who --------------------------------------------------------------------------

test('roles are the core’s, joined per person; people without one have none', () => {
  const text = 'Police spokesman Colonel Karim Jabbar met Omar Said.';
  const spans = [span(text, 'Karim Jabbar', 'PERSON', 'p:k'), span(text, 'Omar Said', 'PERSON', 'p:s')];
  const entities = [
    { id: 'p:k', name: 'Karim Jabbar', label: 'PERSON', mentions: 1, first: spans[0].start },
    { id: 'p:s', name: 'Omar Said', label: 'PERSON', mentions: 1, first: spans[1].start },
  ];
  const roles = [
    { person: 'Karim Jabbar', role: 'spokesman', ...at(text, 'spokesman Colonel Karim Jabbar') },
    { person: 'Karim Jabbar', role: 'colonel', ...at(text, 'Colonel Karim Jabbar') },
  ];
  const people = digest({ spans, entities, facts: { roles } }, text).who.people;
  assert.deepEqual(people.map((p) => [p.name, p.role]), [['Karim Jabbar', 'spokesman, colonel'], ['Omar Said', null]]);
});

test('entities are listed first mention first, with their counts and links', () => {
  const text = 'Basra and Mosul. Later Mosul again, and the UN in Basra.';
  const entities = [
    { id: 'mosul', name: 'Mosul', label: 'PLACE', mentions: 2, first: 10, link: 'Iraq' },
    { id: 'basra', name: 'Basra', label: 'PLACE', mentions: 2, first: 0, link: 'Iraq' },
    { id: 'un', name: 'United Nations', label: 'ORG', mentions: 1, first: 44 },
  ];
  const spans = [
    span(text, 'Basra', 'PLACE', 'basra'), span(text, 'Mosul', 'PLACE', 'mosul'),
    span(text, 'UN', 'ORG', 'un'),
  ];
  const d = digest({ spans, entities, facts: {} }, text);
  assert.deepEqual(d.where.map((p) => [p.name, p.mentions, p.link, p.start, p.end]), [
    ['Basra', 2, 'Iraq', 0, 5],
    ['Mosul', 2, 'Iraq', 10, 15],
  ]);
  assert.deepEqual(d.who.orgs.map((o) => [o.name, o.start, o.end]), [['United Nations', 44, 46]]);
});

// ---- digest: when ---------------------------------------------------------------------------

test('the timeline sorts resolved dates by the day they start; unresolved ones come after', () => {
  const text = 'x'.repeat(100);
  const dates = [
    { start: 0, end: 5, text: 'Tuesday', value: '2021-03-02' },
    { start: 6, end: 9, text: 'last week', value: '2021-W08' },
    { start: 10, end: 14, text: '2020', value: '2020' },
    { start: 15, end: 20, text: 'in March', value: '2021-03' },
    { start: 21, end: 25, text: 'someday', value: null },
    { start: 26, end: 30, text: 'on Tuesday', value: '2021-03-02' },
  ];
  const when = digest({ facts: { reference_date: '2021-03-02', dates } }, text).when;
  assert.deepEqual(when.dates.map((g) => [g.label, g.mentions.map((m) => m.text), g.reference]), [
    ['2020', ['2020'], false],
    ['Week 8, 2021', ['last week'], false],
    ['Mar 2021', ['in March'], false],
    ['Tue 2 Mar 2021', ['Tuesday', 'on Tuesday'], true],
  ]);
  assert.deepEqual(when.unresolved.map((m) => m.text), ['someday']);
  assert.equal(when.referenceLabel, 'Tue 2 Mar 2021');
});

test('dates read as a reader would write them', () => {
  assert.deepEqual(formatDate('2023-03-14'), { label: 'Tue 14 Mar 2023', key: '2023-03-14', grain: 3 });
  assert.equal(formatDate('2023-03').label, 'Mar 2023');
  assert.equal(formatDate('2023-W11').key, '2023-03-13', 'ISO week 11 of 2023 starts on Monday 13 March');
  assert.equal(formatDate('2023-02-30').key, null, 'no such day');
  assert.equal(formatDate('soon').key, null);
});

// ---- digest: how many, quotes, events ---------------------------------------------------

test('casualties read "killed at least 25 fighters"; a quantity inside one is not repeated', () => {
  const text = 'Gunmen killed at least 25 fighters; about 3,000 mourners came, two days later.';
  const facts = {
    casualties: [{ ...at(text, 'killed at least 25 fighters'), kind: 'killed', count: 25, qualifier: 'at least', who: 'fighters' }],
    quantities: [
      { ...at(text, 'at least 25'), text: 'at least 25', value: 25, unit: 'fighters', qualifier: 'at least' },
      { ...at(text, 'about 3,000'), text: 'about 3,000', value: 3000, unit: 'mourners', qualifier: 'about' },
      { ...at(text, 'two'), text: 'two', value: 2, unit: 'days' },
    ],
    money: [{ start: 0, end: 3, text: '$50 billion', amount: 5e10, currency: 'USD' }],
  };
  const many = digest({ facts }, text).howMany;
  assert.deepEqual(many.casualties.map((c) => c.line), ['killed at least 25 fighters']);
  assert.deepEqual(many.quantities.map((q) => q.line), ['about 3,000 mourners']);
  assert.deepEqual(many.money.map((m) => m.line), ['$50 billion']);
  assert.equal(casualtyLine({ kind: 'missing', count: null, who: 'sailors' }), 'missing an unknown number of sailors');
  assert.equal(casualtyLine({ kind: 'wounded', count: null }), 'wounded, number not given');
  assert.equal(casualtyLine({ kind: 'wounded', count: 0, who: 'people' }), 'wounded none');
});

test('money is written with its currency', () => {
  assert.equal(formatMoney(2.5e9, 'USD'), '$2.5 billion');
  assert.equal(formatMoney(4e8, 'EUR'), '€400 million');
  assert.equal(formatMoney(1500, 'GBP'), '£1,500');
  assert.equal(formatMoney(2e9, 'IQD'), '2 billion IQD');
  assert.equal(formatMoney(7e6, 'ZZZ'), '7 million ZZZ');
});

test('quotes are grouped by speaker; a quote without one is Unattributed, listed last', () => {
  const text = '"One," said Ana. "Two." "Three," said Ben. "Four."';
  const quotes = [
    { ...at(text, 'One,'), text: 'One,', speaker: 'Ana', speaker_start: 11, speaker_end: 14 },
    { ...at(text, 'Two.'), text: 'Two.', speaker: null, speaker_start: null, speaker_end: null },
    { ...at(text, 'Three,'), text: 'Three,', speaker: 'Ben', speaker_start: 38, speaker_end: 41 },
    { ...at(text, 'Four.'), text: 'Four.', speaker: 'Ana' },
  ];
  const groups = digest({ facts: { quotes } }, text).quotes;
  assert.deepEqual(groups.map((g) => [g.speaker, g.quotes.map((q) => q.text)]), [
    ['Ana', ['One,', 'Four.']],
    ['Ben', ['Three,']],
    [null, ['Two.']],
  ]);
  assert.deepEqual(groups[0].quotes[0].extra, [{ start: 11, end: 14 }], 'the speaker is lit with the quote');
});

test('events are listed as the core merged them: one line each, background apart', () => {
  const text = 'Crowds stormed the depot in Kabul on Friday, and 3 were hurt. Kabul was invaded in 2001.';
  const events = [
    {
      ...at(text, 'stormed'), kind: 'storming', summary: 'Crowds stormed the depot in Kabul', place: 'Kabul',
      date: '2023-03-17', date_text: 'Friday', main: true, background: false,
      actor: { ...at(text, 'Crowds'), text: 'Crowds' },
      counts: [{ kind: 'wounded', count: 3, label: '3 wounded', ...at(text, '3 were hurt') }],
      mentions: [at(text, 'stormed'), at(text, 'stormed')],
    },
    { ...at(text, 'invaded'), kind: 'invasion', summary: 'Invasion of Kabul', date: '2001', main: false, background: true, counts: [], mentions: [at(text, 'invaded')] },
  ];
  const d = digest({ facts: { events } }, text);
  assert.deepEqual(d.events.map((e) => [e.line, e.meta, e.mentions]), [['Crowds stormed the depot in Kabul', 'Fri 17 Mar 2023 · 3 wounded', 2]]);
  assert.deepEqual(d.events[0].extra, [at(text, 'Crowds'), at(text, '3 were hurt')], 'actor and counts are lit with it');
  assert.deepEqual(d.background.map((e) => e.line), ['Invasion of Kabul']);
  assert.deepEqual(d.howMany.counted.map((c) => [c.label, c.event]), [['3 wounded', 'Crowds stormed the depot in Kabul']]);
});

test('facts with bad offsets are kept but point nowhere; empty sections are marked empty', () => {
  const text = 'Short text.';
  const d = digest({ facts: { casualties: [{ start: 5, end: 999, kind: 'killed', count: 2 }] } }, text);
  assert.deepEqual([d.howMany.casualties[0].start, d.howMany.casualties[0].line], [null, 'killed 2']);
  assert.deepEqual(d.empty, { events: true, who: true, where: true, when: true, howMany: false, quotes: true });
  assert.doesNotThrow(() => digest({}, ''));
  assert.doesNotThrow(() => digest({ facts: { dates: [null, 3, { value: 7 }] }, spans: null }, 'x'));
});

// ---- sentences ------------------------------------------------------------------------------

test('the core\'s sentences are used when it sends them; a fact spanning two gets both', () => {
  const text = 'One two. Three four. Five.';
  const core = [{ start: 0, end: 8 }, { start: 9, end: 20 }, { start: 21, end: 26 }];
  const bounds = sentenceBounds(text, core);
  assert.deepEqual(bounds, core);
  assert.deepEqual(sentenceAround(bounds, 4, 7), { start: 0, end: 8 });
  assert.deepEqual(sentenceAround(bounds, 4, 14), { start: 0, end: 20 });
  assert.deepEqual(sentenceBounds(text, [{ start: 5, end: 2 }]), [{ start: 0, end: 26 }], 'bad ones are ignored');
});

// ---- CSV ------------------------------------------------------------------------------------

test('CSV cells are quoted as RFC 4180 says and cannot start a formula', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell('=1+1'), "'=1+1");
  assert.equal(csvCell('+SUM(A1)'), "'+SUM(A1)");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@cmd'), "'@cmd");
  assert.equal(csvCell('=HYPERLINK("x","y")'), '"\'=HYPERLINK(""x"",""y"")"');
  assert.equal(csvCell(-5), '-5', 'a number is a number, not a formula');
  assert.equal(csvCell(null), '');
  assert.equal(csvCell(Number.NaN), '');
});

test('the formula guard sees through leading whitespace and full-width signs', () => {
  // Spreadsheets skip whitespace before a formula and some fold full-width signs to ASCII.
  assert.equal(csvCell(' =1+1'), "' =1+1");
  assert.equal(csvCell('\u00a0=1+1'), "'\u00a0=1+1", 'no-break space');
  assert.equal(csvCell('\n=1+1'), `"'\n=1+1"`, 'line feed');
  assert.equal(csvCell('\u2003\u3000+cmd'), "'\u2003\u3000+cmd", 'em space, ideographic space');
  assert.equal(csvCell(' \t @SUM(A1)'), "' \t @SUM(A1)");
  assert.equal(csvCell('\ufeff-2'), "'\ufeff-2", 'byte-order mark');
  for (const sign of ['\uff1d', '\uff0b', '\uff0d', '\uff20']) {
    assert.equal(csvCell(`${sign}1+1`), `'${sign}1+1`, `full-width ${sign}`);
    assert.equal(csvCell(`  ${sign}1`), `'  ${sign}1`);
  }
  assert.equal(csvCell('\tplain'), "'\tplain", 'a leading tab on its own, as before');
  // Text that only contains a sign later, or leading spaces before words, is left alone.
  assert.equal(csvCell('  plain words'), '  plain words');
  assert.equal(csvCell('5-3 win'), '5-3 win');
  assert.equal(csvCell('e-mail @ work'), 'e-mail @ work');
});

test('the facts CSV has a row per fact and reads back to the same values', () => {
  const text = '=cmd|"x" — Ana said: "Pay, now", killing 4 people; $3 million.\r\nNext';
  const facts = {
    reference_date: '2024-01-02',
    dates: [{ start: 0, end: 4, text: '=cmd', value: null }],
    casualties: [{ ...at(text, 'killing 4 people'), kind: 'killed', count: 4, qualifier: null, who: 'people' }],
    money: [{ ...at(text, '$3 million'), text: '$3 million', amount: 3e6, currency: 'USD' }],
    quotes: [{ ...at(text, 'Pay, now'), text: 'Pay, now', speaker: 'Ana' }],
    something_new: [{ start: 0, end: 1, text: '-x' }],
  };
  const csv = toCSV({ facts }, text);
  assert.ok(csv.endsWith('\r\n'));
  const rows = csvRecords(csv);
  assert.deepEqual(parseCSV(csv)[0], CSV_COLUMNS);
  assert.deepEqual(rows.map((r) => r.type), ['reference_date', 'date', 'casualty', 'money', 'quote', 'something_new']);
  assert.equal(rows[0].value, '2024-01-02');
  assert.equal(rows[1].text, "'=cmd", 'a formula-looking text is defused');
  assert.deepEqual([rows[2].start, rows[2].text, rows[2].value, rows[2].kind, rows[2].who], [String(facts.casualties[0].start), 'killing 4 people', '4', 'killed', 'people']);
  assert.deepEqual([rows[3].value, rows[3].unit], ['3000000', 'USD']);
  assert.deepEqual([rows[4].text, rows[4].speaker], ['Pay, now', 'Ana']);
  assert.equal(rows[5].text, "'-x");
});

// ---- W3C Web Annotation -------------------------------------------------------------------

// ---- selectors ------------------------------------------------------------------------------

/** The selectors of the spans over every occurrence of `word` in `text`. */
function selectorsOf(text, word, options) {
  const spans = occurrenceIndex(text, [word]).get(word).map((start) => ({ start, end: start + word.length }));
  return textSelectors(text, spans, options);
}

test('context is at most 32 UTF-16 units, so emoji never make a pattern too long', () => {
  const text = `${'😀'.repeat(40)} Baghdad ${'🇮🇶'.repeat(20)}`;
  const [{ quote }] = selectorsOf(text, 'Baghdad');
  // 32 code points of emoji were 64 units: past diff-match-patch's 32-unit pattern limit.
  assert.equal(BASE_CONTEXT, 24);
  assert.equal(quote.prefix, `${'😀'.repeat(11)} `, '24 units are unique here: 11 emoji and the space');
  assert.equal(quote.suffix, ` ${'🇮🇶'.repeat(5)}`, 'a flag is 4 units: five fit in 24 with the space');
  for (const side of [quote.prefix, quote.suffix]) assert.ok(side.length <= MAX_CONTEXT);
});

test('context is cut between graphemes, never inside a pair, a flag, a ZWJ family or an accent', () => {
  const family = '👨\u200d👩\u200d👧\u200d👦'; // 11 units, one grapheme
  const text = `a${family}${family}e\u0301\u0301 Reyes e\u0301\u0301${family}${family}b`;
  const [{ quote }] = selectorsOf(text, 'Reyes');
  assert.equal(quote.prefix, `${family}e\u0301\u0301 `, 'the cut at 24 units would split the first family');
  assert.equal(quote.suffix, ` e\u0301\u0301${family}`);
});

test('an empty prefix or suffix is left out, not written as ""', () => {
  const [first, last] = selectorsOf('Reyes met Reyes', 'Reyes').map((s) => s.quote);
  assert.deepEqual(first, { type: 'TextQuoteSelector', exact: 'Reyes', suffix: ' met Reyes' });
  assert.deepEqual(last, { type: 'TextQuoteSelector', exact: 'Reyes', prefix: 'Reyes met ' });
});

test('the context widens from 24 to 32 units when 24 do not make the quote unique', () => {
  const said = 'at noon on Monday the mayor Reyes spoke to all of the people.';
  const text = `First, ${said} Second, ${said} The end.`;
  const [first, second] = selectorsOf(text, 'Reyes').map((s) => s.quote);
  // 24 units each side ("oon on Monday the mayor ", " spoke to all of the peo") match both; 32 tell them apart.
  assert.deepEqual([first.prefix, first.suffix], ['st, at noon on Monday the mayor ', ' spoke to all of the people. Sec']);
  assert.deepEqual([second.prefix, second.suffix], ['nd, at noon on Monday the mayor ', ' spoke to all of the people. The']);
  assert.ok(!('quoteOccurrences' in first) && !('quoteOccurrences' in second));
});

test('a quote that no context makes unique says how many places match and which is meant', () => {
  const sentence = 'The governor, Dana Reyes, said the state would help everyone. ';
  const text = `A. ${sentence.repeat(3)}Z.`;
  const quotes = selectorsOf(text, 'Dana Reyes').map((s) => s.quote);
  assert.deepEqual(quotes.map((q) => [q.quoteOccurrences, q.quoteOccurrence]), [[undefined, undefined], [2, 1], [2, 2]]);
  assert.equal(quotes[1].prefix.length, MAX_CONTEXT, 'widened to the bound first');
  assert.equal(quotes[1].suffix.length, MAX_CONTEXT);
});

test('positions count code points by default, UTF-16 units on request, and say which', () => {
  const text = '🇮🇶 Baghdad';
  const [cp] = selectorsOf(text, 'Baghdad');
  const [u16] = selectorsOf(text, 'Baghdad', { unit: 'utf16CodeUnit' });
  assert.deepEqual(cp.position, { type: 'TextPositionSelector', start: 3, end: 10, positionUnit: 'codePoint' });
  assert.deepEqual(u16.position, { type: 'TextPositionSelector', start: 5, end: 12, positionUnit: 'utf16CodeUnit' });
  assert.deepEqual(cp.quote, u16.quote, 'the quote does not depend on the unit');
  assert.throws(() => textSelectors(text, [], { unit: 'bytes' }), /unknown position unit "bytes"/);
});

test('occurrences include overlapping ones and one-unit needles', () => {
  const found = occurrenceIndex('aaaa, a', ['aa', 'a', 'z', '']);
  assert.deepEqual([...found], [['aa', [0, 1, 2]], ['a', [0, 1, 2, 3, 6]], ['z', []]]);
});

test('code point offsets count an emoji as one character', () => {
  const text = 'a😀b🇮🇶c';
  const map = codePointOffsets(text, [0, 1, 3, 4, 8, 9, 2]);
  assert.deepEqual([...map].sort((x, y) => x[0] - y[0]), [[0, 0], [1, 1], [2, 1], [3, 2], [4, 3], [8, 5], [9, 6]]);
});

test('every Web Annotation re-anchors by its quote to its position, emoji and repeats included', () => {
  const text = '🇮🇶 Baghdad 👍 said Baghdad was calm. 👨‍👩‍👧 Iraq and Baghdad 😀 and Iraq.';
  const spans = [];
  for (let from = 0; ;) {
    const i = text.indexOf('Baghdad', from);
    if (i < 0) break;
    spans.push({ start: i, end: i + 7, label: 'PLACE', text: 'Baghdad', entity: 'g:1' });
    from = i + 1;
  }
  for (let from = 0; ;) {
    const i = text.indexOf('Iraq', from);
    if (i < 0) break;
    spans.push({ start: i, end: i + 4, label: 'PLACE', text: 'Iraq', entity: 'iso:IQ' });
    from = i + 1;
  }
  spans.sort((a, b) => a.start - b.start);
  const entities = [{ id: 'g:1', name: 'Baghdad', label: 'PLACE' }, { id: 'iso:IQ', name: 'Iraq', label: 'PLACE' }];
  const doc = JSON.parse(toWebAnnotation({ spans, entities }, text));
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  const items = doc.first.items;
  assert.equal(items.length, 5);
  assert.equal(doc.total, 5);
  const chars = Array.from(text);
  for (const a of items) {
    assert.equal(a.type, 'Annotation');
    assert.equal(a.target.source, articleUrn(text));
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.deepEqual(anchorQuote(text, quote), [{ start: position.start, end: position.end }], `${quote.exact} at ${position.start}`);
    assert.equal(chars.slice(position.start, position.end).join(''), quote.exact);
    assert.ok((quote.prefix ?? '').length <= MAX_CONTEXT && (quote.suffix ?? '').length <= MAX_CONTEXT);
    assert.deepEqual(a.body.map((b) => [b.purpose, b.value]), [['tagging', 'PLACE'], ['identifying', quote.exact]]);
  }
  assert.equal(items[0].target.selector[1].start, 3, 'after the flag (2 code points, 4 UTF-16 units) and a space');
  assert.equal(items[0].target.selector[1].positionUnit, 'codePoint');
  // The added terms are defined in a context of the page, the top-level one stays W3C's.
  assert.deepEqual(Object.keys(doc.first['@context']), ['aa', 'positionUnit', 'codePoint', 'utf16CodeUnit', 'quoteOccurrences', 'quoteOccurrence']);
  const utf16 = JSON.parse(toWebAnnotation({ spans, entities }, text, { unit: 'utf16CodeUnit' }));
  assert.deepEqual(utf16.first.items.map((a) => a.target.selector[1].start), spans.map((s) => s.start), 'UTF-16: string indices');
});

test('the article id is stable for a text and differs between texts', () => {
  assert.equal(articleUrn('abc'), articleUrn('abc'));
  assert.notEqual(articleUrn('abc'), articleUrn('abd'));
  assert.match(articleUrn(''), /^urn:article:fnv1a64-[0-9a-f]{16}$/);
});

// ---- JSON and HTML --------------------------------------------------------------------------

test('the JSON export is the core\'s result as it came', () => {
  const result = { offsets: 'utf16', spans: [{ start: 0, end: 1, label: 'PLACE', text: 'x' }], entities: [], facts: { dates: [] } };
  assert.deepEqual(JSON.parse(toJSON(result)), result);
});

test('escapeHTML escapes the five characters that matter', () => {
  assert.equal(escapeHTML(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
});

test('the HTML export escapes hostile text everywhere and has no script', () => {
  const text = '<img src=x onerror="alert(1)"> Baghdad </textarea><script>alert(2)</script> & "Iraq" \'x\'';
  const spans = [span(text, 'Baghdad', 'PLACE', 'g:1'), span(text, 'Iraq', 'PLACE', 'iso:IQ')];
  const entities = [
    { id: 'g:1', name: 'Baghdad"><script>alert(3)</script>', label: 'PLACE', mentions: 1, first: spans[0].start },
    { id: 'iso:IQ', name: 'Iraq', label: 'PLACE', mentions: 1, first: spans[1].start, link: '<b>x</b>' },
  ];
  const facts = { quotes: [{ ...at(text, 'Iraq'), text: '</blockquote><script>alert(4)</script>', speaker: '<i>me</i>' }] };
  const html = toHTML({ spans, entities, facts }, text);
  assert.match(html, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.doesNotMatch(html, /<script|<img|<b>|<i>|<textarea|onerror="/i);
  assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;/);
  // The article's text comes back exactly once its tags are dropped and its entities read.
  const body = html.match(/<div class="text" id="article">([\s\S]*?)<\/div><\/main>/)[1];
  const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  assert.equal(unescape(body.replace(/<\/?mark[^>]*>/g, '')), text);
  assert.equal((body.match(/<mark /g) ?? []).length, 2);
  assert.match(html, /style="background:#fceaa2;box-shadow:inset 0 -2px 0 #723c12;--accent:#723c12"/, 'the label colours, inline');
  assert.match(html, /Who said what/);
});

test('the HTML export keeps a nested name as an inner mark with its own tag; a bad one stays plain text', () => {
  const text = '🇺🇸 The US Embassy in “Baghdad” shut.';
  const org = span(text, 'US Embassy in “Baghdad”', 'ORG', 'org:US Embassy');
  const nested = [span(text, 'US', 'PLACE', 'iso:US'), span(text, 'Baghdad', 'PLACE', 'g:1'), { start: 0, end: 999, label: 'PLACE' }];
  const entities = [{ id: 'iso:US', name: 'United States', label: 'PLACE' }, { id: 'g:1', name: 'Baghdad', label: 'PLACE' }];
  const html = toHTML({ spans: [org], nested, entities }, text);
  const body = html.match(/<div class="text" id="article">([\s\S]*?)<\/div><\/main>/)[1];
  assert.equal(body,
    '🇺🇸 The <mark data-label="ORG" data-tag="ORG" title="Organisation: US Embassy in “Baghdad”" style="background:#a2aef0;box-shadow:inset 0 -2px 0 #240cc6;--accent:#240cc6">' +
    '<mark class="nested" data-label="PLACE" data-tag="PLACE" title="Place: United States (“US”)" style="background:#fceaa2;box-shadow:inset 0 -2px 0 #723c12;--accent:#723c12">US</mark>' +
    ' Embassy in “<mark class="nested" data-label="PLACE" data-tag="PLACE" title="Place: Baghdad" style="background:#fceaa2;box-shadow:inset 0 -2px 0 #723c12;--accent:#723c12">Baghdad</mark>”' +
    '</mark> shut.');
  assert.match(html, /mark\.nested\{padding:0;background:none!important;box-shadow:none!important;text-decoration:underline 2px var\(--accent\)/);
});

test('the Web Annotation export gives each nested name an annotation of its own, after the spans', () => {
  const text = 'The US Embassy in Baghdad 🇮🇶 and the US Embassy in Amman.';
  const spans = [span(text, 'US Embassy in Baghdad', 'ORG', 'org:a'), span(text, 'US Embassy in Amman', 'ORG', 'org:b')];
  const nested = [span(text, 'Baghdad', 'PLACE', 'g:1'), span(text, 'Amman', 'PLACE', 'g:2')];
  const entities = [{ id: 'g:1', name: 'Baghdad' }, { id: 'g:2', name: 'Amman' }, { id: 'org:a', name: 'US Embassy in Baghdad' }, { id: 'org:b', name: 'US Embassy in Amman' }];
  const doc = JSON.parse(toWebAnnotation({ spans, nested, entities }, text, { source: 'urn:x' }));
  const items = doc.first.items;
  assert.equal(doc.total, 4);
  assert.deepEqual(items.map((a) => a.id), ['urn:x:annotation:1', 'urn:x:annotation:2', 'urn:x:annotation:3', 'urn:x:annotation:4']);
  assert.deepEqual(items[2].body, [
    { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: 'PLACE' },
    { type: 'TextualBody', purpose: 'identifying', format: 'text/plain', value: 'Baghdad' },
  ]);
  assert.deepEqual(items[2].target.selector[1], { type: 'TextPositionSelector', start: 18, end: 25, positionUnit: 'codePoint' });
  // Amman is after the flag: four UTF-16 units, two code points.
  assert.deepEqual(items[3].target.selector[1], { type: 'TextPositionSelector', start: text.indexOf('Amman') - 2, end: text.indexOf('Amman') + 3, positionUnit: 'codePoint' });
  assert.equal(items[3].target.selector[0].exact, 'Amman');
  const without = JSON.parse(toWebAnnotation({ spans, entities }, text, { source: 'urn:x' }));
  assert.deepEqual(without.first.items, items.slice(0, 2), 'the spans\' annotations are the same with or without nested names');
});

test('download names come from the first words of the headline', () => {
  assert.equal(fileStem('BAGHDAD, March 14, 2023 (Meridian News) — A car bomb'), 'baghdad-march-14-2023-meridian-news-annotations');
  assert.equal(fileStem('Ínès à Zürich\nmore'), 'ines-a-zurich-annotations');
  assert.equal(fileStem('<<< 🙂 >>>'), 'article-annotations');
  assert.equal(fileStem(' date 2020-01-01 Militants torch a gate in Basra\n\nMore.'), 'militants-torch-a-gate-in-basra-annotations');
  assert.equal(fileStem('date 2020-01-01\nCeasefire holds in Mosul'), 'ceasefire-holds-in-mosul-annotations');
});

// ---- headline -------------------------------------------------------------------------------

test('the headline is the first line that is not metadata', () => {
  assert.equal(headline('date 2020-01-01\n\nCeasefire holds in Mosul\nMOSUL — Talks resumed.'), 'Ceasefire holds in Mosul');
  assert.equal(headline('Published: 3 March 2021 10:42 | Source: https://news.example/a/1\nRain floods Basra'), 'Rain floods Basra');
  assert.equal(headline('Updated: March 3, 2021 at 10:42 a.m. EST\r\nRain floods Basra'), 'Rain floods Basra');
  assert.equal(headline('Friday, July 21, 2017\nRain floods Basra'), 'Rain floods Basra', 'a date alone on its line');
  assert.equal(headline('https://news.example/story/42\nRain floods Basra'), 'Rain floods Basra', 'a link alone on its line');
  assert.equal(headline('Title: Rain floods Basra\nBody.'), 'Rain floods Basra');
  assert.equal(headline('  \n\t\n'), '');
});

test('metadata run into the first sentence is dropped from it', () => {
  assert.equal(headline(' date 2020-01-01 Militants torch a gate in Basra. More text.'), 'Militants torch a gate in Basra. More text.');
  assert.equal(headline('posted 2021-06-30T18:05:00Z – Iraq recalls its envoy'), 'Iraq recalls its envoy', 'with the dash after it');
});

test('a first line that only starts with a metadata word is the headline', () => {
  assert.equal(headline('Updated rules take effect in Basra\nMore.'), 'Updated rules take effect in Basra');
  assert.equal(headline('Date palms burn near Basra'), 'Date palms burn near Basra');
  assert.equal(headline('2020 was a hard year for Mosul'), '2020 was a hard year for Mosul');
});

test('a long headline is clipped at a word to 80 characters', () => {
  const long = 'Protesters storm the compound of an embassy in the capital after a night of clashes with the police';
  const title = headline(long);
  assert.equal(title, 'Protesters storm the compound of an embassy in the capital after a night of…');
  assert.ok(Array.from(title).length <= 80);
  assert.equal(Array.from(headline('x'.repeat(100))).length, 80, 'one long word is cut where it must be');
  assert.equal(titleOf(''), 'an empty article');
});
