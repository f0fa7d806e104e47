#!/usr/bin/env bash
# Assembles the npm package from the WASM build and packs it:
#   npm/ (package.json, README, the ES module entry, types, the Web Worker helper)
#   + pkg/annotator.js and pkg/annotator_bg.wasm (wasm-bindgen's output, scripts/build.sh)
#   + data/NOTICE.md (the gazetteer's sources and licences travel with the compiled-in data)
#   → target/npm/package/, then `npm pack` → target/npm/article-annotator-VERSION.tgz
# Prints the tarball's path on standard output. Run scripts/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ ! -f pkg/annotator.js || ! -f pkg/annotator_bg.wasm ]]; then
  echo "npm-package: pkg/ is missing; run scripts/build.sh first" >&2
  exit 1
fi
out=target/npm
rm -rf "$out"
mkdir -p "$out/package"
cp npm/package.json npm/README.md npm/index.js npm/index.d.ts npm/worker.js npm/worker.d.ts \
  npm/worker-entry.js pkg/annotator.js pkg/annotator_bg.wasm data/NOTICE.md LICENSE "$out/package/"
tarball=$(cd "$out" && npm pack ./package --silent)
printf '==> %s: %s KB\n' "$out/$tarball" "$(( $(stat -c %s "$out/$tarball") / 1024 ))" >&2
echo "$out/$tarball"
