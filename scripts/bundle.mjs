// Bundles the page for the browser with esbuild: www/page.js and every module it imports into
// one module, pkg/page.js, and www/page.css with its @imports into one sheet, pkg/page.css, each
// minified with a source map beside it (FILE.map, fetched only by a browser's developer tools)
// and a brotli copy (FILE.br). index.html loads these two files; the sources stay plain ES
// modules and style sheets, which the browser tests also import one by one.
//
// Why: loaded as sources, the page's forty modules arrived level by level of imports, and the
// worker could start only once boot.js's own imports had come; a cold load on localhost spent
// about 300 ms there. (The annotation worker is not bundled: it is one script plus the WASM
// glue, loaded while the page's bundle runs, and bundling it measured no faster.)
//
//   node scripts/bundle.mjs           once (scripts/build.sh runs it; the browser tests do when www/
//                                     changed since)
//   node scripts/bundle.mjs --watch   again on every change of www/ (scripts/serve.sh)

import * as esbuild from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBrotli } from './brotli.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['pkg/page.js', 'pkg/page.css'].map((f) => path.join(ROOT, f));

function options({ watching }) {
  return {
    absWorkingDir: ROOT,
    entryPoints: [{ in: 'www/page.js', out: 'page' }, { in: 'www/page.css', out: 'page' }],
    outdir: 'pkg',
    bundle: true,
    format: 'esm',
    minify: true,
    sourcemap: 'linked',
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [{
      // The .br copies are what the dev server sends, so they are rewritten on every build, in
      // watch mode too; a build with errors writes nothing and says why.
      name: 'brotli',
      setup(build) {
        build.onEnd((result) => {
          if (result.errors.length) return;
          writeBrotli(OUTPUTS);
          if (watching) console.log(`bundle: ${new Date().toLocaleTimeString()} pkg/page.js and pkg/page.css rebuilt`);
        });
      },
    }],
  };
}

/** Builds pkg/page.js and pkg/page.css (and their maps and .br copies) once; throws on errors. */
export async function bundlePage() {
  await esbuild.build(options({ watching: false }));
}

/**
 * Builds them if a file under www/ is newer than the bundle (or it is missing), so that test
 * files started side by side do not rewrite a bundle another one is loading.
 */
export async function bundlePageIfStale() {
  const built = statSync(OUTPUTS[0], { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const sources = readdirSync(path.join(ROOT, 'www'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => statSync(path.join(e.parentPath ?? e.path, e.name)).mtimeMs);
  if (sources.some((t) => t > built)) await bundlePage();
}

/** Rebuilds them on every change under www/ until the process ends. */
export async function watchPage() {
  const context = await esbuild.context(options({ watching: true }));
  await context.watch();
  console.log('bundle: watching www/ for changes');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--watch')) await watchPage();
  else await bundlePage().catch(() => { process.exitCode = 1; }); // esbuild has said why
}
