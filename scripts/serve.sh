#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080/www/ (PORT and HOST override).
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
exec node scripts/static-server.mjs --host "$host" --port "$port"
