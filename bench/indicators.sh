#!/usr/bin/env bash
# Indicators dashboard benchmark (docs/benchmarks.md, docs/indicators.md), issue 17: on a data directory (DATA; the
# standalone demo's by default, or a province from bench/generate-province.sh), starts the application, logs in as
# the demo provincial supervisor and, in the same run:
#   1. CLIENTS concurrent clients each GET /indicators?region=33 (the director's page: every indicator of the
#      province against its targets, the ranking of the cities, the trend, the risk and enforcement tables) REQUESTS
#      times: p50/p95/p99 of the whole page;
#   2. CLIENTS concurrent pgbench clients each run bench/indicators-naive.sql REQUESTS times: the naive GROUP BY over
#      the base tables (registry, declaration, surveillance) for only two of the indicators: p50/p95/p99 of the query;
#   3. POST /indicators/rebuild as the administrator: the rebuild of every read model, timed.
# On a data directory whose read model is empty (a province from bench/generate-province.sh, never started with the
# demo), the rebuild runs FIRST (timed the same way), so the dashboard reads a filled read model.
# Environment: DATA (data), JAR (target/ohs-online.jar), PORT (18097), CLIENTS (32), REQUESTS (20),
#   DEMO (1: start with the demo seeding and wait for it, as for the standalone demo; 0: --ohs.demo.enabled=false and
#   wait for the start only — for an existing province, e.g. DATA=/work/bench-data DEMO=0 bench/indicators.sh),
#   JAVA_OPTS (e.g. -Xmx8g for a province).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18097}
CLIENTS=${CLIENTS:-32}
DEMO=${DEMO:-1}
REQUESTS=${REQUESTS:-20}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-indicators-app.log
WORK=$(mktemp -d)
mkdir -p target

[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests

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

curl -fs -o /dev/null -b "$WORK/province" "$BASE/indicators?region=33"   # warm-up
# Each client does what a browser does: the page, then (when the page asks for it with htmx) the fragment with the
# risk and enforcement tables; both timed, reported apart.
client() {
	for _ in $(seq 1 "$REQUESTS"); do
		curl -s -o "$WORK/body.$$" -b "$WORK/province" -w 'page %{http_code} %{time_total}\n' "$BASE/indicators?region=33"
		if grep -q 'hx-get="[^"]*/indicators/related' "$WORK/body.$$"; then
			curl -s -o /dev/null -b "$WORK/province" -w 'related %{http_code} %{time_total}\n' \
				"$BASE/indicators/related?region=33"
		fi
	done
	rm -f "$WORK/body.$$"
}
export -f client
export WORK REQUESTS BASE
start=$(date +%s.%N)
seq 1 "$CLIENTS" | xargs -P "$CLIENTS" -I{} bash -c client > "$WORK/page"
echo "== dashboard GET /indicators?region=33, $CLIENTS clients × $REQUESTS requests in $(echo "$(date +%s.%N) - $start" | bc) s; answers other than 200: $(awk '$2 != 200' "$WORK/page" | wc -l)"
awk '$1 == "page" && $2 == 200 {print $3 * 1000}' "$WORK/page" > "$WORK/page-ms"
awk '$1 == "related" && $2 == 200 {print $3 * 1000}' "$WORK/page" > "$WORK/related-ms"
stats "$WORK/page-ms" "  page"
[ -s "$WORK/related-ms" ] && stats "$WORK/related-ms" "  its fragment GET /indicators/related (risk and enforcement tables, loaded after the page)"

(cd "$WORK" && PGPASSWORD= pgbench -n -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$CLIENTS" -j 2 -t "$REQUESTS" -l \
	-f "$OLDPWD/bench/indicators-naive.sql" postgres > pgbench.out 2>&1) || { cat "$WORK/pgbench.out"; exit 1; }
cat "$WORK"/pgbench_log.* | awk '{print $3 / 1000}' > "$WORK/naive-ms"
echo "== naive GROUP BY over the base tables (bench/indicators-naive.sql, two indicators only), $CLIENTS clients × $REQUESTS:"
stats "$WORK/naive-ms" "  query"
page95=$(sort -n "$WORK/page-ms" | awk '{v[NR]=$1} END {print v[int(NR*0.95 + 0.999)]}')
naive95=$(sort -n "$WORK/naive-ms" | awk '{v[NR]=$1} END {print v[int(NR*0.95 + 0.999)]}')
echo "== p95 naive query / p95 dashboard page: $(echo "scale=2; $naive95 / $page95" | bc)×"

rebuild ""
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
