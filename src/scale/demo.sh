#!/usr/bin/env bash
# The scale-out path on one machine, by simulation: generate N documents, run the per-document ETL
# and gate on Spark (local[CORES]), bulk-load the shards into a release, serve it from 2 read-only
# replicas (each on its own copy) behind HAProxy, put 8 clients on the balancer for 30 s and kill
# one replica half-way, check the Spark output against the single-machine pipeline graph for graph,
# and print one summary line. Usage: src/scale/demo.sh N   (settings: see the variables below)
# Needs: JDK 17, Maven (Spark's jars are fetched once: run the first time without OFFLINE=-o... it
# is the default to try offline first), haproxy and wrk (apt-get install haproxy wrk).
set -euo pipefail
N=${1:?usage: demo.sh N}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$ROOT/target/scale}
CORES=${CORES:-2}
SEED=${SEED:-1}
SECONDS_OF_LOAD=${SECONDS_OF_LOAD:-30}
CLIENTS=${CLIENTS:-8}
PORT=${PORT:-3400}               # balancer; replicas PORT+1, PORT+2; HAProxy stats PORT+9
HEALTH_PATH=${HEALTH_PATH:-/$/ping}
COMPARE=${COMPARE:-corpus}       # corpus: the single-machine ETL and gate; publish: a real `publish` (small N); none
LOADER=${LOADER:-parallel}       # the TDB2 bulk loader: parallel, phased, light, xloader
REUSE=${REUSE:-0}                # 1: keep WORK's corpus and Spark output from an earlier run of the same N and SEED
# The Spark JVM's C2 compiler inlines less deeply: on a short run with 2 cores, compiling is about half
# the job's CPU (-XX:+CITime: 53-63 s of C2 at N = 2,000); this cut the job's CPU by 10 % (README).
# On long-lived cluster executors set nothing.
JIT_OPTS=${JIT_OPTS--XX:MaxInlineLevel=6 -XX:InlineSmallCode=1000}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764806400}
cd "$ROOT"

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }
seconds() { date +%s.%N; }

for tool in haproxy wrk curl python3; do
    command -v "$tool" > /dev/null || { echo "demo.sh: $tool not found (apt-get install haproxy wrk curl python3)" >&2; exit 2; }
done

say "build (top: pipeline and generator; src/spark: the job's shaded jar)"
mvn -B -o -q package test-compile -DskipTests
mvn -B -o -q -f src/spark/pom.xml package -DskipTests 2>/dev/null || mvn -B -q -f src/spark/pom.xml package -DskipTests
OPENS=$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' src/spark/pom.xml)
if [ "$REUSE" = 1 ] && [ -f "$WORK/job/job.properties" ] && [ "$(sed -n 's/^documents=//p' "$WORK/job/job.properties")" = "$N" ]; then
    rm -rf "$WORK/bin" "$WORK/release" "$WORK/replica-"*
else
    REUSE=0
    rm -rf "$WORK"
fi
mkdir -p "$WORK/bin"
# Copies, so that a rebuild during the run does not pull jars from under the running JVMs.
cp target/policy-lod.jar src/spark/target/policy-lod-spark.jar src/spark/target/spark-classpath.txt "$WORK/bin/"
cp -r target/test-classes "$WORK/bin/"
JAR=$WORK/bin/policy-lod.jar
SPARK_JAR=$WORK/bin/policy-lod-spark.jar
say "load before: $(uptime)"

if [ "$REUSE" = 1 ]; then
say "REUSE=1: the corpus and Spark output of the last run ($WORK/corpus, $WORK/job)"
else
say "generate $N documents (seed $SEED)"
java -cp "$WORK/bin/test-classes:$JAR" org.policylod.bench.Corpus "$WORK/corpus" "$N" "$SEED" >&2

say "Spark ETL + gate, local[$CORES]"
# What spark-submit runs (bin/spark-class -> org.apache.spark.deploy.SparkSubmit), with Spark's jars
# from Maven; on a cluster: spark-submit --master yarn|spark://...|k8s://... --class org.policylod.spark.EtlJob JAR ...
java -Xmx3g $JIT_OPTS $OPENS -cp "$(cat "$WORK/bin/spark-classpath.txt")" org.apache.spark.deploy.SparkSubmit \
    --master "local[$CORES]" --conf spark.ui.enabled=false --class org.policylod.spark.EtlJob \
    "$SPARK_JAR" "$WORK/corpus" "$WORK/job" > "$WORK/spark.log" 2>&1 || { tail -30 "$WORK/spark.log" >&2; exit 1; }
fi
prop() { sed -n "s/^$1=//p" "$2"; }
docs=$(prop documents "$WORK/job/job.properties")
dps=$(prop documents-per-second "$WORK/job/job.properties")
say "ETL: $(grep -v '^#' "$WORK/job/job.properties" | tr '\n' ' ')"

