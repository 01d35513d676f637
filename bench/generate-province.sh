#!/usr/bin/env bash
# Synthetic generation benchmark (docs/benchmarks.md): from an empty data directory, generate one
# scale with the jar's --generate-synthetic command and report elapsed time, rows/s, the database
# size (pg_database_size) and the size of each register table, as printed by the command itself.
#
#   bench/generate-province.sh                 # province: ≈300,000 employers, ≈10,000,000 workers
#   SCALE=city bench/generate-province.sh      # city: ≈30,000 employers, ≈1,000,000 workers
#
# Environment: SCALE (province), SEED (7), DATA (target/bench-data, deleted first), JAR.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=${SCALE:-province}
SEED=${SEED:-7}
DATA=${DATA:-target/bench-data}
JAR=${JAR:-target/ohs-online.jar}
LOG=target/bench-generate-$SCALE.log

[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests

echo "== machine"
echo "date:  $(date -Iseconds)"
echo "nproc: $(nproc)"
echo "cpu:   $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
echo "ram:   $(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
echo "load:  $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, before the run)"

rm -rf "$DATA"
mkdir -p "$(dirname "$LOG")"
echo "== generate: scale $SCALE, seed $SEED, data directory $DATA"
start=$(date +%s)
java ${JAVA_OPTS:-} -jar "$JAR" --generate-synthetic --scale="$SCALE" --seed="$SEED" \
	--ohs.standalone.data-directory="$DATA" 2>&1 | tee "$LOG" | grep --line-buffered -v -E '^\S+T\S+ +(INFO|WARN|DEBUG)|^\s*$'
end=$(date +%s)
echo "== wall clock including start-up (embedded PostgreSQL, migrations, catalogs): $((end - start)) s"
echo "== data directory on disk: $(du -sh "$DATA/postgres" | cut -f1)"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
