#!/bin/sh
# Vendor the web page's JavaScript and map data from npm into
# src/casus/web/static/vendor/ (the page loads nothing from outside the app).
#
#   sh data-raw/vendor_js.sh          # the pinned versions below
#
# Needs npm and the npm registry; run from anywhere.  Copies only the minified
# UMD builds, the 1:110m countries map and each package's LICENSE, then
# rewrites vendor/README.md with package, version, licence, source, size and
# sha256 of every file.
set -eu

D3_GEO=3.1.2            # d3-geo's UMD build requires the global d3 of d3-array
D3_ARRAY=3.2.5          # (d3-array's UMD build bundles internmap)
TOPOJSON_CLIENT=3.1.0
WORLD_ATLAS=2.0.2
CYTOSCAPE=3.35.0

here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/src/casus/web/static/vendor"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts --save-exact \
  "d3-geo@$D3_GEO" "d3-array@$D3_ARRAY" "topojson-client@$TOPOJSON_CLIENT" \
  "world-atlas@$WORLD_ATLAS" "cytoscape@$CYTOSCAPE" >/dev/null

nm="$tmp/node_modules"
rm -rf "$out"
mkdir -p "$out"

# package  file-in-package  vendored-name
copy() {
  mkdir -p "$out/$1"
  cp "$nm/$1/$2" "$out/$1/$3"
  cp "$nm/$1/LICENSE" "$out/$1/LICENSE"
}
copy d3-array dist/d3-array.min.js d3-array.min.js
copy d3-geo dist/d3-geo.min.js d3-geo.min.js
copy topojson-client dist/topojson-client.min.js topojson-client.min.js
copy world-atlas countries-110m.json countries-110m.json
copy cytoscape dist/cytoscape.min.js cytoscape.min.js

field() { node -p "require('$nm/$1/package.json').$2"; }

{
  echo "# Vendored third-party files"
  echo
  echo "Served by the app from \`/static/vendor/\` so that the page works offline and"
  echo "loads nothing from another origin. Written by \`data-raw/vendor_js.sh\` from the"
  echo "npm registry (https://registry.npmjs.org); do not edit by hand."
  echo
  echo "| package | version | licence | source | file | bytes | sha256 |"
  echo "|---|---|---|---|---|---|---|"
  for p in d3-array d3-geo topojson-client world-atlas cytoscape; do
    v=$(field "$p" version)
    l=$(field "$p" license)
    for f in "$out/$p"/*; do
      b=$(basename "$f")
      [ "$b" = LICENSE ] && continue
      s=$(wc -c < "$f" | tr -d ' ')
      h=$(sha256sum "$f" | cut -d' ' -f1)
      echo "| $p | $v | $l | https://www.npmjs.com/package/$p/v/$v | \`$p/$b\` | $s | \`$h\` |"
    done
  done
  echo
  echo "Each package's licence text is next to its file (\`<package>/LICENSE\`)."
  echo "\`world-atlas/countries-110m.json\` is derived from Natural Earth (public domain);"
  echo "its feature ids are ISO 3166-1 numeric codes, matched to states by the API's \`iso_num\`."
  echo "\`d3-geo\`'s UMD build needs \`d3-array\` loaded first (it reads the global \`d3\`)."
  echo
  printf 'Total: %s bytes.\n' "$(cat "$out"/*/* | wc -c | tr -d ' ')"
} > "$out/README.md"

echo "vendored into $out:"
du -ab "$out" | sort -k2
