// The user's dictionary as data: entries, their checks, and what the core is given (a TSV
// dictionary, in the format of src/gazetteer.rs, plus the "not a name" suppressions). Pure
// functions; the manager (manager.js) and the corrections (correct/) edit entries through them.

import { LABELS, customLabelProblem } from '../labels.js';

/**
 * An entry: `{ label, name, aliases: string[], caseRule, enabled, kind }`.
 * - `caseRule`: 'exact' (as written), 'upper' (as written or in capitals), 'any' (any case).
 * - `kind`: 'name' (highlight these surfaces with `label`) or 'not-a-name' (never highlight
 *   `name` with `label`).
 */
export const CASE_RULES = [
  { id: 'exact', name: 'As written', flag: '-' },
  { id: 'upper', name: 'As written or in capitals', flag: 'u' },
  { id: 'any', name: 'Any case', flag: 'i' },
];

export const KINDS = [
  { id: 'name', name: 'Name' },
  { id: 'not-a-name', name: 'Not a name' },
];

const LABEL_IDS = new Set(LABELS.map((l) => l.id));

/** A complete entry from partial fields, with the defaults a new entry gets. */
export function makeEntry({ label, name, aliases = [], caseRule = 'exact', enabled = true, kind = 'name' }) {
  return {
    label: labelId(label),
    name: String(name ?? '').trim(),
    aliases: aliases.map((a) => String(a).trim()).filter(Boolean),
    caseRule,
    enabled: enabled !== false,
    kind,
  };
}

/**
 * A label as written in a file or a form: a built-in label in any case ("person" → PERSON),
 * anything else as written, so that a custom label must be in capitals as the core requires
 * and a slip ("Persn") is refused rather than made a label.
 */
function labelId(label) {
  const written = String(label ?? '').trim();
  return LABEL_IDS.has(written.toUpperCase()) ? written.toUpperCase() : written;
}

/** Why `entry` cannot be used (a sentence), or null if it can. */
export function entryProblem(entry) {
  if (!LABEL_IDS.has(entry.label) && customLabelProblem(entry.label)) {
    return `unknown label “${entry.label}” (labels: ${[...LABEL_IDS].join(', ')}, or a label of your own in capitals, digits and _, such as WEAPON)`;
  }
  if (!KINDS.some((k) => k.id === entry.kind)) return `unknown kind “${entry.kind}”`;
  if (!CASE_RULES.some((c) => c.id === entry.caseRule)) return `unknown case rule “${entry.caseRule}”`;
  if (!entry.name) return 'the name is empty';
  for (const surface of [entry.name, ...entry.aliases]) {
    // Tabs and line breaks separate the core's columns and lines; | separates aliases.
    if (/[\t\n\r]/.test(surface)) return `“${shorten(surface)}” holds a tab or a line break`;
    if (surface !== entry.name && surface.includes('|')) return `the alias “${shorten(surface)}” holds a |`;
    if (!/[\p{L}\p{N}]/u.test(surface)) return `“${shorten(surface)}” has no letter or digit`;
  }
  if (entry.kind === 'name' && entry.name.includes('|')) return `the name “${shorten(entry.name)}” holds a |`;
  return null;
}

/**
 * Whether two entries speak of the same thing (label and name): a newer one replaces the
 * older, so "not a name" after "name" (or the reverse) leaves only the latest word.
 */
export function sameEntry(a, b) {
  return a.label === b.label && a.name === b.name;
}

/**
 * What the core is given for `entries`: `tsv`, one line per enabled name entry, and
 * `notNames`, `[label, surface]` pairs of the enabled "not a name" entries.
 */
export function toCore(entries) {
  const lines = [];
  const notNames = [];
  for (const e of entries) {
    if (!e.enabled || entryProblem(e)) continue;
    if (e.kind === 'not-a-name') {
      notNames.push([e.label, e.name]);
      continue;
    }
    const flag = CASE_RULES.find((c) => c.id === e.caseRule).flag;
    lines.push([e.label, e.name, e.aliases.join('|') || '-', flag].join('\t'));
  }
  return { tsv: lines.length ? `${lines.join('\n')}\n` : '', notNames };
}

function shorten(text) {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
