#!/usr/bin/env bash
# The browser test of the query editor (not part of `mvn -B verify`: it needs Chromium and npm).
# It publishes the bundled corpus into target/browser/publication, serves it on PORT (3501 unless
# set), and drives headless Chromium with Playwright (playwright-core, installed by npm into
# target/browser/ the first time) through editor.test.mjs: open /sparql, run an example, click a
# result link, land on the resource's page here. Exit 0 passed, 1 failed, 2 a missing tool.
#   src/browser/run.sh                     # CHROMIUM=/path/to/chromium PORT=3502 to change them
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${PORT:-3501}
chromium=${CHROMIUM:-/usr/bin/chromium}
dir=target/browser
if [ ! -x "$chromium" ]; then
  echo "run.sh: no Chromium at $chromium (Debian: apt-get install chromium; or set CHROMIUM)" >&2
  exit 2
fi
if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "run.sh: needs node and npm (Debian: apt-get install nodejs npm)" >&2
  exit 2
fi
mkdir -p "$dir"
if [ ! -d "$dir/node_modules/playwright-core" ]; then
  npm install --prefix "$dir" --no-save --no-audit --no-fund --silent playwright-core@1.65.1
fi
./policy-lod publish --out "$dir/publication" >/dev/null
java -Xmx1g -jar target/policy-lod.jar serve --no-publish --out "$dir/publication" --port "$port" \
  >"$dir/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$dir/server.log" >&2; exit 1; fi
  sleep 0.5
done
NODE_PATH="$dir/node_modules" CHROMIUM="$chromium" PROFILE="$(mktemp -d)" \
  node src/browser/editor.test.mjs "http://127.0.0.1:$port/"
