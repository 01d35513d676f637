#!/usr/bin/env bash
# Mixed load at province scale (issue 20, item 6) — PREPARED, NOT YET RUN: run it on a quiet machine.
# Starts the application on the generated province (bench/generate-province.sh first), registers DEVICES
# benchmark devices (as bench/monitoring-ingest.sh does), issues a province supervisor's API token through the
# console, then runs wrk for DURATION with bench/mixed-load.lua: searches, employer and worker record views,
# workforce lists, alerts, risk classes and monitoring ingestion (weights in the .lua). While it runs it samples,
# every 30 s, the CPU seconds of the JVM and of PostgreSQL and the JVM's resident memory, so that the report
# can split CPU between them and show whether memory stays flat.
#
# Per-operation p95: the platform's own metric http_server_requests_seconds (by route) on the management
# port is read before and after; the script prints the p95 of each route from the Prometheus histogram.
#
# Not yet in the workload (to add before quoting figures for item 6): declarations submitted by employers,
# exam submissions by institutions, testing results by agencies — each needs a token of that role for an
# organisation of the generated province and request bodies valid for it.
#
# Environment: DATA (target/bench-data), JAR, PORT (18080), MGMT_PORT (18089), DURATION (30m), CONNECTIONS (32),
# DEVICES (200), BATCH (100 readings a request; 20,000 readings/s needs rps(ingest) × BATCH ≥ 20,000).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18080}
MGMT_PORT=${MGMT_PORT:-18089}
DURATION=${DURATION:-30m}
CONNECTIONS=${CONNECTIONS:-32}
export DEVICES=${DEVICES:-200}
export BATCH=${BATCH:-100}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-mixed-app.log
SAMPLES=target/bench-mixed-samples.tsv
COOKIES=$(mktemp)

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -d "$DATA/postgres" ] || { echo "No data in $DATA: run bench/generate-province.sh first"; exit 1; }
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" \
	--management.server.port="$MGMT_PORT" ${APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -f "$COOKIES"; [ -n "${SAMPLER:-}" ] && kill $SAMPLER 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -fs -o /dev/null "$BASE/login" && break; sleep 1; done
curl -fs -o /dev/null "$BASE/login" || { echo "The application did not start; see $LOG"; exit 1; }
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL="psql -q -X -h 127.0.0.1 -p $PGPORT -U postgres -v ON_ERROR_STOP=1 postgres"

# Benchmark devices dev_bench_<n> at a real employer of the province (same rows as bench/monitoring-ingest.sh).
$PSQL <<SQL
insert into monitoring.device (code, name, employer_id, employer_credit_code, employer_name, region_code, site_id,
  post_id, post_name, hazard_code, hazard_name, unit, sampling_seconds, range_min, range_max, calibration_due, status,
  token_hash, token_hint, token_issued_at, created_at, updated_at)
select 'MIXED-' || n, 'bench', 1, '913301050000000000', 'bench', '330105001', 1, 1, 'bench', '2013', '苯', 'mg/m³', 1,
  0, 1000, current_date + 365, 'ACTIVE', encode(sha256(('dev_bench_' || n)::bytea), 'hex'), 'dev_', now(), now(), now()
from generate_series(1, $DEVICES) n
on conflict do nothing;
SQL
export EMPLOYER_MAX_ID=$($PSQL -t -A -c "select max(id) from registry.employer")
export WORKER_MAX_ID=$($PSQL -t -A -c "select max(id) from registry.worker")
export BASE_MS=$(( ($(date +%s) - 6 * 86400) * 1000 ))

csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
PASSWORD=$(awk -F'\t' '$1 == "province" {print $2}' "$DATA/demo-credentials.txt")
LOGIN_CSRF=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=province" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$LOGIN_CSRF" "$BASE/login"
FORM_CSRF=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/account/tokens" | csrf)
PAGE=$(curl -fs -L -c "$COOKIES" -b "$COOKIES" --data-urlencode "name=mixed $(date +%s)" --data-urlencode "daysValid=1" \
	--data-urlencode "permissions=registry:employer:read" --data-urlencode "permissions=registry:worker:read" \
	--data-urlencode "permissions=monitoring:alert:read" --data-urlencode "permissions=risk:portrait:read" \
	--data-urlencode "_csrf=$FORM_CSRF" "$BASE/account/tokens")
TOKEN=$(echo "$PAGE" | tr -d '\n' | sed -n 's/.*id="issued-secret"[^>]*>\([^<]*\)<.*/\1/p' | tr -d ' ')
[ -n "$TOKEN" ] || { echo "No API token issued"; exit 1; }
export TOKEN

# CPU seconds of the JVM and of PostgreSQL, and the JVM's resident memory, every 30 s.
sample() {
	local tck; tck=$(getconf CLK_TCK)
	while true; do
		local jvm; jvm=$(awk '{print $14 + $15}' "/proc/$APP/stat")
		local pg=0
		for pid in $(pgrep -f "postgres.*$(realpath "$DATA")" || true); do
			[ -r "/proc/$pid/stat" ] && pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
		done
		printf '%s\t%.1f\t%.1f\t%s\n' "$(date +%s)" "$(echo "$jvm / $tck" | bc -l)" "$(echo "$pg / $tck" | bc -l)" \
			"$(awk '/VmRSS/ {print $2}' "/proc/$APP/status")"
		sleep 30
	done
}
printf 'epoch\tjvm_cpu_s\tpostgres_cpu_s\tjvm_rss_kib\n' > "$SAMPLES"
sample >> "$SAMPLES" &
SAMPLER=$!

curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" > target/bench-mixed-metrics-before.txt
echo "== wrk -t2 -c$CONNECTIONS -d$DURATION --latency -s bench/mixed-load.lua"
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/mixed-load.lua "$BASE" | tee target/bench-mixed-wrk.txt
curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" > target/bench-mixed-metrics-after.txt
kill $SAMPLER 2>/dev/null || true

echo "== per route: p95 from the platform's histograms (difference of after and before)"
python3 - <<'PY'
import re, collections
def read(path):
    buckets = collections.defaultdict(dict)
    for line in open(path):
        m = re.match(r'http_server_requests_seconds_bucket\{(.*)\} ([0-9.e+]+)', line)
        if not m: continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
        key = (labels.get('method'), labels.get('uri'))
        le = float('inf') if labels['le'] == '+Inf' else float(labels['le'])
        buckets[key][le] = buckets[key].get(le, 0) + float(m.group(2))
    return buckets
before, after = read('target/bench-mixed-metrics-before.txt'), read('target/bench-mixed-metrics-after.txt')
for key in sorted(after):
    les = sorted(after[key])
    counts = [after[key][le] - before.get(key, {}).get(le, 0) for le in les]
    total = counts[-1]
    if total < 100: continue
    p95 = next(le for le, c in zip(les, counts) if c >= 0.95 * total)
    print(f"RESULT route {key[0]} {key[1]} requests={int(total)} p95_ms<={p95 * 1000:.0f}")
PY
echo "== CPU and memory samples: $SAMPLES (first and last)"
sed -n '2p;$p' "$SAMPLES"
