// The user's dictionary in files (www/dictionary/formats.js) and as the core is given it
// (www/dictionary/entries.js): pure functions, tested in Node on small hand-checked inputs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importEntries, importDictionary, exportEntries, formatOfFile } from '../../www/dictionary/formats.js';
import { makeEntry, toCore, entryProblem } from '../../www/dictionary/entries.js';

const mansour = makeEntry({ label: 'PLACE', name: 'Mansour', aliases: ['al-Mansour'] });
const imam = makeEntry({ label: 'ORG', name: 'Imam Ali Brigades', caseRule: 'any' });
const notJordan = makeEntry({ label: 'PLACE', name: 'Jordan', kind: 'not-a-name' });
const off = makeEntry({ label: 'PERSON', name: 'Qarvin Tolbek', enabled: false });

test('the core gets a TSV line per enabled name and the not-a-name pairs apart', () => {
  assert.deepEqual(toCore([mansour, imam, notJordan, off]), {
    tsv: 'PLACE\tMansour\tal-Mansour\t-\nORG\tImam Ali Brigades\t-\ti\n',
    notNames: [['PLACE', 'Jordan']],
  });
});

test('an entry with a tab, an unknown label or no letter is refused with the reason', () => {
  assert.match(entryProblem(makeEntry({ label: 'PLACE', name: 'a\tb' })), /tab or a line break/);
  assert.match(entryProblem(makeEntry({ label: 'City', name: 'Basra' })), /unknown label “City”/);
  assert.match(entryProblem(makeEntry({ label: 'ORG', name: '—' })), /no letter or digit/);
  assert.equal(entryProblem(mansour), null);
});

test('every format round-trips what it holds', () => {
  const all = [mansour, imam, notJordan, off];
  assert.deepEqual(importEntries('json', exportEntries('json', all), 'd.json'), all);
  assert.deepEqual(importEntries('csv', exportEntries('csv', all), 'd.csv'), all);
  // TSV and spaCy patterns hold the enabled names only; an any-case name is a LOWER token
  // pattern in spaCy, so it comes back in lower case.
  assert.deepEqual(importEntries('tsv', exportEntries('tsv', all), 'd.tsv'), [mansour, imam]);
  assert.deepEqual(importEntries('jsonl', exportEntries('jsonl', all), 'd.jsonl'), [mansour, { ...imam, name: 'imam ali brigades' }]);
});

test('a bad file names every bad line with the file, and imports nothing', () => {
  const tsv = 'PLACE\tMansour\nCity\tBasra\nPLACE Karrada\n# a comment\nORG\tX\t-\tz\n';
  assert.throws(() => importEntries('tsv', tsv, 'mine.tsv'), (err) => {
    assert.match(err.message, /^mine\.tsv was not imported: 3 lines are not valid\. Nothing was changed\./);
    assert.match(err.message, /mine\.tsv, line 2: unknown label “City”/);
    assert.match(err.message, /mine\.tsv, line 3: expected LABEL<tab>NAME/);
    assert.match(err.message, /mine\.tsv, line 5: unknown flag “z”/);
    return true;
  });
});

test('a byte-order mark and CRLF line ends are accepted', () => {
  const entries = importEntries('tsv', '\uFEFFPLACE\tMansour\tal-Mansour\r\nORG\tImam Ali Brigades\t-\ti\r\n', 'w.tsv');
  assert.deepEqual(entries, [mansour, imam]);
});

test('CSV: quoted cells with commas and quotes; lines counted past a multi-line cell', () => {
  const csv = 'label,name,aliases\r\nORG,"Smith, Jones ""and"" Co",SJC\r\nPLACE,"Two\nLines",\r\nNope,Basra,\r\n';
  assert.throws(() => importEntries('csv', csv, 'x.csv'), (err) => {
    assert.match(err.message, /x\.csv, line 3: “Two\nLines” holds a tab or a line break/);
    assert.match(err.message, /x\.csv, line 5: unknown label “Nope”/);
    return true;
  });
  const [first] = importEntries('csv', csv.split('PLACE')[0], 'x.csv');
  assert.deepEqual(first, makeEntry({ label: 'ORG', name: 'Smith, Jones "and" Co', aliases: ['SJC'] }));
});

