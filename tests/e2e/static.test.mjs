// Checks of the page's source that need no browser: no markup-string APIs, no inline script or
// style, the CSP in place, and every asset path relative (so the page works from any sub-path).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './harness.mjs';

const WWW = path.join(ROOT, 'www');

async function files(dir, ext) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && ext.some((e) => entry.name.endsWith(e))) {
      out.push(path.join(entry.parentPath ?? entry.path, entry.name));
    }
  }
  return out.sort();
}

test('no script in www/ builds markup from strings', async () => {
  const banned = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?|createContextualFragment|srcdoc)\b|\beval\s*\(|new Function\s*\(/;
  const scripts = await files(WWW, ['.js', '.mjs', '.html']);
  assert.ok(scripts.length >= 8, `found ${scripts.length} files`);
  for (const file of scripts) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      assert.doesNotMatch(line, banned, `${path.relative(ROOT, file)}:${i + 1}`);
    });
  }
});

test('index.html has the strict CSP and no inline script, style or handlers', async () => {
  const html = await readFile(path.join(WWW, 'index.html'), 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.equal(
    csp,
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types annotator-scripts",
  );
  assert.doesNotMatch(html, /<style\b/i);
  assert.doesNotMatch(html, /\sstyle=/i);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/gi)) {
    assert.match(attrs, /\bsrc="/, 'every script is a file');
  }
});

test('index.html loads the page as one bundled script and one sheet, and asks for the WASM core at once', async () => {
  const html = await readFile(path.join(WWW, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1].trim());
  assert.deepEqual(scripts, ['type="module" src="../pkg/page.js"']);
  const links = [...html.matchAll(/<link rel="(stylesheet|preload|modulepreload)"([^>]*)>/g)].map((m) => `${m[1]}${m[2]}`);
  assert.deepEqual(links, [
    'preload href="../pkg/annotator_bg.wasm" as="fetch" type="application/wasm" crossorigin',
    'stylesheet href="../pkg/page.css" id="app-styles"',
  ]);
});

test('the bundle\'s entries name every script and sheet the page runs, the worker\'s starter first', async () => {
  const entry = await readFile(path.join(WWW, 'page.js'), 'utf8');
  const imported = [...entry.matchAll(/^import '\.\/([^']+)';$/gm)].map((m) => m[1]);
  assert.deepEqual(imported, ['boot.js', 'app.js', 'offline.js']);
  const sheet = await readFile(path.join(WWW, 'page.css'), 'utf8');
  const sheets = [...sheet.matchAll(/^@import "\.\/([^"]+)";$/gm)].map((m) => m[1]);
  assert.equal(sheets[0], 'app.css', 'the base sheet first');
  const all = (await files(WWW, ['.css'])).map((f) => path.relative(WWW, f).split(path.sep).join('/'));
  assert.deepEqual([...sheets].sort(), all.filter((f) => f !== 'page.css').sort(), 'every sheet, once');
});

test('every asset path in www/ is relative', async () => {
  for (const file of await files(WWW, ['.html', '.js', '.css'])) {
    const text = await readFile(file, 'utf8');
    const where = path.relative(ROOT, file);
    for (const [, url] of text.matchAll(/(?:src|href)="([^"]*)"/g)) {
      assert.doesNotMatch(url, /^(\/|[a-z]+:)/i, `${where}: ${url}`);
    }
    for (const [, url] of text.matchAll(/(?:import\s[^'"]*|import\(|new URL\()\s*['"]([^'"]+)['"]/g)) {
      assert.match(url, /^\.\.?\//, `${where}: ${url}`);
    }
    assert.doesNotMatch(text, /url\(\s*['"]?(\/|https?:)/, `${where}: absolute url() in CSS`);
  }
});

test('the label table matches the core\'s labels, in the core\'s order', async () => {
  const { LABELS } = await import('../../www/labels.js');
  const rust = await readFile(path.join(ROOT, 'src/label.rs'), 'utf8');
  const all = rust.match(/pub const ALL: \[Label; \d+\] = \[([^\]]+)\]/)[1];
  const variants = [...all.matchAll(/Label::(\w+)/g)].map((m) => m[1]);
  const names = variants.map((v) => rust.match(new RegExp(`Label::${v} => "([A-Z]+)"`))[1]);
  assert.deepEqual(LABELS.map((l) => l.id), names);
  const colours = LABELS.map((l) => l.bg);
  assert.equal(new Set(colours).size, colours.length, 'distinct colours');
});

test('label colours are readable: dark text on highlights, white text on tags', async () => {
  const { LABELS } = await import('../../www/labels.js');
  const lum = (hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a, b) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  for (const l of LABELS) {
    assert.ok(contrast('#1b2130', l.bg) >= 7, `${l.id} text on ${l.bg}`);
    assert.ok(contrast('#ffffff', l.accent) >= 4.5, `${l.id} tag on ${l.accent}`);
  }
});
