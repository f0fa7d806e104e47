// Opening files (www/files/text.js): which files are accepted and HTML read as text. Pure
// functions, tested in Node.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyFile, fileText, htmlToText, MAX_FILE_BYTES } from '../../www/files/text.js';

test('text, Markdown and HTML files are accepted by extension or type', () => {
  assert.deepEqual(classifyFile({ name: 'story.txt', type: '', size: 10 }), { kind: 'text' });
  assert.deepEqual(classifyFile({ name: 'story.MD', type: '', size: 10 }), { kind: 'markdown' });
  assert.deepEqual(classifyFile({ name: 'page', type: 'text/html; charset=utf-8', size: 10 }), { kind: 'html' });
});

test('other files and files over the limit get a sentence saying why', () => {
  assert.match(classifyFile({ name: 'scan.pdf', type: 'application/pdf', size: 10 }).problem, /“scan\.pdf” cannot be opened: only plain text/);
  assert.match(classifyFile({ name: 'big.txt', type: 'text/plain', size: MAX_FILE_BYTES + 1 }).problem, /“big\.txt” is too large \(16 MB\): files up to 16 MB/);
});

test('a file with NUL bytes is not text', () => {
  assert.throws(() => fileText('text', 'PK\u0003\u0004\u0000\u0000', 'a.txt'), /“a\.txt” is not a text file/);
});

test('a byte-order mark goes and CRLF becomes LF', () => {
  assert.equal(fileText('text', '\uFEFFOne\r\nTwo\rThree'), 'One\nTwo\nThree');
});

test('HTML: scripts, styles and comments go with their content; blocks end lines; references decode', () => {
  const html = '<html><head><title>T</title><style>p{}</style></head><body><!-- hi --><h1>Talks in Basra</h1>'
    + '<script>alert(1)</script><p>Caf&eacute; &amp; <b>bar</b>&nbsp;&#8220;ok&#x201D; &bogus;</p><img src=x onerror=alert(1)>end</body></html>';
  assert.equal(htmlToText(html), 'Talks in Basra\n\nCafé & bar\u00a0“ok” &bogus;\nend');
});

test('HTML: a tag-like text in an attribute does not end the tag early', () => {
  assert.equal(htmlToText('<a title="a > b">link</a> text'), 'link text');
});

test('HTML: an out-of-range character reference becomes U+FFFD', () => {
  assert.equal(htmlToText('a&#xD800;b&#1114112;c'), 'a\ufffdb\ufffdc');
});
