// The development server: serves the repository root read-only on loopback, so the page is at
// /www/ and imports ../pkg/annotator.js exactly as it would on any static host.
//
// Used by scripts/serve.sh (`npm start`), the browser tests and benches/browser.mjs. The work is
// done by two packages of the Express project rather than our own code: `serve-static` (file
// lookup that never leaves the root, dotfiles hidden, directory redirects, ETag and
// Last-Modified validators with 304 answers, Range) and `compression` (brotli or gzip, as the
// browser asks). What stays here is configuration: which headers this app needs, and why.

import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import serveStatic from 'serve-static';
import compression from 'compression';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Types set explicitly rather than left to the package's table: module scripts and module
// workers need a JavaScript type, streaming WASM compilation needs application/wasm, a style
// sheet sent as its brotli copy (pkg/page.css.br) needs text/css, and the footer's
// data/NOTICE.md should be shown, not downloaded.
const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8', // pkg/places.tsv, the gazetteer's place tier
};

/** Creates (does not start) a server for the files under `root`. */
export function createStaticServer({ root = REPO_ROOT, quiet = true } = {}) {
  const top = path.resolve(root);
  const compress = compression();
  const files = serveStatic(path.resolve(root), {
    dotfiles: 'ignore', // .git, .ci, ...: 404, as if absent
    fallthrough: false, // a missing file is a 404 here, a method other than GET/HEAD a 405
    index: ['index.html'],
    redirect: true, // www → www/ (301), so the page's relative paths resolve
    // no-cache: the browser keeps every file but asks each time whether it changed (ETag,
    // Last-Modified), so an edit shows on reload and an unchanged reload costs 304s only. A
    // long max-age would need content-hashed names, which a bundler-free page does not have.
    cacheControl: false,
    setHeaders(res, file) {
      res.setHeader('Cache-Control', 'no-cache');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const brotli = file.endsWith('.br') && res.req.precompressed;
      const type = TYPES[path.extname(brotli ? file.slice(0, -3) : file).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
      if (brotli) {
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Vary', 'Accept-Encoding');
      }
    },
  });
  return createServer((req, res) => {
    if (!quiet) res.on('finish', () => console.log(`${res.statusCode} ${req.method} ${req.url}`));
    if (req.url === '/' || req.url.startsWith('/?')) {
      res.writeHead(302, { Location: 'www/', 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('see www/\n');
    }
    // A file with a brotli copy beside it (FILE.br, made at build time at the highest quality,
    // as scripts/build.sh does for the WASM module and the place tier) is sent as that copy to
    // a browser that takes brotli: a fifth smaller than compressing it on the fly, and no CPU
    // spent per request. (The compression package sees the Content-Encoding and leaves it.)
    const wanted = new URL(req.url, 'http://x').pathname;
    const file = path.join(top, safeDecode(wanted));
    if (acceptsBrotli(req) && file.startsWith(top + path.sep) && existsSync(`${file}.br`)) {
      req.precompressed = true;
      req.url = `${wanted}.br`;
    }
    compress(req, res, () => {
      files(req, res, (err) => {
        const status = err?.status ?? err?.statusCode ?? 500;
        const headers = { 'Content-Type': 'text/plain; charset=utf-8', ...(err?.headers ?? {}) };
        res.writeHead(status, headers);
        res.end(req.method === 'HEAD' ? undefined : `${status === 404 ? 'not found' : err?.message ?? 'error'}\n`);
      });
    });
  });
}

/** The decoded path, or '' for a malformed one (serve-static then answers it). */
function safeDecode(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return '';
  }
}

/** Whether the request's Accept-Encoding takes brotli (and not with q=0). */
function acceptsBrotli(req) {
  return String(req.headers['accept-encoding'] ?? '').split(',').some((coding) => {
    const [name, ...params] = coding.trim().split(';');
    return name.trim() === 'br' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
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
