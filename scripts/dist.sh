#!/usr/bin/env bash
# Assembles the static site for hosting into target/site/ (or the directory given):
#   www/  the page (index.html, its sources, the workers)
#   pkg/  the page's bundle, the WASM core, its glue and the place tier
#   data/NOTICE.md  the credits
# Upload that directory to any static host and open .../www/. Run scripts/build.sh first.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/site}
[[ -f pkg/annotator_bg.wasm ]] || { echo "dist: pkg/ is not built; run scripts/build.sh" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/pkg" "$out/data"
cp -R www "$out/www"
cp pkg/annotator.js pkg/annotator_bg.wasm pkg/places.tsv pkg/page.js pkg/page.css pkg/page.*.map pkg/*.br "$out/pkg/"
[[ -f data/NOTICE.md ]] && cp data/NOTICE.md "$out/data/"
cat > "$out/index.html" <<'HTML'
<!doctype html>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=www/">
<title>Article Annotator</title>
<a href="www/">Article Annotator</a>
HTML
echo "==> static site in $out/ ($(du -sh "$out" | cut -f1)); serve it and open www/"
