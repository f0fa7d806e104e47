// A small RFC 4180 reader for the tests: quoted fields may hold commas, quotes ("") and line
// breaks; records end with CRLF (a lone LF is accepted too). Throws on malformed quoting, so a
// test fails loudly if the export ever writes a bad CSV.

export function parseCSV(input) {
  const text = input.startsWith('\ufeff') ? input.slice(1) : input;
  const rows = [];
  let row = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && !',\r\n'.includes(text[i])) throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (c === '\r' || c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error('an unclosed quote');
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Rows as objects keyed by the header row. */
export function csvRecords(input) {
  const [header, ...rows] = parseCSV(input);
  for (const r of rows) if (r.length !== header.length) throw new Error(`a row of ${r.length} fields, not ${header.length}`);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

/**
 * Re-anchors a W3C annotation target in `text` the way another tool would: finds every place
 * where prefix + exact + suffix occur, and returns the code point positions of `exact` there.
 */
export function anchorQuote(text, { exact, prefix = '', suffix = '' }) {
  const needle = prefix + exact + suffix;
  const found = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const start = Array.from(text.slice(0, at + prefix.length)).length;
    found.push({ start, end: start + Array.from(exact).length });
  }
  return found;
}
