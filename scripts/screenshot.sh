#!/usr/bin/env bash
# Regenerates docs/screenshot.png, screenshot-dark.png and screenshot-mobile.png (the README's
# pictures) from the sample article, using the browser tests that also write
# test-results/page.png. Build pkg/ first (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_SCREENSHOT=1 node --test --test-name-pattern='sample article' tests/e2e/page.test.mjs
ls -l docs/screenshot*.png
