#!/usr/bin/env bash
# Fuzzes the annotator with cargo-fuzz (libFuzzer): each target in turn for SECONDS (default
# 60), inputs up to 1 MB, seeded with news tokens (fuzz/news.dict). cargo-fuzz needs nightly
# features; RUSTC_BOOTSTRAP=1 lets the stable toolchain use them. Installs cargo-fuzz if it is
# missing. A crash stops the run; its input is kept in fuzz/artifacts/TARGET/.
#
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]     (npm run fuzz: 30 minutes per target)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export RUSTC_BOOTSTRAP=1

seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(annotate dictionary)

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

for target in "${targets[@]}"; do
  echo "==> fuzzing $target for ${seconds}s"
  # The corpus grows across runs (fuzz/corpus/, not committed). -timeout: an input that takes a
  # minute is a hang (an honest 1 MB input takes seconds under the sanitizer); -rss_limit_mb:
  # room for a 1 MB input annotated three times under AddressSanitizer; -len_control=0: long
  # inputs from the start (by default the length limit grows so slowly that a short run never
  # leaves a few dozen bytes, and length is what found the bugs of issue 11).
  cargo fuzz run "$target" -- \
    -max_total_time="$seconds" -max_len=1048576 -dict=fuzz/news.dict \
    -len_control=0 -timeout=60 -rss_limit_mb=4096 -print_final_stats=1
done
