#!/usr/bin/env bash
# Installs what building and testing the app needs, skipping whatever is already there:
#   - the Rust target wasm32-unknown-unknown
#   - wasm-bindgen-cli at exactly the version of the wasm-bindgen crate in Cargo.lock
#   - node_modules (npm ci, no browser download): the dev server's packages and esbuild, which
#     bundles the page, are needed by `npm start` too
#   - Debian's chromium (and a colour emoji font) for the browser tests        [not with --app]
#   - .venv: maturin, pytest and Dask for the Python package (python/)       [not with --app]
#
# Usage: scripts/setup.sh          everything, for `npm test`
#        scripts/setup.sh --app    only what building the app needs, for `npm start`
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

app_only=false
[[ "${1:-}" == "--app" ]] && app_only=true

say() { printf '==> %s\n' "$*"; }

# --- Rust target --------------------------------------------------------------------------
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "wasm32-unknown-unknown target: present"
else
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# --- wasm-bindgen-cli, pinned to the crate ------------------------------------------------
# The CLI must match the wasm-bindgen crate exactly, or the generated glue refuses the module.
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/^version = "|"$/, ""); print; exit }' Cargo.lock)
if [[ -z "$want" ]]; then
  echo "setup: no wasm-bindgen package in Cargo.lock" >&2
  exit 1
fi
have=$( (wasm-bindgen --version 2>/dev/null || true) | awk '{ print $2 }')
if [[ "$have" == "$want" ]]; then
  say "wasm-bindgen $want: present"
else
  say "installing wasm-bindgen-cli $want (found: ${have:-none}); this compiles for a few minutes"
  cargo install wasm-bindgen-cli --version "$want" --locked \
    || cargo install wasm-bindgen-cli --version "$want"
fi

# --- node_modules ---------------------------------------------------------------------------
# Reinstalled when missing or when package-lock.json changed since the last install.
stamp=node_modules/.setup-stamp
lock_sum=$(sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1)
if [[ -d node_modules/playwright-core && -f "$stamp" && "$(cat "$stamp")" == "$lock_sum" ]]; then
  say "node_modules: up to date"
else
  say "installing node_modules (npm ci)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi

$app_only && exit 0

# --- Chromium for the browser tests ---------------------------------------------------------
# Debian's build, not a browser download: the tests point playwright-core at it. A different
# browser binary can be given with CHROMIUM_PATH.
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
need=()
if [[ ! -x "$chromium" ]]; then
  if [[ -n "${CHROMIUM_PATH:-}" ]]; then
    echo "setup: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2
    exit 1
  fi
  need+=(chromium fonts-noto-color-emoji)
elif command -v fc-list >/dev/null && ! fc-list 2>/dev/null | grep -qi 'Noto Color Emoji'; then
  # Without a colour emoji font the page works, but emoji show as empty boxes in screenshots.
  need+=(fonts-noto-color-emoji)
fi
if ((${#need[@]} == 0)); then
  say "chromium: present ($chromium)"
else
  say "installing ${need[*]} from Debian"
  sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

# --- Python: maturin, pytest and Dask in a virtualenv -------------------------------------------
# The Python package (python/) is built with maturin, tested with pytest and run on a local Dask
# cluster, all from .venv (git-ignored); reinstalled when python/requirements-dev.txt changes.
venv=.venv
req=python/requirements-dev.txt
req_sum=$(sha256sum "$req" | cut -d' ' -f1)
if [[ -x $venv/bin/python && -f $venv/.setup-stamp && "$(cat "$venv/.setup-stamp")" == "$req_sum" ]]; then
  say "Python virtualenv: up to date ($venv)"
else
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    say "installing python3-venv from Debian"
    sudo=()
    [[ $(id -u) -eq 0 ]] || sudo=(sudo)
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv
  fi
  say "installing $(grep -cv '^#' "$req") Python packages into $venv ($req)"
  [[ -x $venv/bin/python ]] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$req"
  echo "$req_sum" > "$venv/.setup-stamp"
fi
