"""Checks the gazetteer files against the format of src/gazetteer.rs and for junk, and reports
counts and sizes. Run by build.py after every build; `build.py --check` runs it alone."""

import glob
import gzip
import os
import re
import sys
from collections import Counter

LABELS = {"PLACE", "NATIONALITY", "ORG", "PERSON", "TITLE", "KEYWORD", "DATE", "MONEY", "NUMBER"}
JUNK = {"the", "new", "police", "university", "of", "and", "a", "an", "in", "on", "at", "to",
        "city", "state", "president", "government", "north", "south", "east", "west", "man",
        "best", "why", "will", "may", "mark", "said"}
SIZE_BUDGET = 1 << 20


def check_file(path, errors, warnings, seen, canonicals=None, links=None):
    counts = Counter()
    surfaces = 0
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        data = f.read()
    if "\r" in data:
        errors.append(f"{name}: carriage return")
    for n, line in enumerate(data.split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{name}:{n}"
        cols = line.split("\t")
        if not 2 <= len(cols) <= 6:
            errors.append(f"{where}: {len(cols)} columns")
            continue
        label, canonical = cols[0].strip(), cols[1].strip()
        if label.upper() not in LABELS:
            errors.append(f"{where}: unknown label {label!r}")
        if not canonical:
            errors.append(f"{where}: empty name")
        aliases = []
        if len(cols) > 2 and cols[2].strip() not in ("", "-"):
            aliases = [a.strip() for a in cols[2].split("|")]
            if any(not a for a in aliases):
                errors.append(f"{where}: empty alias")
        flags = cols[3].strip() if len(cols) > 3 else "-"
        if flags != "-" and (not flags or set(flags) - set("iua")):
            errors.append(f"{where}: bad flags {flags!r}")
        for col in cols[4:]:
            if not col.strip():
                errors.append(f"{where}: empty column (use -)")
        if label == "NATIONALITY" and (len(cols) < 6 or cols[5] == "-"):
            warnings.append(f"{where}: nationality without a country link")
        if canonicals is not None:
            canonicals.add((label.upper(), canonical))
        if links is not None and len(cols) > 5 and cols[5].strip() not in ("", "-"):
            links.append((where, cols[5].strip()))
        insensitive = "i" in flags
        for s in [canonical, *aliases]:
            surfaces += 1
            if s != s.strip() or not any(c.isalnum() for c in s):
                errors.append(f"{where}: bad surface {s!r}")
            letters = re.sub(r"\W", "", s)
            if len(letters) < 2:
                errors.append(f"{where}: single-character surface {s!r}")
            if s.lower() in JUNK and label not in ("TITLE", "KEYWORD"):
                errors.append(f"{where}: junk surface {s!r}")
            if label in ("PLACE", "PERSON", "ORG", "NATIONALITY") and s[:1].islower() \
                    and not insensitive and not re.match(r"^(al|el|an|ad|as|ar|at|az|de|la|le|'s)\b", s):
                warnings.append(f"{where}: lower-case {label} surface {s!r}")
            key = (label, s)
            if key in seen and seen[key][0] != canonical and label not in ("TITLE", "KEYWORD"):
                warnings.append(f"{where}: {s!r} also in {seen[key][1]} for {seen[key][0]!r}")
            seen.setdefault(key, (canonical, name))
        counts[label.upper()] += 1
    return counts, surfaces


def report(root):
    gdir = os.path.join(root, "data", "gazetteer")
    files = sorted(glob.glob(os.path.join(gdir, "*.tsv")))
    names_files = sorted(glob.glob(os.path.join(root, "data", "names", "*.txt")))
    errors, warnings, seen = [], [], {}
    total = Counter()
    blob = b""
    print(f"{'file':32} {'lines':>7} {'surfaces':>9} {'bytes':>9} {'gzip -9':>8}")
    canonicals, links = set(), []
    for path in files:
        counts, surfaces = check_file(path, errors, warnings, seen, canonicals, links)
        total.update(counts)
        raw = open(path, "rb").read()
        blob += raw
        print(f"{os.path.basename(path):32} {sum(counts.values()):7} {surfaces:9} {len(raw):9} "
              f"{len(gzip.compress(raw, 9, mtime=0)):8}")
    for path in names_files:
        raw = open(path, "rb").read()
        lines = raw.decode("utf-8").split("\n")
        body = [l for l in lines if l]
        if body != sorted(set(body)):
            errors.append(f"{os.path.basename(path)}: not sorted and unique")
        for l in body:
            if l.startswith("#") or not l[:1].isupper() or len(l) < 2 or l != l.strip():
                errors.append(f"{os.path.basename(path)}: bad name {l!r}")
        blob += raw
        print(f"{'names/' + os.path.basename(path):32} {len(body):7} {'':9} {len(raw):9} "
              f"{len(gzip.compress(raw, 9, mtime=0)):8}")
    for where, link in links:
        if ("PLACE", link) not in canonicals:
            errors.append(f"{where}: link {link!r} names no PLACE entity")
    gz = len(gzip.compress(blob, 9, mtime=0))
    print(f"{'TOTAL':32} {sum(total.values()):7} {'':9} {len(blob):9} {gz:8}")
    print("entities by label:", ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    if gz > SIZE_BUDGET:
        errors.append(f"all data is {gz} bytes gzipped, over the {SIZE_BUDGET} budget")
    for w in warnings[:40]:
        print("warning:", w, file=sys.stderr)
    if len(warnings) > 40:
        print(f"... {len(warnings) - 40} more warnings", file=sys.stderr)
    for e in errors[:100]:
        print("error:", e, file=sys.stderr)
    return not errors
