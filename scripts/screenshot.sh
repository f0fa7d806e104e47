#!/usr/bin/env bash
# Regenerates docs/screenshot.png (the README's picture) from the sample article, using the
# browser test that also writes test-results/page.png. Build pkg/ first (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_SCREENSHOT=1 node --test --test-name-pattern='sample article' tests/e2e/page.test.mjs
ls -l docs/screenshot.png
