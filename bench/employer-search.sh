#!/usr/bin/env bash
# Employer search benchmark (docs/benchmarks.md): starts the application on generated data (run
# bench/generate-province.sh first), issues an API token for the demo admin through the console
# (log in with the password from <data>/demo-credentials.txt, then POST /account/tokens with the
# CSRF token, as a person would), then in the same run:
#   1. HTTP: wrk -t2 -c32 -d30s against GET /api/v1/employers?region=…&industry=…&sort=name&page=…&size=20
#   2. SQL:  pgbench -n -c 32 -j 2 -T 30 -M prepared with the two statements the service runs per request
# and prints both with the HTTP/SQL ratios.
#
# Environment: DATA (target/bench-data), JAR, PORT (18080), WARMUP (60s), DURATION (30s), CONNECTIONS (32),
# APP_ARGS (extra application arguments, e.g. --ohs.registry.count-cache-ttl=0 to count on every request).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-60s}
CONNECTIONS=${CONNECTIONS:-32}
BASE="http://127.0.0.1:$PORT"
JAR_LOG=target/bench-search-app.log
COOKIES=$(mktemp)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
command -v pgbench >/dev/null || { echo "pgbench is missing: apt-get install -y postgresql-contrib"; exit 1; }
[ -d "$DATA/postgres" ] || { echo "No data in $DATA: run bench/generate-province.sh first"; exit 1; }

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" ${APP_ARGS:-} > "$JAR_LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -f "$COOKIES"' EXIT
for _ in $(seq 1 180); do
	curl -fs -o /dev/null "$BASE/login" && break
	sleep 1
done
curl -fs -o /dev/null "$BASE/login" || { echo "The application did not start; see $JAR_LOG"; exit 1; }
grep -m1 "Register:" "$JAR_LOG" || true

# Steady state: a bulk load leaves the visibility map unset until (auto)vacuum has run, which makes
# every index-only scan visit the table; a live register has been vacuumed long since.
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
psql -q -h 127.0.0.1 -p "$PGPORT" -U postgres -c "vacuum (analyze) registry.employer" postgres

csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
PASSWORD=$(awk -F'\t' '$1 == "admin" {print $2}' "$DATA/demo-credentials.txt")
TOKEN_CSRF=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=admin" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN_CSRF" "$BASE/login"
FORM_CSRF=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/account/tokens" | csrf)
PAGE=$(curl -fs -L -c "$COOKIES" -b "$COOKIES" --data-urlencode "name=bench $(date +%s)" --data-urlencode "daysValid=1" \
	--data-urlencode "permissions=registry:employer:read" --data-urlencode "_csrf=$FORM_CSRF" "$BASE/account/tokens")
TOKEN=$(echo "$PAGE" | tr -d '\n' | sed -n 's/.*id="issued-secret"[^>]*>\([^<]*\)<.*/\1/p' | tr -d ' ')
[ -n "$TOKEN" ] || { echo "No API token issued (see the page in target/bench-token-page.html)"; echo "$PAGE" > target/bench-token-page.html; exit 1; }
export TOKEN

URL="$BASE/api/v1/employers?region=3301&industry=33&sort=name&page=1&size=20"
STATUS=$(curl -s -o target/bench-sample.json -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$URL")
echo "== sample: HTTP $STATUS, $(wc -c < target/bench-sample.json) bytes: $(head -c 300 target/bench-sample.json)"
[ "$STATUS" = 200 ] || exit 1

# CPU seconds (user + system) so far of the application's JVM, of all PostgreSQL processes, and of the
# whole machine (from /proc/stat), to show where a request's time goes.
cpu_split() {
	local tck; tck=$(getconf CLK_TCK)
	local jvm; jvm=$(awk '{print $14 + $15}' "/proc/$APP/stat")
	local pg=0
	for pid in $(pgrep -f 'postgres' || true); do
		[ -r "/proc/$pid/stat" ] && pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
	done
	local all; all=$(awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat)
	echo "$jvm $pg $all $tck"
}

echo "== warm-up ($WARMUP, not counted: until the JIT compilers have done most of their work)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/employer-search.lua "$BASE" > /dev/null
echo "== HTTP: wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s bench/employer-search.lua"
CPU_BEFORE=$(cpu_split)
WRK=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/employer-search.lua "$BASE")
CPU_AFTER=$(cpu_split)
echo "$WRK"
HTTP=$(echo "$WRK" | grep '^RESULT')
read -r J0 P0 A0 TCK <<< "$CPU_BEFORE"
read -r J1 P1 A1 _ <<< "$CPU_AFTER"
REQUESTS=$(echo "$HTTP" | sed 's/.*requests=\([0-9]*\).*/\1/')
CPU=$(awk -v j=$((J1 - J0)) -v p=$((P1 - P0)) -v a=$((A1 - A0)) -v t="$TCK" -v n="$REQUESTS" 'BEGIN {
	printf "RESULT cpu during HTTP: jvm=%.1fs postgres=%.1fs other(wrk, os)=%.1fs; per request jvm=%.2fms postgres=%.2fms",
		j / t, p / t, (a - j - p) / t, 1000 * j / t / n, 1000 * p / t / n }')
echo "$CPU"

echo "== SQL: pgbench -n -M prepared -c $CONNECTIONS -j 2 -T ${DURATION%s} -f bench/employer-search.sql (port $PGPORT)"
PGOUT=$(pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -M prepared -c "$CONNECTIONS" -j 2 -T "${DURATION%s}" \
	-f bench/employer-search.sql --log --log-prefix=target/pgbench postgres 2>&1)
echo "$PGOUT"
SQL_TPS=$(echo "$PGOUT" | awk -F'= ' '/^tps/ {print $2}' | awk '{print $1}' | head -1)
# Per-transaction latencies from the pgbench log (column 3, microseconds): percentiles.
SQL_P=$(cat target/pgbench.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "%.2f %.2f %.2f", a[int(NR*0.5)]/1000, a[int(NR*0.95)]/1000, a[int(NR*0.99)]/1000}')
rm -f target/pgbench.*
read -r SQL_P50 SQL_P95 SQL_P99 <<< "$SQL_P"

echo "== summary"
echo "$HTTP"
echo "$CPU"
echo "RESULT sql tps=$SQL_TPS p50_ms=$SQL_P50 p95_ms=$SQL_P95 p99_ms=$SQL_P99"
HTTP_RPS=$(echo "$HTTP" | sed 's/.* rps=\([0-9.]*\).*/\1/')
HTTP_P95=$(echo "$HTTP" | sed 's/.* p95_ms=\([0-9.]*\).*/\1/')
awk -v hr="$HTTP_RPS" -v st="$SQL_TPS" -v hp="$HTTP_P95" -v sp="$SQL_P95" 'BEGIN {
	printf "RESULT ratio http/sql throughput=%.2f p95_latency=%.2f\n", hr / st, hp / sp
	printf "TARGET p95<=50ms: %s, >=1000 req/s: %s\n", (hp <= 50 ? "met" : "NOT met"), (hr >= 1000 ? "met" : "NOT met")
	printf "TARGET margin (issue 20 item 8) p95<=40ms at >=1000 req/s: %s\n", (hp <= 40 && hr >= 1000 ? "met" : "NOT met") }'
HTTP_ERRORS=$(echo "$HTTP" | sed 's/.*errors(non-2xx)=\([0-9]*\).*/\1/')
[ "$HTTP_ERRORS" = 0 ] || { echo "FAILED: $HTTP_ERRORS requests were not answered 2xx"; exit 1; }
