#!/usr/bin/env python3
"""Scores the annotator on every development set in the shared evaluation folder.

For each set (and, for the GUM genres set, each genre) it runs the `annotate` binary, scores the
result with the shared `score.py` (exact and overlap, per label) and prints one table, so that a
change is judged on all sets at once, per label and per genre, never on one total.

Usage: scripts/eval.py ANNOTATE_BINARY EVAL_DIR [--errors N] [--set NAME] [--json OUT]
  --errors N   also list N misses and false alarms of the set chosen with --set
  --set NAME   score only this set (gum_news_dev, gum_genres_dev, uner_ewt_dev)
  --json OUT   write every figure as JSON
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

SETS = ["gum_news_dev", "gum_genres_dev", "uner_ewt_dev"]
MAP = "PERSON=PER,PLACE=LOC,NATIONALITY=MISC"
LABELS = ["PER", "LOC", "ORG", "MISC", "DATE"]
MICRO = "micro(PER+LOC+ORG)"


def genre(doc_id):
    """GUM ids read GUM_<genre>_<name>; the genre is the second part."""
    parts = doc_id.split("_")
    return parts[1] if len(parts) > 2 and parts[0] == "GUM" else None


def score(score_py, gold, pred, extra=()):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        args = [sys.executable, score_py, gold, pred, "--map", MAP, "--offsets", "utf16",
                "--json", out.name, *extra]
        printed = subprocess.run(args, check=True, capture_output=True, text=True).stdout
        with open(out.name) as f:
            return json.load(f), printed


def write_subset(lines, ids, path):
    with open(path, "w") as f:
        for line in lines:
            if json.loads(line)["id"] in ids:
                f.write(line)


def row(name, figures):
    cells = []
    for label in LABELS + [MICRO]:
        r = figures.get(label)
        cells.append("%5.1f/%5.1f" % (100 * r["exact"]["f1"], 100 * r["overlap"]["f1"]) if r and r["gold"] else "    -      ")
    m = figures[MICRO]["exact"]
    return "%-22s %s  P %5.1f R %5.1f" % (name, " ".join(cells), 100 * m["p"], 100 * m["r"])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("annotate")
    ap.add_argument("eval_dir")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--set", choices=SETS)
    ap.add_argument("--json")
    a = ap.parse_args()
    score_py = os.path.join(a.eval_dir, "score.py")
    results = {}
    print("exact/overlap F1 per label; P and R are exact micro PER+LOC+ORG")
    print("%-22s %s" % ("set", " ".join("%-11s" % l for l in LABELS + ["PER+LOC+ORG"])))
    with tempfile.TemporaryDirectory() as tmp:
        for name in [a.set] if a.set else SETS:
            gold = os.path.join(a.eval_dir, name + ".jsonl")
            if not os.path.exists(gold):
                sys.exit("eval: no %s (set EVAL_DIR)" % gold)
            pred = os.path.join(tmp, name + ".pred.jsonl")
            with open(pred, "w") as out:
                subprocess.run([a.annotate, gold], check=True, stdout=out)
            extra = ["--errors", str(a.errors)] if a.errors else []
            figures, printed = score(score_py, gold, pred, extra)
            results[name] = figures
            print(row(name, figures))
            if name == "gum_genres_dev":
                print("  (the name tagger's training data: these are fits, not held-out figures;"
                      " bash scripts/model/train.sh --report scores each genre held out)")
            with open(gold) as f:
                gold_lines = f.readlines()
            with open(pred) as f:
                pred_lines = f.readlines()
            genres = defaultdict(set)
            for line in gold_lines:
                doc_id = json.loads(line)["id"]
                if genre(doc_id) and name == "gum_genres_dev":
                    genres[genre(doc_id)].add(doc_id)
            for g, ids in sorted(genres.items()):
                sub_gold, sub_pred = os.path.join(tmp, g + ".gold"), os.path.join(tmp, g + ".pred")
                write_subset(gold_lines, ids, sub_gold)
                write_subset(pred_lines, ids, sub_pred)
                results[name + "/" + g], _ = score(score_py, sub_gold, sub_pred)
                print(row("  " + g, results[name + "/" + g]))
            if a.errors:
                print("\n".join(printed.splitlines()[-a.errors:]))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
