#!/usr/bin/env bash
# Severity recomputation benchmark (docs/benchmarks.md): on a generated register, the start-up run
# that derives every employer against the directory in force, twice:
#   1. as generated (nothing to change: read, derive, compare only);
#   2. after staging the classes the provisional division table gave (industry-severity-2021-provisional.csv,
#      by division; other divisions unknown) and forgetting the runs, as an existing installation meets the
#      official table: every employer's basis is rewritten and each class change is listed.
# Prints the run's own log line (employers, changes, milliseconds) and the list's old → new totals.
#
#   DATA=target/bench-data bench/severity-recompute.sh     # after bench/generate-province.sh
#
# Environment: DATA (target/bench-data), JAR (target/ohs-online.jar), PORT (18081).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18081}
LOG=target/bench-severity.log
[ -d "$DATA/postgres" ] || { echo "No data in $DATA: run bench/generate-province.sh first"; exit 1; }
mkdir -p target

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"

start_app() {
	: > "$LOG"
	java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" > "$LOG" 2>&1 &
	APP=$!
	for _ in $(seq 1 600); do
		# The runners follow "Started": the severity check (order 30), then the testing clocks (40).
		grep -q "Testing validity clocks synchronised at start-up" "$LOG" && break
		kill -0 "$APP" 2>/dev/null || { echo "The application stopped; see $LOG"; exit 1; }
		sleep 1
	done
	PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
}

stop_app() {
	kill "$APP" 2>/dev/null || true
	wait "$APP" 2>/dev/null || true
}
trap stop_app EXIT

sql() { psql -q -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "$1"; }

echo "== 1. start-up run on the register as generated"
start_app
grep -m1 "Severity recomputation" "$LOG" | sed 's/.*SeverityRecomputation *: //' || echo "(no run: the register was already derived from this version)"

echo "== staging: classes of the provisional division table, runs forgotten"
VALUES=$(tail -n +2 src/main/resources/reference/industry-severity-2021-provisional.csv | cut -d, -f1,5 \
	| awk -F, '{printf "%s(%s,%s)", (NR > 1 ? "," : ""), "'"'"'" $1 "'"'"'", "'"'"'" $2 "'"'"'"}')
sql "update registry.employer e set severity = p.severity, severity_questions = '{}',
     severity_basis = e.industry_code || ' → ' || e.industry_division || ' ' || coalesce(p.severity, 'not in the directory')
         || ' [2021 (provisional), unverified]'
     from registry.employer x left join (values $VALUES) p(division, severity) on p.division = x.industry_division
     where x.id = e.id"
sql "delete from registry.severity_change; delete from registry.severity_run;"
sql "vacuum (analyze) registry.employer"
echo "employers: $(sql 'select count(*) from registry.employer')"
stop_app

echo "== 2. start-up run against the official table after the provisional one"
start_app
grep -m1 "Severity recomputation" "$LOG" | sed 's/.*SeverityRecomputation *: //'
grep -m1 "Testing validity clocks" "$LOG" | sed 's/.*ValidityClock[A-Za-z]* *: //' || true
echo "== the run's list, old → new"
sql "select coalesce(old_severity, '—') || ' → ' || coalesce(new_severity, '—') || ': ' || count(*)
     from registry.severity_change group by 1 order by 1"
echo "== pending an answer: $(sql "select count(*) from registry.employer where severity_questions <> '{}'")"
