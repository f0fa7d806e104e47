#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080/www/ (PORT and HOST override), and
# rebundles the page (pkg/page.js, pkg/page.css) whenever a file under www/ changes, so an edit
# shows on reload.
#   scripts/serve.sh              set up, build, serve
#   scripts/serve.sh --no-build   serve what pkg/ already holds
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${1:-}" != "--no-build" ]]; then
  bash scripts/setup.sh --app
  bash scripts/build.sh
fi
port=${PORT:-8080}
host=${HOST:-127.0.0.1}
node scripts/bundle.mjs --watch &
watcher=$!
trap 'kill "$watcher" 2>/dev/null' EXIT
node scripts/static-server.mjs --host "$host" --port "$port"
