#!/usr/bin/env bash
# Builds the Python package's wheel (release, one abi3 wheel for CPython 3.9+) with maturin into
# python/target/wheels/ and installs it into .venv, where pytest and the Dask workers import it.
# Cargo rebuilds only what changed, so a second run costs seconds. Run scripts/setup.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

venv=.venv
if [[ ! -x $venv/bin/maturin ]]; then
  echo "python-wheel: $venv/bin/maturin is missing; run scripts/setup.sh first" >&2
  exit 1
fi
rm -f python/target/wheels/article_annotator-*.whl
start=$SECONDS
(cd python && "../$venv/bin/maturin" build --release --interpreter "../$venv/bin/python" \
  --out target/wheels --quiet)
wheel=$(ls python/target/wheels/article_annotator-*.whl)
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"
printf '==> %s: %s KB, built in %s s\n' "$wheel" "$(( $(stat -c %s "$wheel") / 1024 ))" "$(( SECONDS - start ))"
