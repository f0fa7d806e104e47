#!/usr/bin/env bash
# Trains the name tagger and writes data/model/tagger.bin (see src/tagger/mod.rs).
#
#   bash scripts/model/train.sh            # train on the GUM genres set, write the model
#   bash scripts/model/train.sh --report   # also score it: leave-one-genre-out on the training
#                                          # set, and the news and web dev sets it never saw
#
# Training data: ../shared/eval/gum_genres_dev.jsonl (or $EVAL_DIR), the GUM corpus's six
# non-news genres (CC BY / CC BY-SA; see data/NOTICE.md). The same data gives the same model,
# byte for byte: the examples are shuffled with a fixed seed and nothing depends on time or
# hash order. Settings: 10 epochs, weights stored in units of 1/20, and only the features with
# an averaged weight of at least 40 units (two perceptron updates) kept: a quarter of them,
# 98 KB instead of 346 KB, with every dev figure within 0.2 of the unpruned model's (exact F1,
# pruned at 1 / 10 / 20 / 40 / 80 units: GUM genres leave-one-genre-out 66.0 / 66.0 / 66.0 /
# 65.9 / 64.8, UNER web text 66.7 / 66.7 / 66.7 / 66.9 / 66.9, GUM news 80.1 up to 40, 79.6
# at 80).
set -euo pipefail
cd "$(dirname "$0")/../.."
eval_dir=${EVAL_DIR:-../shared/eval}
train="$eval_dir/gum_genres_dev.jsonl"
[ -f "$train" ] || { echo "train: no training data at $train (set EVAL_DIR)" >&2; exit 2; }
settings=(--epochs 10 --resolution 20 --min-weight 40)
cargo build --profile train --features training --quiet --bin train-tagger
bin=./target/train/train-tagger
"$bin" --train "$train" "${settings[@]}" --out data/model/tagger.bin
printf 'data/model/tagger.bin: %s bytes, %s gzipped\n' \
  "$(wc -c < data/model/tagger.bin)" "$(gzip -9c data/model/tagger.bin | wc -c)"
[[ "${1:-}" == "--report" ]] || exit 0

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
score() {
  python3 "$eval_dir/score.py" "$1" "$2" --map PERSON=PER,PLACE=LOC,NATIONALITY=MISC \
    --offsets utf16 | grep -E '^(PER|LOC|ORG|micro\(PER)'
}
# Leave one genre out: train on five, tag the sixth.
: > "$tmp/cv.jsonl"
for genre in academic bio interview speech textbook voyage; do
  "$bin" --train "$train" "${settings[@]}" --skip-genre "$genre" \
    --predict "$train" "$tmp/all.jsonl" 2>/dev/null
  grep "\"GUM_${genre}_" "$tmp/all.jsonl" >> "$tmp/cv.jsonl"
done
echo "== gum_genres_dev, each genre tagged by a model trained on the other five"
score "$train" "$tmp/cv.jsonl"
for set in gum_news_dev uner_ewt_dev; do
  "$bin" --train "$train" "${settings[@]}" --predict "$eval_dir/$set.jsonl" "$tmp/$set.jsonl" 2>/dev/null
  echo "== $set (never trained on)"
  score "$eval_dir/$set.jsonl" "$tmp/$set.jsonl"
done
