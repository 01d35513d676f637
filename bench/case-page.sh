#!/usr/bin/env bash
# Case page at scale (issue 14, docs/enforcement.md, docs/benchmarks.md): starts the application on its own data
# directory with --case-benchmark, which generates CASES enforcement cases of the demo county (hash-chained steps, 2–6
# each, computed as the platform computes them) and prints their id range (line CASE-BENCH); then logs in as the demo
# county supervisor and times the case page GET /enforcement/cases/{id} — which reads the case and its steps and
# recomputes the whole chain — for SAMPLE random cases, twice each. Target: p95 ≤ 100 ms with 100,000 cases.
#
# Environment: DATA (target/bench-case-data), JAR (target/ohs-online.jar), PORT (18094; management PORT+1), CASES
# (100000), SAMPLE (200),
# APP_ARGS (more application arguments, e.g. --ohs.demo.synthetic-scale=tiny for a quick first start).
# A small run to check the script: CASES=500 SAMPLE=20 APP_ARGS=--ohs.demo.synthetic-scale=tiny bench/case-page.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-case-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18094}
CASES=${CASES:-100000}
SAMPLE=${SAMPLE:-200}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-case-page-app.log
COOKIES=$(mktemp)
mkdir -p target "$DATA"

[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
start=$(date +%s)
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" \
	--management.server.port="$((PORT + 1))" --case-benchmark \
	--case-benchmark-cases="$CASES" ${APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -f "$COOKIES"' EXIT
for _ in $(seq 1 7200); do
	grep -q "CASE-BENCH generated" "$LOG" && curl -fs -o /dev/null "$BASE/login" && break
	kill -0 $APP 2>/dev/null || { echo "The application stopped; see $LOG"; exit 1; }
	sleep 1
done
LINE=$(grep -o 'CASE-BENCH generated.*' "$LOG" | tail -1)
echo "  ${LINE#CASE-BENCH }"
echo "== start-up and generation: $(( $(date +%s) - start )) s"
FIRST_ID=$(echo "$LINE" | sed -n 's/.*benchmark cases \([0-9]*\) … \([0-9]*\).*/\1/p')
LAST_ID=$(echo "$LINE" | sed -n 's/.*benchmark cases \([0-9]*\) … \([0-9]*\).*/\2/p')
[ -n "$FIRST_ID" ] && [ -n "$LAST_ID" ] || { echo "No id range in $LOG"; exit 1; }

csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
PASSWORD=$(awk -F'\t' '$1 == "county" {print $2}' "$DATA/demo-credentials.txt")
TOKEN=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=county" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
FIRST=$(mktemp)
SECOND=$(mktemp)
for _ in $(seq 1 "$SAMPLE"); do
	id=$(( FIRST_ID + (RANDOM * 32768 + RANDOM) % (LAST_ID - FIRST_ID + 1) ))
	curl -s -o /dev/null -b "$COOKIES" -w '%{http_code} %{time_total}\n' "$BASE/enforcement/cases/$id" >> "$FIRST"
	curl -s -o /dev/null -b "$COOKIES" -w '%{http_code} %{time_total}\n' "$BASE/enforcement/cases/$id" >> "$SECOND"
done
stats() {
	awk '$1 == 200 {print $2 * 1000}' "$1" | sort -n | awk -v name="$2" '
		{ v[NR] = $1 } END { if (NR == 0) { print name ": no answer 200"; exit }
		  printf "%s: %d pages, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms\n", name, NR, v[int(NR*0.5)+ (NR*0.5>int(NR*0.5))], v[int(NR*0.95) + (NR*0.95>int(NR*0.95))], v[int(NR*0.99) + (NR*0.99>int(NR*0.99))], v[NR] }'
	echo "   answers other than 200: $(awk '$1 != 200' "$1" | wc -l)"
}
echo "== case page GET /enforcement/cases/{id}, logged in as county (330105), $SAMPLE random benchmark cases:"
stats "$FIRST" "  first view"
stats "$SECOND" "  second view"
rm -f "$FIRST" "$SECOND"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
