#!/usr/bin/env bash
# publish of a generated corpus, by the gate as it was (BEFORE, default main at 2012aed, Jena's plain
# SHACL validation per focus node) and by this tree: the release must be the same, byte for byte in
# every dump, the same version, the same documents held back. Usage: src/bench/same-dump.sh [N] [SEED]
# (N generated documents, default 300, by org.policylod.bench.Corpus). Prints one line: SAME or DIFFERENT.
set -euo pipefail
N=${1:-300}
SEED=${2:-1}
BEFORE=${BEFORE:-2012aed}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-$ROOT/target/same-dump}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1764806400}
cd "$ROOT"
say() { echo "[$(date +%H:%M:%S)] $*" >&2; }

rm -rf "$WORK" && mkdir -p "$WORK/before-src"
say "build this tree, and $BEFORE from git archive"
mvn -B -o -q package test-compile -DskipTests
git archive "$BEFORE" | tar -x -C "$WORK/before-src"
(cd "$WORK/before-src" && mvn -B -o -q package -DskipTests)
cp target/policy-lod.jar "$WORK/after.jar"
cp "$WORK/before-src/target/policy-lod.jar" "$WORK/before.jar"

say "generate $N documents (seed $SEED); load: $(uptime)"
java -cp "target/test-classes:$WORK/after.jar" org.policylod.bench.Corpus "$WORK/corpus" "$N" "$SEED" >&2

for side in before after; do
    say "publish with the $side gate"
    start=$(date +%s.%N)
    rc=0
    java -jar "$WORK/$side.jar" publish --no-progress --out "$WORK/$side" "$WORK/corpus" > "$WORK/$side.log" 2>&1 || rc=$?
    # 0: published; 4: published with some documents held back; anything else is a failed run.
    if [ "$rc" != 0 ] && [ "$rc" != 4 ]; then tail -20 "$WORK/$side.log" >&2; exit 1; fi
    say "$side: exit $rc in $(echo "$(date +%s.%N) - $start" | bc) s"
done

differ=0
# Every dump (csv/ and SHA256SUMS too), byte for byte; the release record and its report.
diff -r -q "$WORK/before/current/dumps" "$WORK/after/current/dumps" >&2 || differ=1
for f in release.properties validation-report.ttl; do
    cmp -s "$WORK/before/current/$f" "$WORK/after/current/$f" || { echo "differs: $f" >&2; differ=1; }
done
[ "$(readlink "$WORK/before/current")" = "$(readlink "$WORK/after/current")" ] || { echo "differs: version" >&2; differ=1; }
# The held-back folders, when documents were held back.
if [ -e "$WORK/before/held-back" ] || [ -e "$WORK/after/held-back" ]; then
    diff -r -q "$WORK/before/held-back" "$WORK/after/held-back" >&2 || differ=1
fi
echo "$N documents: $( [ $differ = 0 ] && echo SAME || echo DIFFERENT ) release $(readlink "$WORK/after/current"), dumps, report, held-back; load: $(uptime | sed 's/.*load/load/')"
[ $differ = 0 ]
