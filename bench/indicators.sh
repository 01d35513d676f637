#!/usr/bin/env bash
# Indicators dashboard benchmark (docs/benchmarks.md, docs/indicators.md), issue 17: on a data directory (DATA; the
# standalone demo's by default, or a province from bench/generate-province.sh), starts the application, logs in as
# the demo provincial supervisor and, in the same run:
#   1. the director's page GET /indicators?region=33 (every indicator of the province against its targets, the
#      ranking of the cities, the trend) with wrk and the session's cookie: one client alone (ONE_CLIENT, 15 s), then
#      CLIENTS connections for DURATION, the page alone; then the page and the fragment it loads with htmx
#      (GET /indicators/related: the risk and enforcement tables) in turn, as browsers ask for them: p50/p95/p99;
#   2. CLIENTS concurrent pgbench clients each run bench/indicators-naive.sql NAIVE_REQUESTS times: the naive GROUP BY
#      over the base tables (registry, declaration, surveillance) for only two of the indicators: p50/p95/p99, and the
#      ratio of its p95 to the page's;
#   3. (REBUILD=1, the default) POST /indicators/rebuild as the administrator: the rebuild of every read model, timed.
# On a data directory whose read model is empty (a province from bench/generate-province.sh, never started with the
# demo), the rebuild runs FIRST (timed the same way), so the dashboard reads a filled read model.
# Environment: DATA (data), JAR (target/ohs-online.jar), PORT (18097), CLIENTS (32), DURATION (30s), WARMUP (20s),
#   SETTLE (seconds to wait after the start before measuring: 0; at province scale 100, for the start-up's work),
#   NAIVE_REQUESTS (20; at province scale 1: each naive query reads every current employment),
#   REBUILD (1), DEMO (1: start with the demo seeding and wait for it, as for the standalone demo; 0:
#   --ohs.demo.enabled=false and wait for the start only — for an existing province, e.g.
#   source bench/quiet-env.sh; JAVA_OPTS="$JAVA_OPTS -Xmx8g" DATA=/work/bench-data DEMO=0 SETTLE=100 NAIVE_REQUESTS=1 REBUILD=0 bench/indicators.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18097}
CLIENTS=${CLIENTS:-32}
DEMO=${DEMO:-1}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-20s}
SETTLE=${SETTLE:-0}
NAIVE_REQUESTS=${NAIVE_REQUESTS:-20}
REBUILD=${REBUILD:-1}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-indicators-app.log
WORK=$(mktemp -d)
mkdir -p target

[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
if [ "$DEMO" = 0 ]; then READY="Started OhsOnlineApplication"; DEMO_ARG=--ohs.demo.enabled=false
else READY="Demo data complete"; DEMO_ARG=; fi
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" $DEMO_ARG > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 7200); do
	grep -q "$READY" "$LOG" && curl -fs -o /dev/null "$BASE/login" && break
	kill -0 $APP 2>/dev/null || { echo "The application stopped; see $LOG"; exit 1; }
	sleep 1
done

csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
login() {
	local user=$1 cookies=$2 password token
	password=$(awk -F'\t' -v u="$user" '$1 == u {print $2}' "$DATA/demo-credentials.txt")
	token=$(curl -fs -c "$cookies" -b "$cookies" "$BASE/login" | csrf)
	curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=$user" \
		--data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$BASE/login"
}
login province "$WORK/province"
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL="psql -qtA -h 127.0.0.1 -p $PGPORT -U postgres postgres"
echo "== data: $($PSQL -c 'select count(*) from registry.employer') employers, $($PSQL -c 'select count(*) from registry.employment where left_on is null') current employments, $($PSQL -c 'select count(*) from indicators.membership') membership rows"

stats() {
	sort -n "$1" | awk -v name="$2" '{ v[NR] = $1 } END { if (NR == 0) { print name ": nothing measured"; exit }
		printf "%s: %d, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n", name, NR,
		v[int(NR*0.50 + 0.999)], v[int(NR*0.95 + 0.999)], v[int(NR*0.99 + 0.999)], v[NR] }'
}

