#!/usr/bin/env bash
# Scores the annotator on the labelled news corpus in ../shared/eval (or $EVAL_DIR):
# exact and overlap precision/recall/F1 per label. Extra arguments go to the scorer
# (e.g. --errors 50 to list misses and false alarms).
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
gold="$eval_dir/gum_news_dev.jsonl"
[ -f "$gold" ] || { echo "eval: no corpus at $gold (set EVAL_DIR)" >&2; exit 2; }
cargo build --release --quiet --bin annotate
pred=$(mktemp)
trap 'rm -f "$pred"' EXIT
./target/release/annotate "$gold" > "$pred"
python3 "$eval_dir/score.py" "$gold" "$pred" --map PERSON=PER,PLACE=LOC,NATIONALITY=MISC --offsets utf16 "$@"
