// Turning an opened file into article text, as pure functions: which files are accepted, and
// HTML read as text. HTML is never parsed by the browser here (no DOMParser, no template): a
// page's markup must not become DOM, and under Trusted Types those sinks are closed anyway.

/** The largest file accepted: the annotator takes 16 MiB of UTF-8 at most. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

const KINDS = [
  { kind: 'text', ext: ['txt', 'text'], types: ['text/plain'] },
  { kind: 'markdown', ext: ['md', 'markdown'], types: ['text/markdown', 'text/x-markdown'] },
  { kind: 'html', ext: ['html', 'htm', 'xhtml'], types: ['text/html', 'application/xhtml+xml'] },
];

/** The `accept` attribute of the file picker. */
export const ACCEPT = KINDS.flatMap((k) => [...k.ext.map((e) => `.${e}`), ...k.types]).join(',');

/**
 * What kind of file `{name, type, size}` is: `{ kind }` ('text', 'markdown', 'html') or
 * `{ problem }`, a sentence saying why it cannot be opened.
 */
export function classifyFile({ name, type, size }) {
  const ext = /\.([^./]+)$/.exec(name ?? '')?.[1]?.toLowerCase() ?? '';
  const mime = (type ?? '').split(';')[0].trim().toLowerCase();
  const found = KINDS.find((k) => k.ext.includes(ext)) ?? KINDS.find((k) => k.types.includes(mime));
  if (!found) {
    return { problem: `“${name}” cannot be opened: only plain text (.txt), Markdown (.md) and HTML (.html) files can.` };
  }
  if (size > MAX_FILE_BYTES) {
    return { problem: `“${name}” is too large (${mb(size)}): files up to ${mb(MAX_FILE_BYTES)} can be opened.` };
  }
  return { kind: found.kind };
}

/**
 * The text of a decoded file of `kind`. Text and Markdown are taken as they are (Markdown's
 * marks are few and readable); HTML gives its readable text. Throws an Error for a file that
 * is not text (NUL bytes: a binary file with a text name).
 */
export function fileText(kind, content, name = 'the file') {
  if (content.includes('\u0000')) throw new Error(`“${name}” is not a text file (it holds binary data).`);
  const text = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return kind === 'html' ? htmlToText(text) : text;
}

const DROPPED = /<(script|style|template|noscript|head|svg|math|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;
const BLOCK = /^(p|div|br|h[1-6]|li|tr|blockquote|article|section|header|footer|pre|ul|ol|table|figure|figcaption|hr|title|dd|dt)$/i;

/**
 * The readable text of an HTML document: elements that hold no prose (script, style, head…)
 * are dropped with their content, comments too; block elements end a line; every other tag is
 * removed; character references are decoded; runs of blank lines collapse to one.
 */
export function htmlToText(html) {
  const withoutCode = html.replace(/<!--[\s\S]*?(-->|$)/g, '').replace(DROPPED, ' ');
  const text = withoutCode.replace(/<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>|<!?[^>]*>/g, (tag, name) =>
    (name && BLOCK.test(name) ? '\n' : ''));
  return decodeEntities(text)
    .replace(/[ \t\u00a0]*\n[ \t\u00a0]*/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', eacute: 'é', egrave: 'è',
  aacute: 'á', oacute: 'ó', uacute: 'ú', iacute: 'í', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü',
  ouml: 'ö', auml: 'ä', szlig: 'ß', euro: '€', pound: '£', copy: '©', reg: '®', deg: '°',
  middot: '·', bull: '•', laquo: '«', raquo: '»', shy: '\u00ad', thinsp: '\u2009', zwj: '\u200d',
};

function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
