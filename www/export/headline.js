// The article's headline, for the exports' titles and file names: the first line that is not
// metadata. Pasted articles often begin with what the site or the feed put above the story —
// "date 2020-01-01", "Published: 3 March 2021 10:42", "Source: https://…" — sometimes on a line
// of its own, sometimes run into the first sentence; neither names the story.

// A metadata field: a key a feed or a CMS writes, its separator, and a value of the kind the key
// takes. Only these shapes are dropped: a line that merely starts with "Date" or "Updated" as a
// word of the story ("Updated rules take effect…") keeps it, because no date or link follows.
const DATE_VALUE = String.raw`(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?` +
  String.raw`|\d{1,2}[./]\d{1,2}[./]\d{2,4}` +
  String.raw`|(?:\w+,? )?\d{1,2} \p{L}+\.? \d{4}|(?:\w+,? )?\p{L}+\.? \d{1,2},? \d{4})` +
  String.raw`(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?`;
const URL_VALUE = String.raw`(?:https?://|www\.)\S+`;
const FIELD = new RegExp(
  String.raw`^\s*(?:(?:date|dated|published|posted|updated|modified|last updated|time|timestamp)\s*[:=\-]?\s*${DATE_VALUE}` +
    String.raw`|(?:source|url|link|permalink)\s*[:=]?\s*${URL_VALUE}` +
    String.raw`|${DATE_VALUE}(?=\s*$)|${URL_VALUE}(?=\s*$))\s*[|·•,;:–—-]?`,
  'iu',
);
// "Title: …" or "Headline: …" names the headline outright.
const TITLE_KEY = /^\s*(?:title|headline)\s*:\s*/i;

const MAX_CHARS = 80;

/**
 * The headline of `text`: its first line that is not only metadata, with any metadata fields
 * run into its start removed, clipped to 80 characters at a word where it can be. Empty when
 * the text has no such line.
 */
export function headline(text) {
  for (const raw of String(text).split(/\r\n|[\n\r\u2028\u2029]/)) {
    let line = raw;
    for (let m = FIELD.exec(line); m && m[0].length > 0; m = FIELD.exec(line)) line = line.slice(m[0].length);
    line = line.replace(TITLE_KEY, '').replace(/\s+/g, ' ').trim();
    if (line) return clip(line);
  }
  return '';
}

function clip(line) {
  const chars = Array.from(line);
  if (chars.length <= MAX_CHARS) return line;
  const cut = chars.slice(0, MAX_CHARS - 1).join('');
  const space = cut.lastIndexOf(' ');
  // At a word when that keeps most of the line; a single long word is cut where it must be.
  return `${(space >= MAX_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, '')}…`;
}
