#!/usr/bin/env bash
# Scores the annotator on every labelled development set in ../shared/eval (or $EVAL_DIR):
# exact and overlap F1 per label, per set, and per genre of the GUM genres set
# (scripts/eval.py). Extra arguments go to eval.py: --set NAME --errors 50 lists misses and
# false alarms of one set; --json OUT writes every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=${EVAL_DIR:-../shared/eval}
[ -f "$eval_dir/score.py" ] || { echo "eval: no scorer at $eval_dir/score.py (set EVAL_DIR)" >&2; exit 2; }
cargo build --release --quiet --bin annotate
python3 scripts/eval.py ./target/release/annotate "$eval_dir" "$@"
