// A tiny static file server for the page: serves the repository root read-only on loopback, so
// the page is at /www/ and imports ../pkg/annotator.js exactly as it would on any static host.
//
// Used by scripts/serve.sh (`npm start`) and in-process by the browser tests. No dependencies:
// a development server does not need a framework, and the MIME types that matter for this page
// (`.wasm` as application/wasm for streaming compilation, `.js` as text/javascript for module
// scripts and module workers) are set explicitly rather than left to a platform table.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.md': 'text/plain; charset=utf-8', // shown, not downloaded (data/NOTICE.md)
  '.ts': 'text/plain; charset=utf-8',
};

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Creates (does not start) a server for the files under `root`. */
export function createStaticServer({ root = REPO_ROOT, quiet = true } = {}) {
  const base = path.resolve(root);
  return createServer(async (req, res) => {
    const done = (status, headers = {}, body = '') => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
      if (!quiet) console.log(`${status} ${req.method} ${req.url}`);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return done(405, { Allow: 'GET, HEAD' }, 'method not allowed\n');
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(`http://localhost${req.url}`).pathname);
    } catch {
      return done(400, {}, 'bad request\n');
    }
    if (pathname === '/') return done(302, { Location: 'www/' }, 'see www/\n');
    // Resolve inside the root only: "..", encoded or not, never escapes it.
    const file = path.resolve(base, '.' + path.posix.normalize(pathname));
    if (file !== base && !file.startsWith(base + path.sep)) return done(403, {}, 'forbidden\n');
    if (pathname.split('/').some((part) => part.startsWith('.') && part.length > 0)) {
      return done(404, {}, 'not found\n'); // no dotfiles (.git, .ci, ...)
    }
    let target = file;
    try {
      let info = await stat(target);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          return done(301, { Location: `${path.posix.basename(pathname)}/` }, 'moved\n');
        }
        target = path.join(target, 'index.html');
        info = await stat(target);
      }
      const type = MIME_TYPES[path.extname(target).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': info.size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (!quiet) console.log(`200 ${req.method} ${req.url}`);
      if (req.method === 'HEAD') return res.end();
      createReadStream(target).pipe(res);
    } catch {
      done(404, {}, 'not found\n');
    }
  });
}

/** Starts a server on `host:port` (port 0 picks a free one); resolves to `{ server, url }`. */
export function startStaticServer({ root, host = '127.0.0.1', port = 0, quiet = true } = {}) {
  const server = createStaticServer({ root, quiet });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({ server, url: `http://${host}:${actual}/` });
    });
  });
}

// `node scripts/static-server.mjs [--port N] [--host H]`
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
  };
  const host = arg('host', process.env.HOST || '127.0.0.1');
  const port = Number(arg('port', process.env.PORT || 8080));
  startStaticServer({ host, port, quiet: !process.env.VERBOSE })
    .then(({ url }) => {
      console.log(`Serving ${REPO_ROOT} on ${url}`);
      console.log(`Open ${url}www/  (Ctrl-C to stop)`);
    })
    .catch((err) => {
      console.error(`Could not listen on ${host}:${port}: ${err.message}`);
      process.exit(1);
    });
}
