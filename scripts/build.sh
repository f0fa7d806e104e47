#!/usr/bin/env bash
# Builds the WASM core and its JavaScript glue into pkg/, where the page imports it from.
#   cargo build --lib --target wasm32-unknown-unknown --release
#   wasm-bindgen --target web --out-dir pkg --out-name annotator .../annotator.wasm
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

target_dir=${CARGO_TARGET_DIR:-target}
cargo build --lib --target wasm32-unknown-unknown --release
wasm-bindgen --target web --out-dir pkg --out-name annotator \
  "$target_dir/wasm32-unknown-unknown/release/annotator.wasm"
printf '==> pkg/annotator_bg.wasm: %s KB\n' "$(( $(stat -c %s pkg/annotator_bg.wasm) / 1024 ))"
