// The user's dictionary in files: import and export as TSV (the core’s own format, which the
// CLI reads with --dictionary), CSV (for a spreadsheet), JSON (everything, as kept on the
// device) and spaCy EntityRuler JSON Lines phrase patterns. Pure functions.
//
// An import checks every line and reports every bad one with the file name and line number
// (the first ten, then how many more); it then adds nothing, so a bad file never changes the
// dictionary already saved.

import { makeEntry, entryProblem, CASE_RULES } from './entries.js';
import { customLabelProblem } from '../labels.js';

export const FILE_FORMATS = [
  { id: 'tsv', name: 'TSV', ext: 'tsv', type: 'text/tab-separated-values', detail: 'The annotator’s own format (the CLI’s --dictionary); names only' },
  { id: 'csv', name: 'CSV', ext: 'csv', type: 'text/csv', detail: 'Every entry, for a spreadsheet' },
  { id: 'json', name: 'JSON', ext: 'json', type: 'application/json', detail: 'Every entry and your labels’ colours, as kept on this device' },
  { id: 'jsonl', name: 'spaCy patterns', ext: 'jsonl', type: 'application/jsonl', detail: 'EntityRuler JSON Lines phrase patterns; names only' },
];

const MAX_REPORTED = 10;

/** The format of a file by its name's extension, or null. */
export function formatOfFile(name) {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return FILE_FORMATS.find((f) => f.ext === ext || (ext === 'txt' && f.id === 'tsv'))?.id ?? null;
}

/**
 * Reads the entries of a dictionary file. Throws an Error listing every bad line as
 * `FILE, line N: problem` when any line is bad.
 */
export function importEntries(format, content, fileName) {
  return importDictionary(format, content, fileName).entries;
}

/**
 * Reads a dictionary file: its entries, and the colours of custom labels (`{ id: '#rrggbb' }`,
 * which only the JSON form carries). Throws as `importEntries` does.
 */
export function importDictionary(format, content, fileName) {
  const text = content.replace(/^\uFEFF/, '');
  const read = { tsv: readTsv, csv: readCsv, json: readJson, jsonl: readJsonl }[format];
  if (!read) throw new Error(`${fileName}: unknown dictionary format “${format}”`);
  const entries = [];
  const colours = {};
  const problems = [];
  for (const { line, entry, colour, problem } of read(text)) {
    const why = problem ?? (entry ? entryProblem(entry) : null);
    if (why) problems.push(`${fileName}, ${line}: ${why}`);
    else if (entry) entries.push(entry);
    else colours[colour[0]] = colour[1];
  }
  if (problems.length) {
    const more = problems.length > MAX_REPORTED ? `\n… and ${problems.length - MAX_REPORTED} more` : '';
    const head = `${fileName} was not imported: ${problems.length === 1 ? 'a line is' : `${problems.length} lines are`} not valid. Nothing was changed.`;
    throw new Error(`${head}\n${problems.slice(0, MAX_REPORTED).join('\n')}${more}`);
  }
  return { entries: mergeDuplicates(entries), colours };
}

/**
 * The text of a dictionary file in `format`. Every format keeps a custom label's name; the
 * JSON form also keeps `colours` (`{ id: '#rrggbb' }`) as `labels: { id: { colour } }`.
 */
export function exportEntries(format, entries, colours = {}) {
  switch (format) {
    case 'tsv':
      return writeTsv(entries);
    case 'csv':
      return writeCsv(entries);
    case 'json':
      return `${JSON.stringify({ format: 'article-annotator-dictionary', version: 1, entries, ...labelsOf(colours) }, null, 2)}\n`;
    case 'jsonl':
      return writeJsonl(entries);
    default:
      throw new Error(`unknown dictionary format “${format}”`);
  }
}

// ---- TSV ---------------------------------------------------------------------------------

const FLAG_RULE = { i: 'any', u: 'upper' };

function* readTsv(text) {
  const lines = text.split(/\r?\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const line = `line ${i + 1}`;
    const columns = raw.split('\t');
    if (columns.length < 2) {
      yield { line, problem: `expected LABEL<tab>NAME, found no tab in “${raw.slice(0, 40)}”` };
      continue;
    }
    if (columns.length > 6) {
      yield { line, problem: 'too many columns (at most 6: LABEL, NAME, ALIASES, FLAGS, ID, LINK)' };
      continue;
    }
    const [label, name, aliases = '', flags = ''] = columns;
    const bad = [...flags.trim()].find((c) => !'iua-'.includes(c));
    if (bad) {
      yield { line, problem: `unknown flag “${bad}” (flags are i, u, a or -)` };
      continue;
    }
    const rule = [...flags].map((c) => FLAG_RULE[c]).find(Boolean) ?? 'exact';
    const list = aliases.trim() === '-' ? [] : aliases.split('|');
    yield { line, entry: makeEntry({ label, name, aliases: list, caseRule: rule }) };
  }
}

