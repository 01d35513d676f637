#!/usr/bin/env bash
# Monitoring ingestion benchmark (docs/benchmarks.md, "Monitoring ingestion"). In one run:
#   1. starts the application on a fresh standalone data directory, waits for its demo data to be complete,
#      and registers DEVICES benzene
#      devices and ALERT_DEVICES H2S devices with known tokens (rows written with psql: the
#      benchmark measures ingestion, not registration);
#   2. HTTP: wrk -t2 -c$CONNECTIONS for $DURATION posting batches of $BATCH readings
#      (bench/monitoring-ingest.lua) with exposure evaluation and persistence, while a second wrk
#      (one connection) sends readings that each raise a ceiling alert
#      (bench/monitoring-alert.lua); readings/s = rows stored / duration;
#   3. SQL: COPY of the same number of rows (same devices, other timestamps) into the same table;
#   4. prints readings/s, COPY rows/s, their ratio and the receipt→alert latency p50/p99.
# Environment: JAR, DATA (target/bench-monitoring, deleted first), PORT (18081), WARMUP (60s), DURATION (30s),
# CONNECTIONS (8), BATCH (1000), DEVICES (200), ALERT_DEVICES (5000), SOAK_MINUTES (unset: the
# 30-second comparison; set, e.g. 10: the soak described below instead).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/ohs-online.jar}
DATA=${DATA:-target/bench-monitoring}
PORT=${PORT:-18081}
WARMUP=${WARMUP:-60s}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
export BATCH=${BATCH:-1000}
export DEVICES=${DEVICES:-200}
ALERT_DEVICES=${ALERT_DEVICES:-5000}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-monitoring-app.log

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
rm -rf "$DATA"
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" \
	--ohs.demo.synthetic-scale=tiny > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do
	grep -q "Started OhsOnlineApplication" "$LOG" 2>/dev/null && break
	sleep 1
done
curl -fs -o /dev/null "$BASE/login" || { echo "The application did not start; see $LOG"; exit 1; }
# The demo data (tiny register, exams with their PDF reports, indicators) is made in the background after
# start-up and takes a minute or more: measured alongside it, ingestion shared the two cores with report
# rendering and synthetic generation (a JFR profile of 2026-12-05 put 45 % of the JVM's samples in the
# measured 30 s there). The benchmark measures ingestion, so it waits for the demo data first.
for _ in $(seq 1 600); do
	grep -q "Demo data complete" "$LOG" 2>/dev/null && break
	sleep 1
done
grep -q "Demo data complete" "$LOG" || { echo "The demo data did not complete within 10 minutes; see $LOG"; exit 1; }
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL="psql -q -X -h 127.0.0.1 -p $PGPORT -U postgres -v ON_ERROR_STOP=1 postgres"

# Devices with tokens dev_bench_<n> / dev_alert_<n> (stored, as always, as SHA-256 hashes).
$PSQL <<SQL
insert into monitoring.device (code, name, employer_id, employer_credit_code, employer_name, region_code, site_id,
  post_id, post_name, hazard_code, hazard_name, unit, sampling_seconds, range_min, range_max, calibration_due, status,
  token_hash, token_hint, token_issued_at, created_at, updated_at)
select 'BENCH-' || n, 'bench', 1, '913301050000000000', 'bench', '330105001', 1, 1, 'bench', '2013', '苯', 'mg/m³', 1,
  0, 1000, current_date + 365, 'ACTIVE', encode(sha256(('dev_bench_' || n)::bytea), 'hex'), 'dev_', now(), now(), now()
from generate_series(1, $DEVICES) n;
insert into monitoring.device (code, name, employer_id, employer_credit_code, employer_name, region_code, site_id,
  post_id, post_name, hazard_code, hazard_name, unit, sampling_seconds, range_min, range_max, calibration_due, status,
  token_hash, token_hint, token_issued_at, created_at, updated_at)
select 'ALERT-' || n, 'bench', 1, '913301050000000000', 'bench', '330105001', 1, 2, 'bench', '2184', '硫化氢', 'mg/m³', 1,
  0, 1000, current_date + 365, 'ACTIVE', encode(sha256(('dev_alert_' || n)::bytea), 'hex'), 'dev_', now(), now(), now()
from generate_series(1, $ALERT_DEVICES) n;
SQL
export BASE_MS=$(( ($(date +%s) - 2 * 86400) * 1000 ))
SAMPLE=$(curl -s -w ' HTTP %{http_code}' -H 'Authorization: Bearer dev_bench_1' -H 'Content-Type: application/json' \
	--data "{\"unit\":\"mg/m³\",\"readings\":[{\"t\":$(( BASE_MS - 3600000 )),\"v\":1}]}" "$BASE/api/v1/monitoring/readings")
echo "== sample: $SAMPLE"
# Warm-up as in bench/employer-search.sh: until the JIT compilers have done most of their work (with 10 s
# they still took 7-10 % of the CPU during the measured 30 s). It writes two days before the measured
# readings (60 s cover well under a day of each device's measurement time), so neither overlaps.
# The COPY baseline below is measured as before, without a warm-up of its own.
echo "== warm-up ($WARMUP, not counted: until the JIT compilers have done most of their work)"
BASE_MS=$(( BASE_MS - 2 * 86400000 )) wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/monitoring-ingest.lua "$BASE" > /dev/null
$PSQL -c "delete from monitoring.alert; delete from monitoring.device_state" -c "vacuum analyze monitoring.reading_minute"
BEFORE=$($PSQL -At -c "select count(*) from monitoring.reading")

