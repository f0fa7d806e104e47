// The development server: the MIME types module workers and streaming WASM compilation need,
// and no file outside the repository or among its dotfiles.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