function writeTsv(entries) {
  const rows = entries.filter((e) => e.kind === 'name' && e.enabled).map((e) =>
    [e.label, e.name, e.aliases.join('|') || '-', CASE_RULES.find((c) => c.id === e.caseRule)?.flag ?? '-'].join('\t'));
  return `# Article Annotator dictionary: LABEL, name, aliases (|), flags (i any case, u capitals)\n${rows.map((r) => `${r}\n`).join('')}`;
}

// ---- CSV ---------------------------------------------------------------------------------

const CSV_COLUMNS = ['label', 'name', 'aliases', 'case', 'enabled', 'kind'];

function* readCsv(text) {
  const rows = csvRows(text);
  if (!rows.length) return;
  const [header, ...body] = rows;
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = ['label', 'name'].filter((c) => !names.includes(c));
  if (missing.length) {
    yield { line: `line ${header.line}`, problem: `the header must name the columns ${CSV_COLUMNS.join(', ')} (missing: ${missing.join(', ')})` };
    return;
  }
  for (const { line, cells, problem } of body) {
    const where = `line ${line}`;
    if (problem) {
      yield { line: where, problem };
      continue;
    }
    if (cells.every((c) => c.trim() === '')) continue;
    const get = (column) => unguard(cells[names.indexOf(column)] ?? '');
    const caseRule = get('case').trim() || 'exact';
    const enabled = !/^(no|false|0|off)$/i.test(get('enabled').trim());
    const kind = get('kind').trim() || 'name';
    const aliases = get('aliases').split('|');
    yield { line: where, entry: makeEntry({ label: get('label'), name: get('name'), aliases, caseRule, enabled, kind }) };
  }
}

/** RFC 4180 rows with the line each starts on; a quoted cell may span lines. */
function csvRows(text) {
  const rows = [];
  let i = 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const cells = [];
    let cell = '';
    let problem = null;
    for (;;) {
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) {
            problem = 'a quoted cell is not closed';
            break;
          }
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (text[i] === '\n') line++;
          cell += text[i++];
        }
      }
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') cell += text[i++];
      cells.push(cell);
      cell = '';
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      break;
    }
    rows.push({ line: start, cells, problem });
  }
  return rows;
}

// A cell a spreadsheet would run as a formula (= + - @, after any spaces) is written with a
// leading apostrophe, which spreadsheets show as text and which reading the file back takes off again.
const FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r\n]/;