if [ -n "${SOAK_MINUTES:-}" ]; then
	# Soak: SOAK_MINUTES one-minute slices of the same load, each on fresh measurement time (a slice
	# covers about 7 h of readings per device), with the alert probe alongside; after each slice the
	# stored readings/s, the batch latency p99, the receipt→alert p99 of the slice, the JVM's resident
	# memory and its old generation after a full GC (jcmd GC.run, then jstat): the live set. Flat columns mean no leak and no slowdown
	# as the tables grow. No COPY comparison in this mode.
	[ "$ALERT_DEVICES" -ge $(( SOAK_MINUTES * 2000 )) ] || { echo "A soak needs ALERT_DEVICES >= SOAK_MINUTES x 2000"; exit 1; }
	echo "== soak: $SOAK_MINUTES x 60 s, batches of $BATCH readings, $DEVICES devices; alert probe alongside"
	printf '%-6s %12s %14s %14s %10s %12s\n' minute readings/s batch_p99_ms alert_p99_ms rss_mb old_gen_mb
	SOAK_BASE=$(( ($(date +%s) - 6 * 86400 - 43200) * 1000 ))
	for minute in $(seq 1 "$SOAK_MINUTES"); do
		SLICE_BASE=$(( SOAK_BASE + (minute - 1) * 8 * 3600000 ))
		BEFORE=$($PSQL -At -c "select count(*) from monitoring.reading")
		SLICE_START=$($PSQL -At -c "select now()")
		BASE_MS=$SLICE_BASE ALERT_OFFSET=$(( (minute - 1) * 2000 )) wrk -t1 -c1 -d60s -s bench/monitoring-alert.lua "$BASE" \
			> /dev/null 2>&1 &
		PROBE=$!
		P99=$(BASE_MS=$SLICE_BASE wrk -t2 -c"$CONNECTIONS" -d60s --latency -s bench/monitoring-ingest.lua "$BASE" \
			| awk '$1 == "99%" {v = $2; if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v = v * 1000}; print v}')
		wait $PROBE || true
		AFTER=$($PSQL -At -c "select count(*) from monitoring.reading")
		ALERT_P99=$($PSQL -At -c "select coalesce(round(percentile_cont(0.99) within group (order by extract(epoch from raised_at - received_at) * 1000)::numeric, 1), 0) from monitoring.alert where received_at >= '$SLICE_START'")
		RSS=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP/status")
		# The live set: old generation after a full collection (one forced GC per minute, outside the slice).
		jcmd "$APP" GC.run > /dev/null
		OLD=$(jstat -gc "$APP" | awk 'NR == 2 {printf "%.0f", $8 / 1024}')
		printf '%-6s %12.0f %14s %14s %10s %12s\n' "$minute" "$(( (AFTER - BEFORE) / 60 ))" "$P99" "$ALERT_P99" "$RSS" "$OLD"
	done
	exit 0
fi

echo "== HTTP: wrk -t2 -c$CONNECTIONS -d$DURATION, batches of $BATCH readings, $DEVICES devices; alert probe alongside"
wrk -t1 -c1 -d"$DURATION" -s bench/monitoring-alert.lua "$BASE" > target/bench-monitoring-alert.txt 2>&1 &
PROBE=$!
START=$(date +%s.%N)
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/monitoring-ingest.lua "$BASE" | tee target/bench-monitoring-wrk.txt
END=$(date +%s.%N)
wait $PROBE || true
AFTER=$($PSQL -At -c "select count(*) from monitoring.reading")
STORED=$(( AFTER - BEFORE ))
HTTP_RATE=$(echo "$STORED / ($END - $START)" | bc -l)
LATENCY=$($PSQL -At -F' ' -c "select count(*), round(percentile_cont(0.5) within group (order by extract(epoch from raised_at - received_at) * 1000)::numeric, 1), round(percentile_cont(0.99) within group (order by extract(epoch from raised_at - received_at) * 1000)::numeric, 1), round(max(extract(epoch from raised_at - received_at) * 1000)::numeric, 1) from monitoring.alert")

echo "== SQL: COPY of $STORED rows into monitoring.reading (same devices, timestamps three days earlier)"
$PSQL -c "copy (select 1 + (g % $DEVICES), to_timestamp($BASE_MS / 1000.0) - interval '3 days' + (g / $DEVICES) * interval '1 second', 1.3, now() from generate_series(0, $STORED - 1) g) to '$PWD/target/bench-monitoring-copy.csv' csv"
COPY_START=$(date +%s.%N)
$PSQL -c "copy monitoring.reading (device_id, measured_at, value, received_at) from '$PWD/target/bench-monitoring-copy.csv' csv"
COPY_END=$(date +%s.%N)
COPY_RATE=$(echo "$STORED / ($COPY_END - $COPY_START)" | bc -l)

echo "== summary"
printf 'RESULT http readings=%d readings_per_s=%.0f\n' "$STORED" "$HTTP_RATE"
printf 'RESULT copy rows=%d rows_per_s=%.0f ratio=%.2f\n' "$STORED" "$COPY_RATE" "$(echo "$HTTP_RATE / $COPY_RATE" | bc -l)"
echo "RESULT alerts count/p50_ms/p99_ms/max_ms: $LATENCY"
