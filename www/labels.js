// The one table of labels: their order, names and colours. The legend, the entity groups, the
// mark classes and the colour rules are all generated from it, so adding or recolouring a label
// is a change here only.
//
// `id` is the core's label (src/label.rs, `Label::as_str`), in the core's priority order.
// `bg` is the highlight behind the text (dark text on it stays above 7:1 contrast); `accent` is
// the underline and tag colour (white tag text on it stays above 4.5:1). The colours were searched
// (each label near its old hue) so that every two labels stay apart with protanopia and
// deuteranopia as well as with normal vision: tests/e2e/palette.test.mjs simulates both and
// measures each pair in CIEDE2000. Pastels all alike would merge for those readers.
// `named` mirrors `Label::is_named`: spans of these labels name entities in the side panel.

export const LABELS = [
  { id: 'PLACE', name: 'Place', plural: 'Places', tag: 'PLACE', named: true, bg: '#fceaa2', accent: '#723c12', description: 'Countries, cities, regions, landmarks' },
  { id: 'NATIONALITY', name: 'Nationality', plural: 'Nationalities', tag: 'NAT', named: true, bg: '#eab4b4', accent: '#5a2424', description: 'Demonyms and adjectives of nationality' },
  { id: 'ORG', name: 'Organisation', plural: 'Organisations', tag: 'ORG', named: true, bg: '#a2aef0', accent: '#240cc6', description: 'Governments, companies, armed groups, agencies, media' },
  { id: 'PERSON', name: 'Person', plural: 'People', tag: 'PERSON', named: true, bg: '#d2ccf6', accent: '#2a66f6', description: 'Named people' },
  { id: 'TITLE', name: 'Title', plural: 'Titles', tag: 'TITLE', named: true, bg: '#8ed8d4', accent: '#1e7e7e', description: 'Titles and roles' },
  { id: 'DATE', name: 'Date', plural: 'Dates', tag: 'DATE', named: false, bg: '#bfd99a', accent: '#48724e', description: 'Calendar and relative dates' },
  { id: 'MONEY', name: 'Money', plural: 'Money', tag: 'MONEY', named: false, bg: '#e4f0c6', accent: '#8a6618', description: 'Sums of money' },
  { id: 'NUMBER', name: 'Number', plural: 'Numbers', tag: 'NUM', named: false, bg: '#eaded8', accent: '#484854', description: 'Counts and quantities' },
  { id: 'KEYWORD', name: 'Keyword', plural: 'Keywords', tag: 'KEY', named: true, bg: '#fcd8f0', accent: '#6c0672', description: 'Event and topic keywords' },
];

// ---- custom labels ------------------------------------------------------------------------
//
// A user's own labels (WEAPON, AID_GROUP) come from their dictionary: the core reads the name
// from a dictionary line (src/label.rs, `CustomLabel`) and the page keeps a colour for each
// with the dictionary. They join the table here, after the built-in rows, so every view that
// asks `labelInfo` or `allLabels` shows them the same way.

/** The text on a highlight: the same ink as on the built-in colours. */
export const ON_LABEL = '#1b2130';
/** The least contrast of that ink on a highlight colour (WCAG AA for body text). */
export const MIN_CONTRAST = 4.5;
/** A custom label's name as the core accepts it (src/label.rs, `CustomLabel::new`). */
const CUSTOM_NAME = /^[A-Z][A-Z0-9_]{0,23}$/;

const custom = new Map(); // id → row

/** Why `id` cannot be a new custom label (a sentence), or null if it can. */
export function customLabelProblem(id) {
  if (LABELS.some((l) => l.id === id)) return `${id} is a built-in label`;
  if (!CUSTOM_NAME.test(id)) {
    return `“${id}” cannot be a label name: use capitals, digits and _, starting with a letter, at most 24 characters (such as WEAPON)`;
  }
  return null;
}

/** A label name as typed ("aid group") in the form the core reads ("AID_GROUP"). */
export function normaliseLabelName(typed) {
  return String(typed ?? '').trim().toUpperCase().replace(/[\s-]+/g, '_');
}