say "bulk load into a release ($LOADER loader), with the checks across documents and every dump"
java -Xmx4g -jar "$JAR" load --shards "$WORK/job" --out "$WORK/release" --loader "$LOADER" | tee "$WORK/load.log" >&2
quads=$(prop quads "$WORK/release/current/release.properties")
qps=$(sed -n 's/.*= \([0-9]*\) quads\/s.*/\1/p' "$WORK/load.log")

say "2 replicas, each on its own copy, behind HAProxy"
for i in 1 2; do
    cp -a "$WORK/release" "$WORK/replica-$i"
    java -Xmx1g -jar "$JAR" serve --no-publish --out "$WORK/replica-$i" --port $((PORT + i)) > "$WORK/replica-$i.log" 2>&1 &
    pids+=($!)
done
replica1=${pids[0]}
for i in 1 2; do
    until curl -sf -o /dev/null "http://127.0.0.1:$((PORT + i))$HEALTH_PATH"; do sleep 0.5; done
done
LB_PORT=$PORT R1_PORT=$((PORT + 1)) R2_PORT=$((PORT + 2)) STATS_PORT=$((PORT + 9)) HEALTH_PATH=$HEALTH_PATH \
    haproxy -f src/scale/haproxy.cfg -db > "$WORK/haproxy.log" 2>&1 &
pids+=($!)
# Both replicas UP in HAProxy's eyes (its health checks) before the clients start.
until [ "$(curl -sf "http://127.0.0.1:$((PORT + 9))/;csv" | grep -c '^replicas,r[12],.*,UP,')" = 2 ]; do sleep 0.2; done

# The requests: each document's graph queried (SPARQL, GET: idempotent), its URI dereferenced, the VoID.
python3 - "$WORK/release/current/documents.tsv" > "$WORK/requests.txt" <<'PY'
import sys, urllib.parse
graphs = [l.split('\t')[2] for l in open(sys.argv[1]).read().splitlines()[1:] if '\tpublished\t' in l]
for g in graphs[:2000]:
    q = 'SELECT ?s ?p ?o WHERE { GRAPH <%s> { ?s ?p ?o } } LIMIT 100' % g
    print('/sparql?query=' + urllib.parse.quote(q))
    print('/sparql?query=' + urllib.parse.quote('SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s a ?c } }' % g))
    print('/id/document/' + g.rsplit('/', 1)[1])
print('/.well-known/void')
PY

say "$CLIENTS clients for $SECONDS_OF_LOAD s; replica 1 killed at $((SECONDS_OF_LOAD / 2)) s"
( sleep $((SECONDS_OF_LOAD / 2)); kill -9 "$replica1"; echo "[$(date +%H:%M:%S)] killed replica 1 (pid $replica1)" >&2 ) &
REQUESTS="$WORK/requests.txt" wrk -t 2 -c "$CLIENTS" -d "${SECONDS_OF_LOAD}s" --timeout 15s -s src/scale/requests.lua \
    "http://127.0.0.1:$PORT" > "$WORK/wrk.log" 2>&1
wait_kill=$(cat "$WORK/wrk.log" | sed -n 's/^RESULT //p')
read -r requests failed rps p50 p99 <<< "$wait_kill"
say "wrk: $requests requests, $failed failed, $rps req/s, p50 $p50 ms, p99 $p99 ms"
cleanup; pids=()

say "same graphs as the single-machine pipeline? ($COMPARE)"
if [ "$COMPARE" = none ]; then
    same="same-graphs=not-checked"
elif [ "$COMPARE" = publish ]; then
    if [ "$REUSE" != 1 ] || [ ! -e "$WORK/publish/current" ]; then
        rm -rf "$WORK/publish"
        java -Xmx8g -jar "$JAR" publish --out "$WORK/publish" "$WORK/corpus" > "$WORK/publish.log" 2>&1
    fi
    same=$(java -cp "$SPARK_JAR" org.policylod.spark.SameGraphs "$WORK/job" --dump "$WORK/publish/current/dumps/policy-lod.nq" \
        --release "$WORK/release" || true)
else
    same=$(java -Xmx3g -cp "$SPARK_JAR" org.policylod.spark.SameGraphs "$WORK/job" --corpus "$WORK/corpus" --release "$WORK/release" || true)
fi
say "$same"

echo "load: $(uptime)" >&2
echo "documents=$docs documents/s=$dps quads=$quads load-quads/s=$qps replicas=2 requests=$requests failed=$failed same-graphs=$(echo "$same" | sed -n 's/same-graphs=\([a-z]*\).*/\1/p')"