function guard(cell) {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

function unguard(cell) {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function csvCell(value) {
  const cell = guard(String(value));
  return /[",\n\r]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

function writeCsv(entries) {
  const rows = entries.map((e) => [e.label, e.name, e.aliases.join('|'), e.caseRule, e.enabled ? 'yes' : 'no', e.kind]);
  return [CSV_COLUMNS, ...rows].map((r) => `${r.map(csvCell).join(',')}\r\n`).join('');
}

// ---- JSON --------------------------------------------------------------------------------

function* readJson(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    yield { line: jsonErrorLine(text, err), problem: `not valid JSON (${err.message})` };
    return;
  }
  const list = Array.isArray(data) ? data : data?.entries;
  if (!Array.isArray(list)) {
    yield { line: 'line 1', problem: 'expected a list of entries, or an object with "entries"' };
    return;
  }
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const where = `entry ${i + 1}`;
    if (!item || typeof item !== 'object' || typeof item.name !== 'string' || typeof item.label !== 'string') {
      yield { line: where, problem: 'an entry needs a "label" and a "name" (strings)' };
      continue;
    }
    if (item.aliases !== undefined && !(Array.isArray(item.aliases) && item.aliases.every((a) => typeof a === 'string'))) {
      yield { line: where, problem: '"aliases" must be a list of strings' };
      continue;
    }
    yield { line: where, entry: makeEntry(item) };
  }
  if (!Array.isArray(data)) yield* readLabelColours(data.labels);
}

/** The `labels` member of the JSON form, left out when there are no custom labels. */
function labelsOf(colours) {
  const ids = Object.keys(colours);
  return ids.length ? { labels: Object.fromEntries(ids.map((id) => [id, { colour: colours[id] }])) } : {};
}

function* readLabelColours(labels) {
  if (labels === undefined) return;
  if (!labels || typeof labels !== 'object' || Array.isArray(labels)) {
    yield { line: 'labels', problem: '"labels" must be an object of label names' };
    return;
  }
  for (const [id, value] of Object.entries(labels)) {
    const where = `label ${id}`;
    const problem = customLabelProblem(id);
    if (problem) yield { line: where, problem };
    else if (!/^#[0-9a-f]{6}$/i.test(value?.colour)) yield { line: where, problem: 'its "colour" must be written #rrggbb' };
    else yield { line: where, colour: [id, value.colour.toLowerCase()] };
  }
}

function jsonErrorLine(text, err) {
  const at = /position (\d+)/.exec(err.message)?.[1];
  if (at === undefined) return 'line 1';
  return `line ${text.slice(0, Number(at)).split('\n').length}`;
}

// ---- spaCy EntityRuler JSON Lines -------------------------------------------------------

/** spaCy's English labels and ours. */
const SPACY_LABELS = {
  PERSON: 'PERSON', PER: 'PERSON', ORG: 'ORG', GPE: 'PLACE', LOC: 'PLACE', FAC: 'PLACE',
  NORP: 'NATIONALITY', DATE: 'DATE', MONEY: 'MONEY', CARDINAL: 'NUMBER', QUANTITY: 'NUMBER',
};
const OUR_LABELS = { PLACE: 'PLACE', NATIONALITY: 'NATIONALITY', TITLE: 'TITLE', NUMBER: 'NUMBER', KEYWORD: 'KEYWORD' };
const TOKEN_KEYS = ['ORTH', 'TEXT', 'LOWER'];

function* readJsonl(text) {
  const lines = text.split(/\r?\n|\r/);
  const groups = new Map(); // label + id → entry, for patterns that share an id
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
    if (!raw) continue;
    const line = `line ${i + 1}`;
    let item;
    try {
      item = JSON.parse(raw);
    } catch (err) {
      yield { line, problem: `not valid JSON (${err.message})` };
      continue;
    }
    // A label of neither set keeps its name as a custom label (spaCy's PRODUCT, EVENT, or one
    // of the user's own), if it is written as one.
    const label = SPACY_LABELS[item?.label] ?? OUR_LABELS[item?.label] ??
      (typeof item?.label === 'string' && !customLabelProblem(item.label) ? item.label : null);
    if (!label) {
      yield { line, problem: `the label ${JSON.stringify(item?.label)} has no match here (use ${Object.keys({ ...SPACY_LABELS, ...OUR_LABELS }).join(', ')}, or a label of your own in capitals, digits and _)` };
      continue;
    }
    const pattern = phrase(item.pattern);
    if (pattern.problem) {
      yield { line, problem: pattern.problem };
      continue;
    }
    const key = typeof item.id === 'string' ? `${label}\u0000${item.id}` : null;
    const grouped = key && groups.get(key);
    if (grouped) {
      if (pattern.text !== grouped.name && !grouped.aliases.includes(pattern.text)) grouped.aliases.push(pattern.text);
      if (pattern.anyCase) grouped.caseRule = 'any';
      continue;
    }
    const entry = makeEntry({ label, name: pattern.text, caseRule: pattern.anyCase ? 'any' : 'exact' });
    if (key) groups.set(key, entry);
    yield { line, entry };
  }
}

/** A spaCy pattern as a phrase: a string, or a list of tokens each with one of ORTH, TEXT, LOWER. */
function phrase(pattern) {
  if (typeof pattern === 'string') return { text: pattern, anyCase: false };
  if (!Array.isArray(pattern) || !pattern.length) return { problem: '"pattern" must be a string or a list of tokens' };
  const words = [];
  let anyCase = false;
  for (const token of pattern) {
    const keys = token && typeof token === 'object' ? Object.keys(token) : [];
    if (keys.length !== 1 || !TOKEN_KEYS.includes(keys[0]) || typeof token[keys[0]] !== 'string') {
      return { problem: `only phrase patterns can be imported: each token needs exactly one of ${TOKEN_KEYS.join(', ')} (found ${JSON.stringify(token).slice(0, 60)})` };
    }
    anyCase ||= keys[0] === 'LOWER';
    words.push(token[keys[0]]);
  }
  return { text: words.join(' '), anyCase };
}

function writeJsonl(entries) {
  const lines = [];
  for (const e of entries) {
    if (e.kind !== 'name' || !e.enabled) continue;
    for (const surface of [e.name, ...e.aliases]) {
      const pattern = e.caseRule === 'any' ? surface.split(/\s+/).map((w) => ({ LOWER: w.toLowerCase() })) : surface;
      lines.push(JSON.stringify({ label: e.label, pattern, id: e.name }));
    }
  }
  return lines.map((l) => `${l}\n`).join('');
}

// ---- merging -----------------------------------------------------------------------------

/** Entries naming the same label, kind and name become one, their aliases joined. */
export function mergeDuplicates(entries) {
  const out = [];
  const seen = new Map();
  for (const e of entries) {
    const key = `${e.kind}\u0000${e.label}\u0000${e.name}`;
    const kept = seen.get(key);
    if (!kept) {
      const copy = { ...e, aliases: [...e.aliases] };
      seen.set(key, copy);
      out.push(copy);
      continue;
    }
    for (const a of e.aliases) if (!kept.aliases.includes(a)) kept.aliases.push(a);
  }
  return out;
}
