#!/usr/bin/env bash
# Assembles the npm package from the WASM build and packs it:
#   npm/ (package.json, README, the ES module entry, types, the Web Worker helper)
#   + annotator.js and annotator_bg.wasm, wasm-bindgen's output of a WASM build with the
#     gazetteer's place tier compiled in (the `embedded-places` feature; the page's build in
#     pkg/ leaves it out and fetches it), so that the package needs no second file
#   + data/NOTICE.md (the gazetteer's sources and licences travel with the compiled-in data)
#   → target/npm/package/, then `npm pack` → target/npm/article-annotator-VERSION.tgz
# Prints the tarball's path on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."

export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
out=target/npm
rm -rf "$out"
mkdir -p "$out/package"
# A target directory of its own, so that this build and the page's (other features) do not
# rebuild each other's output in turn.
wasm_dir=${CARGO_TARGET_DIR:-target}/npm-wasm
cargo build --quiet --lib --target wasm32-unknown-unknown --release --target-dir "$wasm_dir" >&2
wasm-bindgen --target web --out-dir "$out/package" --out-name annotator --no-typescript \
  "$wasm_dir/wasm32-unknown-unknown/release/annotator.wasm"
cp npm/package.json npm/README.md npm/index.js npm/index.d.ts npm/worker.js npm/worker.d.ts \
  npm/worker-entry.js data/NOTICE.md LICENSE "$out/package/"
tarball=$(cd "$out" && npm pack ./package --silent)
printf '==> %s: %s KB\n' "$out/$tarball" "$(( $(stat -c %s "$out/$tarball") / 1024 ))" >&2
echo "$out/$tarball"
