#!/usr/bin/env bash
# A new release served without a restart (issue 17): publishes the bundled corpus into a scratch
# folder and serves it; while CLIENTS closed-loop clients (wrk) query it, publishes a changed corpus
# into the same folder. Prints how long after the publish switched `current` the server answered
# from the new release (its ETag, polled every 50 ms), and wrk's requests and failures over the
# whole time, from AFTER seconds (default 5) before the publish to AFTER seconds after the switch.
# CACHE_MB (default 0) sets the result cache; QUERY (default queries/missions.rq) is what clients send.
# usage: src/bench/live-release.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source src/bench/ready.sh
PORT=${PORT:-3350} CLIENTS=${CLIENTS:-8} AFTER=${AFTER:-5} QUERY=${QUERY:-queries/missions.rq}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 2; }
T=$(mktemp -d -t live-release.XXXXXX)
pid= wrk_pid=
trap 'rc=$?; set +e; [ -z "$wrk_pid" ] || kill -INT "$wrk_pid" 2>/dev/null; [ -z "$pid" ] || { kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; }; rm -rf "$T"; exit $rc' EXIT
./policy-lod --version >/dev/null   # builds the jar now if it is out of date
cp target/policy-lod.jar "$T/policy-lod.jar"
run() { java ${JAVA_OPTS:--Xmx1g} -jar "$T/policy-lod.jar" "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

run publish --out "$T/pub" corpus >"$T/publish1.log" 2>&1
old=$(basename "$(readlink "$T/pub/current")")
ss -Hltn | grep -q ":$PORT " && { echo "port $PORT is busy" >&2; exit 1; }
java ${JAVA_OPTS:--Xmx1g} -jar "$T/policy-lod.jar" serve --no-publish --out "$T/pub" --port "$PORT" --cache-mb "${CACHE_MB:-0}" >"$T/server.log" 2>&1 &
pid=$!
url="http://127.0.0.1:$PORT/sparql"
wait_ready "$url" "$pid" "$T/server.log"
serves() {  # serves VERSION: whether the server answers QUERY from that release (ETag "VERSION-VARIANT")
  curl -s -o /dev/null -D - -G --data-urlencode "query@$QUERY" "$url" | tr -d '\r' | grep -qi "^etag: \"$1-"
}
serves "$old" || { echo "the server does not answer from $old" >&2; exit 1; }

python3 -c 'import sys,urllib.parse; print("query=" + urllib.parse.quote(open(sys.argv[1]).read()), end="")' "$QUERY" >"$T/body"
WRK_BODY="$T/body" wrk -t1 -c"$CLIENTS" -d3600s --timeout 30s -s src/bench/post.lua "$url" >"$T/wrk.out" &
wrk_pid=$!
sleep "$AFTER"
mkdir "$T/corpus" && cp corpus/*.txt "$T/corpus/"
first=$(ls "$T/corpus"/*.txt | head -1)
printf '\nA closing paragraph added at %s makes a new release.\n' "$(date -u +%FT%TZ)" >>"$first"
p0=$(now_ms)
run publish --out "$T/pub" "$T/corpus" >"$T/publish2.log" 2>&1
switched=$(now_ms)   # publish switches current just before it exits
new=$(basename "$(readlink "$T/pub/current")")
[ "$new" != "$old" ] || { echo "the second publish made no new release" >&2; exit 1; }
until serves "$new"; do
  [ $(( $(now_ms) - switched )) -lt 60000 ] || { echo "release $new not served after 60 s" >&2; exit 1; }
  sleep 0.05
done
served=$(now_ms)
sleep "$AFTER"
kill -INT "$wrk_pid"   # wrk stops and prints its results
wait "$wrk_pid" || true
end=$(now_ms)
read -r rps p50 p99 err < <(sed -n 's/^RESULT //p' "$T/wrk.out")
seconds=$(( (end - p0) / 1000 + AFTER ))
requests=$(awk -v r="$rps" -v s="$seconds" 'BEGIN { printf "%.0f", r * s }')
echo "releases: $old -> $new (publish took $((switched - p0)) ms while serving)"
echo "new release answered $((served - switched)) ms after current switched"
echo "$CLIENTS clients, ~$seconds s, $(basename "$QUERY"): ~$requests requests, $rps req/s, p50 $p50 ms, p99 $p99 ms, failed $err"
[ "$err" = 0 ]
