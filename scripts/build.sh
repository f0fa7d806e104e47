#!/usr/bin/env bash
# Builds the WASM core and its JavaScript glue into pkg/, where the page imports it from, and
# puts the gazetteer's place tier beside it:
#   cargo build --lib --target wasm32-unknown-unknown --release --no-default-features
#   wasm-bindgen --target web --out-dir pkg --out-name annotator --remove-name-section .../annotator.wasm
#     (the name section only names functions in a debugger's stack traces: 70 KB, 16 KB as
#     brotli, a sixth of what the page sends for all its scripts)
#   OUT_DIR/places.tsv (written by build.rs) → pkg/places.tsv
#   a brotli copy of the two large files at the highest quality (FILE.br, scripts/brotli.mjs),
#   which the dev server sends instead of compressing on the fly, as a host with precompressed
#   files would
#   the page bundled from www/ into pkg/page.js and pkg/page.css (scripts/bundle.mjs)
# The page's module leaves the place tier out (no `embedded-places` feature): the worker
# fetches pkg/places.tsv after the first highlights, so the first download is a third smaller.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

target_dir=${CARGO_TARGET_DIR:-target}
# The JSON messages name the build script's OUT_DIR, where build.rs wrote places.tsv.
out_dir=$(cargo build --lib --target wasm32-unknown-unknown --release --no-default-features \
    --message-format=json-render-diagnostics |
  node -e '
    let out = "";
    require("readline").createInterface({ input: process.stdin }).on("line", (line) => {
      const m = JSON.parse(line);
      if (m.reason === "build-script-executed" && /article-annotator/.test(m.package_id)) out = m.out_dir;
    }).on("close", () => console.log(out));')
[[ -f "$out_dir/places.tsv" ]] || { echo "build: build.rs wrote no places.tsv" >&2; exit 1; }
wasm-bindgen --target web --out-dir pkg --out-name annotator --remove-name-section \
  "$target_dir/wasm32-unknown-unknown/release/annotator.wasm"
cp "$out_dir/places.tsv" pkg/places.tsv
node scripts/brotli.mjs pkg/annotator_bg.wasm pkg/places.tsv
node scripts/bundle.mjs
kb() { echo "$(( $(stat -c %s "$1") / 1024 )) KB"; }
echo "==> pkg/annotator_bg.wasm: $(kb pkg/annotator_bg.wasm) ($(kb pkg/annotator_bg.wasm.br) brotli)," \
  "pkg/places.tsv: $(kb pkg/places.tsv) ($(kb pkg/places.tsv.br) brotli)," \
  "pkg/page.js: $(kb pkg/page.js) ($(kb pkg/page.js.br) brotli)"
