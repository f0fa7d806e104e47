#!/usr/bin/env bash
# Writes the CLI's JSON for every document of the development sets (../shared/eval/*.jsonl,
# or $EVAL_DIR) and for each shared article (../shared/articles/*.txt) into DIR, one file per
# input, so two builds can be compared byte for byte:
#   bash scripts/same-output.sh /tmp/before    # on the old commit
#   bash scripts/same-output.sh /tmp/after     # on the new one
#   diff -r /tmp/before /tmp/after && echo identical
# A change meant only to make the core faster must leave every byte of this output alone.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: same-output.sh DIR}
eval_dir=${EVAL_DIR:-../shared/eval}
articles_dir=${ARTICLES_DIR:-../shared/articles}
mkdir -p "$out"
cargo build --release --quiet --bin annotate
for set in "$eval_dir"/*.jsonl; do
  ./target/release/annotate --jobs 1 "$set" >"$out/$(basename "$set" .jsonl).json"
done
for article in "$articles_dir"/*.txt; do
  ./target/release/annotate --jobs 1 --text "$article" >"$out/$(basename "$article" .txt).json"
done
ls "$out" | wc -l | xargs echo "same-output: files written to $out:"
