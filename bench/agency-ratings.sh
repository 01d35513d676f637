#!/usr/bin/env bash
# Agency ratings and public directory benchmark (docs/benchmarks.md, docs/agency-rating.md): on the province generated
# by bench/generate-province.sh (or any data directory), starts the application with --agency-benchmark, which prints
# (lines AGENCY-BENCH) the time to re-rate every agency and institution — the daily run's code path, as found and
# again with nothing changing (target: the province ≤ 10 s) — and the in-process directory search for random filters
# (p50/p95/p99); then times the public page GET /verify/agencies over HTTP for SAMPLE random filters (no login;
# target p95 ≤ 50 ms).
# Since the second edition of the rule (decision 0034) the re-rating runs five more queries per organisation (sampled
# report quality, recomputation agreement, any delivery in the window, complaints, penalties — each on an index by
# agency_id). A province made by --generate-synthetic has a year of synthetic service history (deliveries, evaluations,
# complaints, penalties, a reviewed report sample: docs/synthetic-data.md); a data directory generated before that
# gets it from the same command run again. Prints the count of samples, complaints and penalties.
#
# Environment: DATA (target/bench-data), JAR (target/ohs-online.jar), PORT (18094), SEARCHES (500), SAMPLE (200).
# Small scale (what was run here): DATA=target/bench-small after one standalone start of the demo county.
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18094}
SEARCHES=${SEARCHES:-500}
SAMPLE=${SAMPLE:-200}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-agency-app.log
mkdir -p target

[ -d "$DATA/postgres" ] || { echo "No data in $DATA: run bench/generate-province.sh (or start the application once with this data directory) first"; exit 1; }
[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests

echo "== machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
start=$(date +%s)
: > "$LOG"
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" --agency-benchmark \
	--agency-benchmark-searches="$SEARCHES" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 3600); do
	grep -q "AGENCY-BENCH done" "$LOG" && break
	kill -0 $APP 2>/dev/null || { echo "The application stopped; see $LOG"; exit 1; }
	sleep 1
done
grep -o 'AGENCY-BENCH.*' "$LOG" | sed 's/^AGENCY-BENCH /  /' | awk '!seen[$0]++'
echo "== start-up to end of the in-process benchmark: $(( $(date +%s) - start )) s"

PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
echo "== report-quality inputs: $(psql -qtA -h 127.0.0.1 -p "$PGPORT" -U postgres -c "select (select count(*) from agency.quality_sample) || ' samples, ' || (select count(*) from agency.complaint) || ' complaints, ' || (select count(*) from agency.penalty) || ' penalties'" postgres)"
AREAS=$(psql -qtA -h 127.0.0.1 -p "$PGPORT" -U postgres -c "select distinct left(region_code, 4) from agency.agency" postgres)
SERVICES="PERIODIC_TESTING PRE_EVALUATION CONTROL_EFFECT_EVALUATION IN_SERVICE PRE_PLACEMENT"
TIMES=$(mktemp)
for _ in $(seq 1 "$SAMPLE"); do
	area=$(echo "$AREAS" | shuf -n1)
	service=$(echo $SERVICES | tr ' ' '\n' | shuf -n1)
	hazard=$(( (RANDOM % 4) ))
	[ "$hazard" = 0 ] && hazard=""
	curl -s -o /dev/null -w '%{http_code} %{time_total}\n' \
		"$BASE/verify/agencies?area=$area&service=$([ $((RANDOM % 2)) = 0 ] && echo "$service")&hazard=$hazard" >> "$TIMES"
done
awk '$1 == 200 {print $2 * 1000}' "$TIMES" | sort -n | awk -v n="$SAMPLE" '
	{ v[NR] = $1 } END { if (NR == 0) { print "  directory page: no answer 200"; exit }
	  printf "  directory page GET /verify/agencies, %d random filters: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms\n", NR,
	    v[int(NR*0.5) + (NR*0.5>int(NR*0.5))], v[int(NR*0.95) + (NR*0.95>int(NR*0.95))], v[int(NR*0.99) + (NR*0.99>int(NR*0.99))], v[NR] }'
echo "  answers other than 200: $(awk '$1 != 200' "$TIMES" | wc -l)"
rm -f "$TIMES"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
