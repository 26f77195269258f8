#!/usr/bin/env bash
# A new release served without a restart (issue 17): publishes the bundled corpus into a scratch
# folder, serves it, and while CLIENTS closed-loop clients (wrk) query it for SECONDS, publishes a
# changed corpus into the same folder. Prints how long after the publish switched `current` the
# server answered from the new release (polling the ETag every 50 ms), and wrk's requests and errors.
# CACHE_MB (default 0) sets the result cache; QUERY (default queries/missions.rq) is what clients send.
# usage: src/bench/live-release.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/ready.sh
PORT=${PORT:-3350} CLIENTS=${CLIENTS:-8} SECONDS_=${SECONDS:-30} QUERY=${QUERY:-queries/missions.rq}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 2; }
T=$(mktemp -d -t live-release.XXXXXX)
pid=
trap 'rc=$?; [ -z "$pid" ] || { kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }; rm -rf "$T"; exit $rc' EXIT
./policy-lod --version >/dev/null   # builds the jar now if it is out of date
cp target/policy-lod.jar "$T/policy-lod.jar"
run() { java ${JAVA_OPTS:--Xmx1g} -jar "$T/policy-lod.jar" "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

run publish --out "$T/pub" corpus >"$T/publish1.log" 2>&1
old=$(basename "$(readlink "$T/pub/current")")
run serve --no-publish --out "$T/pub" --port "$PORT" --cache-mb "${CACHE_MB:-0}" >"$T/server.log" 2>&1 &
pid=$!
url="http://127.0.0.1:$PORT/sparql"
wait_ready "$url" "$pid" "$T/server.log"
etag_release() {  # the release the server answers QUERY from now (the ETag is "VERSION-VARIANT")
  curl -s -o /dev/null -D - --data-urlencode "query@$QUERY" "$url" | tr -d '\r' |
    sed -n 's/^[Ee][Tt]ag: *"\(.*\)-[^-]*"$/\1/p'
}
[ "$(etag_release)" = "$old" ] || { echo "the server does not answer from $old" >&2; exit 1; }

python3 -c 'import sys,urllib.parse; print("query=" + urllib.parse.quote(open(sys.argv[1]).read()), end="")' "$QUERY" >"$T/body"
WRK_BODY="$T/body" wrk -t1 -c"$CLIENTS" -d"${SECONDS_}s" --timeout 30s -s src/bench/post.lua "$url" >"$T/wrk.out" &
wrk_pid=$!
sleep 5
mkdir "$T/corpus" && cp corpus/*.txt "$T/corpus/"
first=$(ls "$T/corpus"/*.txt | head -1)
printf '\nA closing paragraph added at %s makes a new release.\n' "$(date -u +%FT%TZ)" >>"$first"
p0=$(now_ms)
run publish --out "$T/pub" "$T/corpus" >"$T/publish2.log" 2>&1
switched=$(now_ms)   # publish switches current just before it exits
new=$(basename "$(readlink "$T/pub/current")")
[ "$new" != "$old" ] || { echo "the second publish made no new release" >&2; exit 1; }
until [ "$(etag_release)" = "$new" ]; do
  [ $(( $(now_ms) - switched )) -lt 60000 ] || { echo "release $new not served after 60 s" >&2; exit 1; }
  sleep 0.05
done
served=$(now_ms)
wait "$wrk_pid"
read -r rps p50 p99 err < <(sed -n 's/^RESULT //p' "$T/wrk.out")
requests=$(awk -v r="$rps" -v s="$SECONDS_" 'BEGIN { printf "%.0f", r * s }')
echo "releases: $old -> $new (publish took $((switched - p0)) ms while serving)"
echo "new release answered $((served - switched)) ms after current switched"
echo "$CLIENTS clients, ${SECONDS_} s, $(basename "$QUERY"): ~$requests requests, $rps req/s, p50 $p50 ms, p99 $p99 ms, failed $err"
grep -q 'now serving release' "$T/server.log" && grep 'now serving release' "$T/server.log" | tail -1
[ "$err" = 0 ]
