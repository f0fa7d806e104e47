#!/usr/bin/env bash
# The whole check, as CI runs it: set-up, formatting, lints, the Rust tests, the Python wheel and
# its tests, the WASM build and the browser tests. Each step stops the run on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

step() { printf '\n==> %s\n' "$*"; }

step "set-up"
bash scripts/setup.sh
step "cargo fmt --check"
cargo fmt --check
step "cargo clippy --all-targets -- -D warnings"
cargo clippy --all-targets -- -D warnings
step "cargo clippy (wasm32 bindings)"
cargo clippy --lib --target wasm32-unknown-unknown -- -D warnings
step "cargo test"
cargo test
step "Python bindings: cargo fmt --check, clippy"
cargo fmt --manifest-path python/Cargo.toml --check
cargo clippy --manifest-path python/Cargo.toml --all-targets -- -D warnings
step "Python wheel (maturin, release)"
bash scripts/python-wheel.sh
step "pytest (the Python API and a local Dask cluster of two workers)"
.venv/bin/python -m pytest python/tests
step "WASM build"
bash scripts/build.sh
step "browser tests"
node --test --test-reporter=tap tests/e2e/
