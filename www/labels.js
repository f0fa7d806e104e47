// The one table of labels: their order, names and colours. The legend, the entity groups, the
// mark classes and the colour rules are all generated from it, so adding or recolouring a label
// is a change here only.
//
// `id` is the core's label (src/label.rs, `Label::as_str`), in the core's priority order.
// `bg` is the highlight behind the text (dark text on it stays above 10:1 contrast); `accent` is
// the underline and tag colour (white tag text on it stays above 4.5:1).
// `named` mirrors `Label::is_named`: spans of these labels name entities in the side panel.

export const LABELS = [
  { id: 'PLACE', name: 'Place', plural: 'Places', tag: 'PLACE', named: true, bg: '#ffe0b8', accent: '#a34d00', description: 'Countries, cities, regions, landmarks' },
  { id: 'NATIONALITY', name: 'Nationality', plural: 'Nationalities', tag: 'NAT', named: true, bg: '#ffd6d1', accent: '#b42318', description: 'Demonyms and adjectives of nationality' },
  { id: 'ORG', name: 'Organisation', plural: 'Organisations', tag: 'ORG', named: true, bg: '#d5e5ff', accent: '#1d4fa8', description: 'Governments, companies, armed groups, agencies, media' },
  { id: 'PERSON', name: 'Person', plural: 'People', tag: 'PERSON', named: true, bg: '#e6dcff', accent: '#5b34b0', description: 'Named people' },
  { id: 'TITLE', name: 'Title', plural: 'Titles', tag: 'TITLE', named: true, bg: '#cdeee7', accent: '#0b6b62', description: 'Titles and roles' },
  { id: 'DATE', name: 'Date', plural: 'Dates', tag: 'DATE', named: false, bg: '#dcf1cc', accent: '#3b7211', description: 'Calendar and relative dates' },
  { id: 'MONEY', name: 'Money', plural: 'Money', tag: 'MONEY', named: false, bg: '#fff0a3', accent: '#7a5c00', description: 'Sums of money' },
  { id: 'NUMBER', name: 'Number', plural: 'Numbers', tag: 'NUM', named: false, bg: '#e2e7ee', accent: '#44546a', description: 'Counts and quantities' },
  { id: 'KEYWORD', name: 'Keyword', plural: 'Keywords', tag: 'KEY', named: true, bg: '#f8d7f2', accent: '#8e2488', description: 'Event and topic keywords' },
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
