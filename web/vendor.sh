#!/usr/bin/env bash
# Copies the front-end files Stemwerk serves from the npm packages pinned in package-lock.json into the app.
# The copies are committed, so building and running Stemwerk needs no Node.js; only changing a version does.
# Usage: web/vendor.sh   (needs node and npm, and the npm registry)
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
static=../app/src/main/resources/static/vendor
testres=../app/src/test/resources/vendor
# TrueType fonts for the PDFs (openhtmltopdf embeds TTF, not woff2): Noto Sans, the same family as the pages
pdffonts=../app/src/main/resources/pdf/fonts
rm -rf "$static" "$testres" "$pdffonts"
mkdir -p "$static"/{utrecht,theme,fonts,htmx,leaflet,chartjs} "$testres" "$pdffonts"

copy() { cp "node_modules/$1" "$2"; }
copy @utrecht/component-library-css/dist/index.css "$static/utrecht/component-library.css"
copy @utrecht/component-library-css/LICENSE.md "$static/utrecht/LICENSE.md" 2>/dev/null || true
copy @nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css "$static/theme/voorbeeld-theme.css"
copy @fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2 "$static/fonts/noto-sans-latin-wght-normal.woff2"
copy @fontsource-variable/noto-sans/files/noto-sans-latin-ext-wght-normal.woff2 "$static/fonts/noto-sans-latin-ext-wght-normal.woff2"
copy @fontsource-variable/noto-sans/LICENSE "$static/fonts/LICENSE-OFL.txt"
copy htmx.org/dist/htmx.min.js "$static/htmx/htmx.min.js"
copy htmx.org/LICENSE "$static/htmx/LICENSE"
copy leaflet/dist/leaflet.js "$static/leaflet/leaflet.js"
copy leaflet/dist/leaflet.css "$static/leaflet/leaflet.css"
copy leaflet/LICENSE "$static/leaflet/LICENSE"
copy chart.js/dist/chart.umd.min.js "$static/chartjs/chart.umd.min.js"
copy chart.js/LICENSE.md "$static/chartjs/LICENSE.md"
copy @expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf "$pdffonts/NotoSans-Regular.ttf"
copy @expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf "$pdffonts/NotoSans-Bold.ttf"
copy @expo-google-fonts/noto-sans/LICENSE_FONT "$pdffonts/LICENSE-OFL.txt"
copy axe-core/axe.min.js "$testres/axe.min.js"
copy axe-core/LICENSE "$testres/axe-core-LICENSE"

# What was copied, from which version: the app shows this on /over and the tests check it exists.
node -e '
const lock = require("./package-lock.json").packages;
const pick = ["@utrecht/component-library-css","@nl-design-system-unstable/voorbeeld-design-tokens",
  "@fontsource-variable/noto-sans","@expo-google-fonts/noto-sans","htmx.org","leaflet","chart.js","axe-core"];
const rows = pick.map(p => { const e = lock["node_modules/" + p]; return `| ${p} | ${e.version} | ${e.license || ""} | ${e.integrity} |`; });
console.log("# Vendored front-end packages\n\nCopied by web/vendor.sh from the npm registry; versions pinned in web/package-lock.json.\n\n| package | version | licence | npm integrity |\n|---|---|---|---|\n" + rows.join("\n"));
' > "$static/VENDORED.md"
echo "Vendored into $static, $pdffonts and $testres"
