#!/usr/bin/env bash
# Load test of a running server (issue 9) with wrk (Debian package `wrk`): CLIENTS connections for
# SECONDS mixing the queries of queries/ (POST form), resource pages (/doc/id/... .html and .ttl of
# real URIs, found by a SPARQL query first) and dump downloads (every file of /dumps/SHA256SUMS).
# Prints requests, errors (status outside 2xx/3xx, socket errors), p50 and p99, overall and per kind.
#
# --abuse: instead, ABUSERS connections send runaway queries (a cartesian product, a deep property
# path; each should end in 503 at the time limit) while NORMAL connections send the queries of
# queries/, and the normal queries' latency is reported, beside that of the same clients alone.
#
# usage: ./policy-lod serve --port 3391 &   then   src/bench/load-mix.sh [--abuse] [URL]
#        (URL default http://127.0.0.1:3391)
set -euo pipefail
cd "$(dirname "$0")/../.."
ABUSE=0
if [ "${1:-}" = --abuse ]; then ABUSE=1; shift; fi
URL=${1:-http://127.0.0.1:3391}
URL=${URL%/}
SECONDS_TOTAL=${SECONDS_TOTAL:-60} CLIENTS=${CLIENTS:-16} PAGES=${PAGES:-40}
ABUSERS=${ABUSERS:-4} NORMAL=${NORMAL:-8}
# Share of each kind in the mix, in per cent (a page is half .html, half .ttl).
W_QUERY=${W_QUERY:-50} W_PAGE=${W_PAGE:-35} W_DUMP=${W_DUMP:-15}
for tool in wrk curl python3; do
  command -v $tool >/dev/null || { echo "needs $tool (apt-get install -y $tool)" >&2; exit 2; }
done
curl -sf -o /dev/null -G "$URL/sparql" --data-urlencode 'query=ASK {}' \
  || { echo "no server answers at $URL: start one, e.g. ./policy-lod serve --port 3391" >&2; exit 2; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT

form() { # form BODY-FILE < query text: the query as an urlencoded HTML form body
  python3 -c 'import sys,urllib.parse; sys.stdout.write("query=" + urllib.parse.quote(sys.stdin.read()))' >"$1"
}
n=0
add_queries() { # add_queries KIND WEIGHT-PER-QUERY FILE...
  local kind=$1 w=$2; shift 2
  for q in "$@"; do
    n=$((n + 1)); form "$T/q$n" <"$q"
    printf '%s\t%s\tPOST\t/sparql\tapplication/sparql-results+json\t%s\n' "$kind" "$w" "$T/q$n"
  done
}
queries=(queries/*.rq)

if [ "$ABUSE" = 1 ]; then
  add_queries query 1 "${queries[@]}" >"$T/normal.mix"
  printf '%s\n' 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }' >"$T/cartesian.rq"
  printf '%s\n' 'SELECT (COUNT(*) AS ?n) WHERE { ?s (!<urn:none>|^!<urn:none>)*/(!<urn:none>|^!<urn:none>)* ?o }' >"$T/path.rq"
  add_queries abusive 1 "$T/cartesian.rq" "$T/path.rq" >"$T/abuse.mix"
  echo "load before: $(uptime)"
  # The same normal clients alone first, for comparison.
  WRK_MIX="$T/normal.mix" wrk -t"$NORMAL" -c"$NORMAL" -d"$((SECONDS_TOTAL - 2))s" --timeout 60s -s src/bench/load-mix.lua "$URL" >"$T/alone.out"
  echo "load between: $(uptime)"
  WRK_MIX="$T/abuse.mix" wrk -t"$ABUSERS" -c"$ABUSERS" -d"${SECONDS_TOTAL}s" --timeout 60s -s src/bench/load-mix.lua "$URL" >"$T/abuse.out" &
  abuse=$!
  sleep 1
  WRK_MIX="$T/normal.mix" wrk -t"$NORMAL" -c"$NORMAL" -d"$((SECONDS_TOTAL - 2))s" --timeout 60s -s src/bench/load-mix.lua "$URL" >"$T/normal.out"
  wait $abuse
  echo "load after:  $(uptime)"
  echo
  echo "$NORMAL clients with the queries of queries/, alone, then while $ABUSERS send runaway queries, $((SECONDS_TOTAL - 2)) s each:"
  outs=("$T/alone.out" "$T/normal.out" "$T/abuse.out") labels=("alone " "normal " "runaway ")
else
  # Resource pages of real URIs: a sample of the subjects minted under the release's base.
  base=$(curl -sf -H 'Accept: application/n-triples' "$URL/.well-known/void" \
    | sed -n 's|^<[^>]*/\.well-known/void#dataset> <http://rdfs.org/ns/void#uriSpace> "\([^"]*\)".*|\1|p')
  [ -n "$base" ] || { echo "no void:uriSpace in $URL/.well-known/void" >&2; exit 1; }
  curl -sf -H 'Accept: text/csv' "$URL/sparql" --data-urlencode "query=SELECT DISTINCT ?s WHERE { ?s a ?t
      FILTER(STRSTARTS(STR(?s), \"${base}id/\")) } ORDER BY MD5(STR(?s)) LIMIT $PAGES" | tail -n +2 | tr -d '\r' \
    | sed "s|^$base|/doc/|" >"$T/pages"
  curl -sf "$URL/dumps/SHA256SUMS" | awk '{print "/dumps/" $2}' >"$T/dumps"
  [ -s "$T/pages" ] && [ -s "$T/dumps" ] || { echo "no resource pages or dumps found at $URL" >&2; exit 1; }
  # Weights in 1/1000 so that each kind keeps its share whatever the number of its entries.
  {
    add_queries query $((W_QUERY * 1000 / ${#queries[@]})) "${queries[@]}"
    while read -r p; do
      printf 'page\t%d\tGET\t%s.html\ttext/html\t-\n' $((W_PAGE * 500 / $(wc -l <"$T/pages"))) "$p"
      printf 'page\t%d\tGET\t%s.ttl\ttext/turtle\t-\n' $((W_PAGE * 500 / $(wc -l <"$T/pages"))) "$p"
    done <"$T/pages"
    while read -r d; do
      printf 'dump\t%d\tGET\t%s\t*/*\t-\n' $((W_DUMP * 1000 / $(wc -l <"$T/dumps"))) "$d"
    done <"$T/dumps"
  } >"$T/mix"
  # Every request of the mix answers 200 once before the run, so the run measures real answers.
  while IFS=$'\t' read -r kind w method path accept body; do
    if [ "$body" = - ]; then s=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" "$URL$path")
    else s=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept: $accept" --data-binary "@$body" \
      -H 'Content-Type: application/x-www-form-urlencoded' "$URL$path"); fi
    [ "$s" = 200 ] || { echo "$method $path answered $s" >&2; exit 1; }
  done <"$T/mix"
  echo "mix: ${#queries[@]} queries ($W_QUERY %), $(wc -l <"$T/pages") resources as .html and .ttl ($W_PAGE %)," \
    "$(wc -l <"$T/dumps") dump files ($W_DUMP %); $CLIENTS connections, ${SECONDS_TOTAL} s"
  echo "load before: $(uptime)"
  WRK_MIX="$T/mix" wrk -t"$CLIENTS" -c"$CLIENTS" -d"${SECONDS_TOTAL}s" --timeout 30s -s src/bench/load-mix.lua "$URL" >"$T/out"
  echo "load after:  $(uptime)"
  echo
  outs=("$T/out") labels=("")
fi
echo "| kind | requests | req/s | status errors | socket errors | p50 ms | p99 ms |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for i in "${!outs[@]}"; do
  sed -n 's/^RESULT //p' "${outs[$i]}" | while read -r kind reqs rps st sock p50 p99; do
    echo "| ${labels[$i]}$kind | $reqs | $rps | $st | $sock | $p50 | $p99 |"
  done
done
echo
for i in "${!outs[@]}"; do sed -n "s/^\(STATUS\|SOCKET\|WRK\) /${labels[$i]}\1 /p" "${outs[$i]}"; done
