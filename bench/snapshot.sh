#!/usr/bin/env bash
# Quarterly snapshot benchmark (docs/benchmarks.md, docs/indicators.md), issue 17 item 4 (target: a quarterly
# snapshot <= 60 s at province scale): on a data directory (DATA; a fresh standalone demo by default, or a province
# from bench/generate-province.sh), starts the application, logs in as the demo administrator and times
#   1. the freeze of the last closed quarter through the console (POST /indicators/snapshots/freeze): every region's
#      figures, scores, ranks and the overdue employers written as a new revision;
#   2. the same freeze again (nothing changed: compared with the latest revision, nothing written);
#   3. the bulletin of the province (POST /indicators/snapshots/{quarter}/bulletin), a signed PDF.
# With SYNTHETIC=N (e.g. 300000), first adds the membership rows of N synthetic employers (every counted indicator,
# numerators at random) spread over the townships of Zhejiang straight into indicators.membership (ids from 900000000;
# removed again at the end), so the freeze reads a province-sized read model; it freezes the quarter before the last
# closed one so both runs can be compared on one data directory.
# Environment: DATA (target/bench-snap-data), JAR (target/ohs-online.jar), PORT (18098), SYNTHETIC (0).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-snap-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18098}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-snapshot-app.log
WORK=$(mktemp -d)
mkdir -p target

[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests

echo "== machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $(uptime), $(date -Iseconds)"
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 3600); do
	grep -q "Demo data complete" "$LOG" && curl -fs -o /dev/null "$BASE/login" && break
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
login admin "$WORK/admin"
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL="psql -qtA -h 127.0.0.1 -p $PGPORT -U postgres postgres"
echo "== data: $($PSQL -c 'select count(*) from registry.employer') employers, $($PSQL -c 'select count(*) from indicators.membership') membership rows, $($PSQL -c "select count(distinct region_code) from indicators.membership") region codes with employers"

SYNTHETIC=${SYNTHETIC:-0}
QUARTER=$(curl -fs -b "$WORK/admin" "$BASE/indicators/snapshots" | grep -o '<option value="[0-9]\{4\}Q[1-4]"' | sed -n "$([ "$SYNTHETIC" -gt 0 ] && echo 2 || echo 1)p" | sed 's/.*"\(.*\)"/\1/')
if [ "$SYNTHETIC" -gt 0 ]; then
	start=$(date +%s.%N)
	$PSQL -c "
		with towns as (select array_agg(code order by code) as a from reference.catalog_entry
		    where version_id = (select max(id) from reference.catalog_version where catalog_code = 'divisions')
		      and length(code) = 9 and code like '33%'),
		     employers as (select g as id, t.a[1 + g % array_length(t.a, 1)] as region
		    from generate_series(900000000, 900000000 + $SYNTHETIC - 1) g cross join towns t),
		     codes as (select unnest(array['DECLARATION_SEVERE','TESTING_SEVERE','EXAMS_SEVERE','LEADER_TRAINING_SEVERE',
		         'DECLARATION_DUST','TESTING_DUST','EXAMS_DUST','WORKER_TRAINING','EXAMS_EXPOSED']) as code)
		insert into indicators.membership (indicator_code, employer_id, region_code, credit_code, employer_name,
		    numerator, denominator, computed_at)
		select c.code, e.id, e.region, 'SYN' || e.id, '合成单位' || e.id,
		    (1 + (e.id + length(c.code)) % 20) - (random() < 0.3)::int, 1 + (e.id + length(c.code)) % 20, now()
		from employers e cross join codes c"
	echo "== synthetic: $SYNTHETIC employers added in $(echo "$(date +%s.%N) - $start" | bc) s; now $($PSQL -c 'select count(*) from indicators.membership') membership rows, $($PSQL -c 'select count(distinct region_code) from indicators.membership') region codes with employers"
	trap '$PSQL -c "delete from indicators.membership where employer_id >= 900000000" >/dev/null 2>&1 || true; kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
fi
freeze() {
	local token start
	token=$(curl -fs -b "$WORK/admin" "$BASE/indicators/snapshots" | csrf)
	start=$(date +%s.%N)
	curl -fs -o /dev/null -b "$WORK/admin" --data-urlencode "_csrf=$token" --data-urlencode "quarter=$QUARTER" \
		"$BASE/indicators/snapshots/freeze"
	echo "$(date +%s.%N) - $start" | bc
}
echo "== freeze $QUARTER (first): $(freeze) s; $($PSQL -c "select 'revision ' || revision || ', ' || regions || ' regions, ' || (select count(*) from indicators.snapshot_figure f where f.snapshot_id = s.id) || ' figures, ' || (select count(*) from indicators.snapshot_overdue o where o.snapshot_id = s.id) || ' overdue rows' from indicators.snapshot s where quarter = '$QUARTER' order by revision desc limit 1")"
echo "== freeze $QUARTER (again, nothing changed): $(freeze) s; revisions of the quarter: $($PSQL -c "select count(*) from indicators.snapshot where quarter = '$QUARTER'")"
TOKEN=$(curl -fs -b "$WORK/admin" "$BASE/indicators/snapshots/$QUARTER" | csrf)
start=$(date +%s.%N)
curl -fs -o "$WORK/bulletin.pdf" -b "$WORK/admin" --data-urlencode "_csrf=$TOKEN" "$BASE/indicators/snapshots/$QUARTER/bulletin"
echo "== bulletin of the province: $(echo "$(date +%s.%N) - $start" | bc) s, $(stat -c %s "$WORK/bulletin.pdf") bytes, $(pdfinfo "$WORK/bulletin.pdf" | awk '/^Pages/ {print $2}') pages"
grep "Indicators quarter\|snapshot" "$LOG" | tail -3 || true
echo "load after: $(uptime)"