/**
 * The colours of a custom label picked as `hex`: `bg` the highlight, lightened towards white
 * until the page's ink on it has MIN_CONTRAST (a dark pick would make the text unreadable),
 * `accent` the underline and tag, darkened until white tag text on it has MIN_CONTRAST.
 * `adjusted` says whether `bg` differs from the pick.
 */
export function readableColours(hex) {
  const pick = /^#[0-9a-f]{6}$/i.test(hex) ? hex.toLowerCase() : '#eeeeee';
  let bg = pick;
  for (let t = 0.05; contrast(ON_LABEL, bg) < MIN_CONTRAST && t <= 1; t += 0.05) bg = mix(pick, '#ffffff', t);
  let accent = pick;
  for (let t = 0.05; contrast('#ffffff', accent) < MIN_CONTRAST && t <= 1; t += 0.05) accent = mix(pick, '#000000', t);
  return { bg, accent, adjusted: bg !== pick };
}

/** The contrast ratio of two `#rrggbb` colours (WCAG 2). */
export function contrast(a, b) {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function mix(a, b, t) {
  const channel = (hex, i) => parseInt(hex.slice(i, i + 2), 16);
  return `#${[1, 3, 5].map((i) => Math.round(channel(a, i) * (1 - t) + channel(b, i) * t).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour a custom label gets until the user picks one: from its name, so it is stable. */
export function defaultColour(id) {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 360;
  // A light pastel of the name's hue (HSL 70% saturation, 82% lightness).
  const f = (n) => {
    const k = (n + h / 30) % 12;
    const v = 0.82 - 0.7 * Math.min(0.82, 1 - 0.82) * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/** The table row of a custom label coloured `hex` (adjusted to stay readable). */
function customRow(id, hex) {
  const { bg, accent } = readableColours(hex);
  const words = id.toLowerCase().replace(/_/g, ' ');
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  return { id, name, plural: name, tag: id, named: true, bg, accent, description: 'Your own label', custom: true };
}

/**
 * Makes `colours` (`{ id: '#rrggbb' }`, the kept custom labels) the table's custom rows, and
 * their colour rules the custom rules of `sheet` (replacing the previous ones).
 */
export function setCustomLabels(colours, sheet = null) {
  custom.clear();
  for (const [id, hex] of Object.entries(colours ?? {})) {
    if (!customLabelProblem(id)) custom.set(id, customRow(id, hex));
  }
  if (!sheet) return;
  for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
    if (sheet.cssRules[i].selectorText?.startsWith('.label-custom-')) sheet.deleteRule(i);
  }
  for (const l of custom.values()) {
    sheet.insertRule(`.${labelClass(l.id)} { --label-bg: ${l.bg}; --label-accent: ${l.accent}; }`, sheet.cssRules.length);
  }
}

/** The built-in labels, then the custom ones. */
export function allLabels() {
  return [...LABELS, ...custom.values()];
}

/** The table row of a label id; an unknown label (one the user has not coloured) gets a neutral row. */
export function labelInfo(id) {
  return (
    LABELS.find((l) => l.id === id) ?? custom.get(id) ?? {
      id, name: id, plural: id, tag: id, named: true, bg: '#eeeeee', accent: '#555555', description: '',
    }
  );
}

/**
 * The CSS class of a label's marks and chips; the label id is sanitised to a class-safe name.
 * Custom labels get their own prefix, so that no custom name can take a built-in's class and
 * their rules can be found and replaced.
 */
export function labelClass(id) {
  const safe = String(id).replace(/[^A-Za-z0-9_-]/g, '_');
  return LABELS.some((l) => l.id === id) ? `label-${safe}` : `label-custom-${safe}`;
}

/**
 * Adds one rule per label to `sheet` (a same-origin stylesheet the page links), setting the
 * custom properties the generic mark and chip styles read. CSSOM rules are not inline styles,
 * so this works under the page's strict `style-src 'self'`.
 */
export function installLabelColours(sheet) {
  for (const l of LABELS) {
    sheet.insertRule(
      `.${labelClass(l.id)} { --label-bg: ${l.bg}; --label-accent: ${l.accent}; }`,
      sheet.cssRules.length,
    );
  }
}
