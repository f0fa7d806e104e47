// The development server: the MIME types module workers and streaming WASM compilation need,
// compression and validators (so a reload costs 304s), and no file outside the repository or
// among its dotfiles.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startStaticServer } from '../../scripts/static-server.mjs';

let server;
let base;
before(async () => {
  ({ server, url: base } = await startStaticServer());
});
after(() => new Promise((resolve) => server.close(resolve)));

const get = (p, init) => fetch(new URL(p, base), { redirect: 'manual', ...init });

test('serves the page, scripts as text/javascript and WASM as application/wasm', async () => {
  const page = await get('www/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /^text\/html/);
  assert.match((await get('www/app.js')).headers.get('content-type'), /^text\/javascript/);
  assert.match((await get('www/annotator/worker.js')).headers.get('content-type'), /^text\/javascript/);
  assert.match((await get('www/app.css')).headers.get('content-type'), /^text\/css/);
  assert.equal((await get('www/favicon.svg')).headers.get('content-type'), 'image/svg+xml');
});

test('redirects the root and bare directories to their slash form', async () => {
  const root = await get('');
  assert.equal(root.status, 302);
  assert.equal(new URL(root.headers.get('location'), base).pathname, '/www/');
  const www = await get('www');
  assert.equal(www.status, 301);
  assert.equal(new URL(www.headers.get('location'), new URL('www', base)).pathname, '/www/');
});

test('never serves outside the root, dotfiles, or anything but GET and HEAD', async () => {
  for (const escape of ['www/%2e%2e/%2e%2e/%2e%2e/etc/passwd', 'www/..%2f..%2f..%2fetc%2fpasswd', '%2fetc%2fpasswd']) {
    const res = await get(escape);
    assert.ok([403, 404].includes(res.status), `${escape}: ${res.status}`);
    assert.doesNotMatch(await res.text(), /root:/);
  }
  assert.equal((await get('.git/config')).status, 404);
  assert.equal((await get('www/missing.js')).status, 404);
  assert.equal((await get('www/', { method: 'POST', body: 'x' })).status, 405);
  assert.equal((await get('www/', { method: 'HEAD' })).status, 200);
});

/** The raw response of a GET (no decompression): `{ status, headers, bytes }`. */
function raw(p, headers = {}) {
  return new Promise((resolve, reject) => {
    http.get(new URL(p, base), { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, bytes: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('compresses text and WASM with brotli or gzip, as the browser asks', async () => {
  const plain = await readFile(new URL('../../www/app.js', import.meta.url));
  const br = await raw('www/app.js', { 'Accept-Encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(br.headers.vary, /accept-encoding/i);
  assert.deepEqual(brotliDecompressSync(br.bytes), plain);
  assert.ok(br.bytes.length < plain.length / 2, `${br.bytes.length} of ${plain.length} bytes`);
  const gz = await raw('www/app.js', { 'Accept-Encoding': 'gzip' });
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(gz.bytes), plain);
  const identity = await raw('www/app.js');
  assert.equal(identity.headers['content-encoding'], undefined);
  assert.deepEqual(identity.bytes, plain);

  const wasm = await raw('pkg/annotator_bg.wasm', { 'Accept-Encoding': 'gzip, br' });
  assert.equal(wasm.status, 200, 'pkg/ is built (scripts/build.sh)');
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.equal(wasm.headers['content-encoding'], 'br');
});

test('sends the built brotli copy of the place tier and the WASM, or compresses as asked', async () => {
  const plain = await readFile(new URL('../../pkg/places.tsv', import.meta.url));
  const prebuilt = await readFile(new URL('../../pkg/places.tsv.br', import.meta.url));
  const br = await raw('pkg/places.tsv', { 'Accept-Encoding': 'gzip, br' });
  assert.equal(br.status, 200, 'pkg/ is built (scripts/build.sh)');
  assert.equal(br.headers['content-type'], 'text/tab-separated-values; charset=utf-8');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.match(br.headers.vary, /accept-encoding/i);
  assert.ok(br.headers.etag, 'ETag');
  assert.deepEqual(br.bytes, prebuilt, 'the copy made at build time, not one made now');
  assert.deepEqual(brotliDecompressSync(br.bytes), plain);
  const again = await raw('pkg/places.tsv', { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag });
  assert.equal(again.status, 304);

  const refused = await raw('pkg/places.tsv', { 'Accept-Encoding': 'br;q=0, gzip' });
  assert.equal(refused.headers['content-encoding'], 'gzip');
  assert.deepEqual(gunzipSync(refused.bytes), plain);
  const wasm = await raw('pkg/annotator_bg.wasm', { 'Accept-Encoding': 'br' });
  assert.equal(wasm.headers['content-type'], 'application/wasm');
  assert.deepEqual(wasm.bytes, await readFile(new URL('../../pkg/annotator_bg.wasm.br', import.meta.url)));
});

test('sends validators, so an unchanged file is answered 304 with no body', async () => {
  const first = await raw('www/app.js', { 'Accept-Encoding': 'br' });
  assert.equal(first.headers['cache-control'], 'no-cache');
  assert.ok(first.headers.etag, 'ETag');
  assert.ok(first.headers['last-modified'], 'Last-Modified');
  const byTag = await raw('www/app.js', { 'Accept-Encoding': 'br', 'If-None-Match': first.headers.etag });
  assert.equal(byTag.status, 304);
  assert.equal(byTag.bytes.length, 0);
  const byDate = await raw('www/app.js', { 'If-Modified-Since': first.headers['last-modified'] });
  assert.equal(byDate.status, 304);
  const changed = await raw('www/app.js', { 'If-None-Match': 'W/"something-else"' });
  assert.equal(changed.status, 200);
});
