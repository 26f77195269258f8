#!/usr/bin/env bash
# Our server in the side-by-side SPARQL harness (issue 10): the harness of ../shared/tools/perf
# (or $PERF) loads the same data into each engine, runs the same queries under the same load and
# checks equal row counts. Our engine ("project") is this jar: `load` into a fresh folder, then
# `serve --no-publish` on it, with the result cache (CACHE_MB, default 64; 0 turns it off) and a
# query time limit of TIMEOUT seconds (default 300: the other engines run without one).
# usage: src/bench/harness.sh synthetic|publication [bench.sh options, e.g. --runs 3]
#   synthetic    the harness's 493k-triple graph and its five queries q1-q5
#   publication  our publication's N-Quads dump and the queries of queries/ (run publish first)
# Engines default to project,fuseki-tdb2,virtuoso (ratios against the first); needs the harness's
# setup (wrk, Virtuoso, the stock Fuseki classpath: sudo bash $PERF/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
PERF=$(realpath "${PERF:-../shared/tools/perf}")
SET=${1:?usage: $0 synthetic|publication [bench.sh options]}; shift
JAR=$(mktemp -d -t policy-lod-jar.XXXXXX)/policy-lod.jar
./policy-lod --version >/dev/null   # rebuilds the jar if it is missing or older than any source (a stale one measured old code)
cp target/policy-lod.jar "$JAR"   # a rebuild during the run must not change the engine under test
case $SET in
  synthetic)
    DATA=${DATA:-$(mktemp -d -t perfdata.XXXXXX)/synthetic.nt}
    [ -s "$DATA" ] || python3 "$PERF/gen/synthetic.py" >"$DATA"
    QUERIES=$PERF/queries/synthetic ;;
  publication)
    DATA=${DATA:-$(realpath publication/current/dumps/policy-lod.nq)}
    QUERIES=$(realpath queries) ;;
  *) echo "unknown set $SET (synthetic or publication)" >&2; exit 2 ;;
esac
PORT=${PORT:-3340}
export PROJECT_LOAD_CMD="java -Xmx2g -jar $JAR load --out \$SCRATCH/db/project/pub \$DATA"
export PROJECT_CMD="java ${SERVER_JVM:--Xmx768m} -jar $JAR serve --no-publish --out \$SCRATCH/db/project/pub --port $PORT --cache-mb ${CACHE_MB:-64} --timeout ${TIMEOUT:-300}"
export PROJECT_URL=http://127.0.0.1:$PORT/sparql
exec "$PERF/bench.sh" "$DATA" "$QUERIES" --engines "${ENGINES:-project,fuseki-tdb2,virtuoso}" "$@"
