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

/** The table row of a label id; an unknown label (a newer core) gets a neutral row. */
export function labelInfo(id) {
  return (
    LABELS.find((l) => l.id === id) ?? {
      id, name: id, plural: id, tag: id, named: true, bg: '#eeeeee', accent: '#555555', description: '',
    }
  );
}

/** The CSS class of a label's marks and chips; the label id is sanitised to a class-safe name. */
export function labelClass(id) {
  return `label-${String(id).replace(/[^A-Za-z0-9_-]/g, '_')}`;
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