rebuild() {
	local token start
	[ -f "$WORK/admin" ] || login admin "$WORK/admin"
	token=$(curl -fs -b "$WORK/admin" "$BASE/indicators/rebuild" | csrf)
	start=$(date +%s.%N)
	curl -fs -o /dev/null -b "$WORK/admin" --data-urlencode "_csrf=$token" "$BASE/indicators/rebuild"
	echo "== rebuild of every read model$1: $(echo "$(date +%s.%N) - $start" | bc) s; $($PSQL -c "select employers || ' employers, ' || rows_written || ' rows, ' || differences || ' differences' from indicators.rebuild_run order by id desc limit 1"); load $(cut -d' ' -f1-3 /proc/loadavg)"
}
if [ "$($PSQL -c 'select count(*) from indicators.membership')" = 0 ]; then
	rebuild " (first: the read model was empty)"
fi

# The session as a Cookie header for wrk; the page must come back whole (a redirect to the login page would count).
export COOKIE=$(awk -F'\t' 'NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$WORK/province")
STATUS=$(curl -s -o "$WORK/sample" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/indicators?region=33")
ROWS=$(grep -c 'data-testid="figure-row"' "$WORK/sample" || true)
echo "== sample page: HTTP $STATUS, $(wc -c < "$WORK/sample") bytes, $ROWS indicator rows"
[ "$STATUS" = 200 ] && [ "$ROWS" -gt 0 ] || { echo "FAILED: the session does not get the dashboard"; exit 1; }
[ "$SETTLE" = 0 ] || { echo "== settling ${SETTLE} s (start-up work), load $(cut -d' ' -f1-3 /proc/loadavg)"; sleep "$SETTLE"; }

echo "== warm-up ($WARMUP, not counted), load $(cut -d' ' -f1-3 /proc/loadavg)"
wrk -t2 -c"$CLIENTS" -d"$WARMUP" -s bench/indicators-page.lua "$BASE" > /dev/null
PAGE="/indicators?region=33"
echo "== one client, the page alone (15 s)"
PATHS="$PAGE" wrk -t1 -c1 -d15s -s bench/indicators-page.lua "$BASE" | grep '^RESULT' | sed 's/^RESULT/RESULT one-client page/'
echo "== $CLIENTS clients, the page alone ($DURATION), load $(cut -d' ' -f1-3 /proc/loadavg)"
PAGE_RESULT=$(PATHS="$PAGE" wrk -t2 -c"$CLIENTS" -d"$DURATION" -s bench/indicators-page.lua "$BASE" | grep '^RESULT' | sed 's/^RESULT/RESULT page/')
echo "$PAGE_RESULT"
echo "== $CLIENTS clients, the page and its fragment in turn ($DURATION)"
PATHS="$PAGE,/indicators/related?region=33" wrk -t2 -c"$CLIENTS" -d"$DURATION" -s bench/indicators-page.lua "$BASE" \
	| grep '^RESULT' | sed 's/^RESULT/RESULT page+fragment/'

(cd "$WORK" && PGPASSWORD= pgbench -n -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$CLIENTS" -j 2 -t "$NAIVE_REQUESTS" -l \
	-f "$OLDPWD/bench/indicators-naive.sql" postgres > pgbench.out 2>&1) || { cat "$WORK/pgbench.out"; exit 1; }
cat "$WORK"/pgbench_log.* | awk '{print $3 / 1000}' > "$WORK/naive-ms"
echo "== naive GROUP BY over the base tables (bench/indicators-naive.sql, two indicators only), $CLIENTS clients × $NAIVE_REQUESTS:"
stats "$WORK/naive-ms" "  query"
page95=$(echo "$PAGE_RESULT" | sed 's/.* p95_ms=\([0-9.]*\).*/\1/')
naive95=$(sort -n "$WORK/naive-ms" | awk '{v[NR]=$1} END {print v[int(NR*0.95 + 0.999)]}')
echo "RESULT p95 naive query / p95 dashboard page: $(echo "scale=1; $naive95 / $page95" | bc)×"
awk -v p="$page95" -v n="$naive95" 'BEGIN { printf "TARGET page p95 <= 200 ms: %s, >= 10x faster than the naive GROUP BY: %s\n",
	(p <= 200 ? "met" : "NOT met"), (n / p >= 10 ? "met" : "NOT met") }'

[ "$REBUILD" = 0 ] || rebuild ""
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
