#!/usr/bin/env bash
# Load benchmark of the server on the queries of queries/ (issue 6): starts `./policy-lod serve` on
# an existing publication, measures the time to the first answer, then runs wrk (Debian package
# `wrk`) with CLIENTS closed-loop clients for SECONDS_PER_QUERY per query after a warm-up, and
# prints a Markdown table. CACHE_MB=0 measures query evaluation alone (no result cache). The first
# serve after a build writes the class-data archive of ./policy-lod when it stops; later ones use it.
# usage: src/bench/serve-queries.sh [PUBLICATION_DIR]   (default: publication; run publish first)
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/ready.sh
OUT=${1:-publication}
PORT=${PORT:-3391} CLIENTS=${CLIENTS:-8} SECONDS_PER_QUERY=${SECONDS_PER_QUERY:-10} WARMUP=${WARMUP:-5}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 2; }
[ -e "$OUT/current" ] || { echo "no publication in $OUT: run ./policy-lod publish first" >&2; exit 2; }
T=$(mktemp -d); trap 'rc=$?; kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$T"; exit $rc' EXIT
./policy-lod --version >/dev/null   # builds the jar now if it is out of date, not inside the timing
start=$(date +%s%N)
./policy-lod serve --no-publish --out "$OUT" --port "$PORT" --cache-mb "${CACHE_MB:-64}" >"$T/server.log" 2>&1 &
pid=$!
url="http://127.0.0.1:$PORT/sparql"
wait_ready "$url" "$pid" "$T/server.log"
echo "first answer $(( ($(date +%s%N) - start) / 1000000 )) ms after start"
echo
echo "| query | req/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|"
for q in queries/*.rq; do
  python3 -c 'import sys,urllib.parse; print("query=" + urllib.parse.quote(open(sys.argv[1]).read()), end="")' "$q" >"$T/body"
  WRK_BODY="$T/body" wrk -t1 -c"$CLIENTS" -d"${WARMUP}s" -s src/bench/post.lua "$url" >/dev/null
  read -r rps p50 p99 err < <(WRK_BODY="$T/body" wrk -t1 -c"$CLIENTS" -d"${SECONDS_PER_QUERY}s" --timeout 30s \
      -s src/bench/post.lua "$url" | sed -n 's/^RESULT //p')
  echo "| $(basename "$q" .rq) | $rps | $p50 | $p99 | $err |"
done
