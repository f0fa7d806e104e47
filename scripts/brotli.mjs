// Writes a brotli copy FILE.br beside each FILE, at the highest quality: the dev server sends it
// instead of compressing on the fly (scripts/static-server.mjs), as a host with precompressed
// files would.   node scripts/brotli.mjs FILE...

import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants as c } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Writes `${file}.br` for each of `files`. */
export function writeBrotli(files) {
  for (const file of files) {
    const bytes = readFileSync(file);
    const params = {
      [c.BROTLI_PARAM_QUALITY]: 11,
      [c.BROTLI_PARAM_LGWIN]: 24,
      [c.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    };
    writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params }));
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeBrotli(process.argv.slice(2));
}