test('CSV export guards cells a spreadsheet would run as formulas, and import takes the guard off', () => {
  const risky = makeEntry({ label: 'ORG', name: '=HYPERLINK("x")', aliases: [' +1', '＝SUM'] });
  const csv = exportEntries('csv', [risky]);
  assert.match(csv, /"'=HYPERLINK\(""x""\)"/);
  assert.match(csv, /' \+1\|＝SUM|'/);
  assert.deepEqual(importEntries('csv', csv, 'r.csv'), [risky]);
});

test('JSON: a syntax error names its line', () => {
  assert.throws(() => importEntries('json', '{\n "entries": [\n  {"label": "ORG",, }\n ]}', 'b.json'), /b\.json, line 3: not valid JSON/);
});

test('spaCy patterns: labels mapped, token patterns joined, LOWER means any case, ids grouped', () => {
  const jsonl = [
    '{"label": "GPE", "pattern": "Mansour"}',
    '{"label": "ORG", "pattern": [{"LOWER": "imam"}, {"LOWER": "ali"}, {"LOWER": "brigades"}], "id": "iab"}',
    '{"label": "ORG", "pattern": "IAB", "id": "iab"}',
    '{"label": "NORP", "pattern": "Chaldean"}',
  ].join('\n');
  assert.deepEqual(importEntries('jsonl', jsonl, 'p.jsonl'), [
    makeEntry({ label: 'PLACE', name: 'Mansour' }),
    makeEntry({ label: 'ORG', name: 'imam ali brigades', aliases: ['IAB'], caseRule: 'any' }),
    makeEntry({ label: 'NATIONALITY', name: 'Chaldean' }),
  ]);
});

test('spaCy patterns: an unknown label or a non-phrase token pattern names the line', () => {
  const jsonl = '{"label": "GPE", "pattern": "Basra"}\n{"label": "Event", "pattern": "Eid"}\n{"label": "ORG", "pattern": [{"IS_DIGIT": true}]}\n';
  assert.throws(() => importEntries('jsonl', jsonl, 'p.jsonl'), (err) => {
    assert.match(err.message, /p\.jsonl, line 2: the label "Event" has no match/);
    assert.match(err.message, /p\.jsonl, line 3: only phrase patterns/);
    return true;
  });
});

test('a custom label keeps its name through every format, and JSON keeps its colour', () => {
  const entries = [
    makeEntry({ label: 'WEAPON', name: 'Kalashnikov', aliases: ['AK-47'] }),
    makeEntry({ label: 'AID_GROUP', name: 'Red Crescent' }),
  ];
  const colours = { WEAPON: '#f4a261', AID_GROUP: '#a8dadc' };
  for (const format of ['tsv', 'csv', 'json', 'jsonl']) {
    const back = importDictionary(format, exportEntries(format, entries, colours), `d.${format}`);
    assert.deepEqual(back.entries.map((e) => [e.label, e.name, e.aliases]),
      [['WEAPON', 'Kalashnikov', ['AK-47']], ['AID_GROUP', 'Red Crescent', []]], format);
    assert.deepEqual(back.colours, format === 'json' ? colours : {}, format);
  }
  assert.ok(!exportEntries('json', entries).includes('"labels"'));
});

test('a custom label that is not written in capitals, or a colour that is not #rrggbb, names its place', () => {
  assert.match(entryProblem(makeEntry({ label: 'Weapon', name: 'RPG' })), /unknown label “Weapon”.*such as WEAPON/);
  assert.equal(entryProblem(makeEntry({ label: 'WEAPON', name: 'RPG' })), null);
  assert.equal(makeEntry({ label: 'person', name: 'X' }).label, 'PERSON');
  const json = JSON.stringify({ entries: [{ label: 'WEAPON', name: 'RPG' }], labels: { WEAPON: { colour: 'red' }, 'bad name': { colour: '#ffffff' } } });
  assert.throws(() => importDictionary('json', json, 'd.json'), (err) => {
    assert.match(err.message, /d\.json, label WEAPON: its "colour" must be written #rrggbb/);
    assert.match(err.message, /d\.json, label bad name: “bad name” cannot be a label name/);
    return true;
  });
});

test('the format comes from the file extension', () => {
  assert.equal(formatOfFile('mine.TSV'), 'tsv');
  assert.equal(formatOfFile('mine.txt'), 'tsv');
  assert.equal(formatOfFile('patterns.jsonl'), 'jsonl');
  assert.equal(formatOfFile('mine.xlsx'), null);
});
