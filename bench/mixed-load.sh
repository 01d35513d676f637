#!/usr/bin/env bash
# Mixed load at province scale (issue 20, item 6; docs/benchmarks.md "Mixed load, ingestion margin, search margin").
# Starts the application on the generated province (bench/generate-province.sh first) with --mixed-benchmark, which
# prepares the writes before the load (lines MIXED-BENCH in the log): declarations of employers of the province that
# have hazard factors and no declaration in progress, in-service exams of today of their exposed workers by the
# region's exam institutions, and periodic-testing jobs with results by the service agencies the employers engage,
# each checked by doing it in a transaction that is rolled back; and synthetic logins with API tokens of the right
# role and scope for each employer, institution and agency used (iam's SyntheticAccounts, the mechanism of
# bench/training.sh: standalone only, hence --ohs.demo.enabled=true with --ohs.demo.synthetic-scale=none, which makes
# no demo data). It registers DEVICES fresh benchmark devices for this run, issues a province supervisor's API token
# through the console and keeps the supervisor's console session for the dashboard, then for DURATION runs at once:
#   - wrk (CONNECTIONS clients, each pausing READ_DELAY_MS before each request) with bench/mixed-load.lua: searches, employer and worker record views,
#     workforce lists, alerts, risk classes (API token) and the dashboard /indicators?region=33 (console session);
#   - bench/MixedWrites.java, open loop at fixed rates: monitoring ingestion (INGEST_RATE batches/s of INGEST_BATCH
#     readings: 40 × 500 = 20,000 readings/s), declarations submitted (DECL_RATE/s), exam batches (EXAM_RATE/s of
#     EXAM_BATCH exams) and testing jobs with their results (TESTING_RATE/s).
# Every 30 s it samples the CPU seconds of the JVM and of PostgreSQL and the JVM's resident memory.
#
# Per operation: the platform's own http_server_requests_seconds histograms (by route and status) on the management
# port, before and after: request count, non-2xx count, p50/p95/p99 (bucket upper bounds). The writes driver reports
# its own client-side p50/p95/p99 and counts as errors non-2xx answers and 2xx answers that refused part of a batch
# (an exam or a result rejected, a reading not accepted).
#
# Environment: DATA (target/bench-data), JAR, PORT (18080), MGMT_PORT (18089), DURATION (30m), CONNECTIONS (16),
# READ_DELAY_MS (40), DEVICES (200), INGEST_RATE (40), INGEST_BATCH (500), DECL_RATE (1), EXAM_RATE (0.1), EXAM_BATCH (5),
# TESTING_RATE (0.5), DECLARATIONS / EXAMS to prepare (default: enough for DURATION), WARMUP (60s of the read mix,
# not counted), JAVA_OPTS (source bench/quiet-env.sh first to keep daily jobs out of the window).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18080}
MGMT_PORT=${MGMT_PORT:-18089}
DURATION=${DURATION:-30m}
WARMUP=${WARMUP:-60s}
CONNECTIONS=${CONNECTIONS:-16}
export READ_DELAY_MS=${READ_DELAY_MS:-40}
DEVICES=${DEVICES:-200}
INGEST_RATE=${INGEST_RATE:-40}
INGEST_BATCH=${INGEST_BATCH:-500}
DECL_RATE=${DECL_RATE:-1}
EXAM_RATE=${EXAM_RATE:-0.1}
EXAM_BATCH=${EXAM_BATCH:-5}
TESTING_RATE=${TESTING_RATE:-0.5}
case "$DURATION" in *m) SECONDS_TOTAL=$(( ${DURATION%m} * 60 ));; *s) SECONDS_TOTAL=${DURATION%s};; *) SECONDS_TOTAL=$DURATION;; esac
DECLARATIONS=${DECLARATIONS:-$(python3 -c "print(int($DECL_RATE * $SECONDS_TOTAL * 1.1) + 50)")}
EXAMS=${EXAMS:-$(python3 -c "print(int($EXAM_RATE * $EXAM_BATCH * $SECONDS_TOTAL * 1.1) + 50)")}
BASE="http://127.0.0.1:$PORT"
OUT=target/bench-mixed
LOG=target/bench-mixed-app.log
SAMPLES=target/bench-mixed-samples.tsv
COOKIES=$(mktemp)
mkdir -p "$OUT"
rm -f "$OUT"/*.tsv

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -d "$DATA/postgres" ] || { echo "No data in $DATA: run bench/generate-province.sh first"; exit 1; }
echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds), commit $(git rev-parse --short HEAD)"
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" \
	--management.server.port="$MGMT_PORT" --ohs.demo.enabled=true --ohs.demo.synthetic-scale=none \
	--mixed-benchmark --mixed-benchmark-out="$OUT" --mixed-benchmark-declarations="$DECLARATIONS" \
	--mixed-benchmark-exams="$EXAMS" ${APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -f "$COOKIES"; [ -n "${SAMPLER:-}" ] && kill $SAMPLER 2>/dev/null || true' EXIT
PREP_STARTED=$(date +%s)
for _ in $(seq 1 3600); do
	grep -q "MIXED-BENCH testing ready" "$LOG" && break
	kill -0 $APP 2>/dev/null || { echo "The application stopped; see $LOG"; exit 1; }
	sleep 1
done
grep -o 'MIXED-BENCH.*ready.*' "$LOG" | sed 's/^/  /'
echo "  (start-up and preparation: $(( $(date +%s) - PREP_STARTED )) s)"
curl -fs -o /dev/null "$BASE/login" || { echo "The application does not answer; see $LOG"; exit 1; }
PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
PSQL="psql -q -X -h 127.0.0.1 -p $PGPORT -U postgres -v ON_ERROR_STOP=1 postgres"

# Fresh benchmark devices for this run (dev_mixed_<run>_<n>) at a real employer of the province: earlier runs'
# readings (of these or of bench/monitoring-ingest.sh's devices) never collide with this run's.
RUN=$(date +%s)
$PSQL <<SQL
insert into monitoring.device (code, name, employer_id, employer_credit_code, employer_name, region_code, site_id,
  post_id, post_name, hazard_code, hazard_name, unit, sampling_seconds, range_min, range_max, calibration_due, status,
  token_hash, token_hint, token_issued_at, created_at, updated_at)
select 'MIXED-$RUN-' || n, 'bench', 1, '913301050000000000', 'bench', '330105001', 1, 1, 'bench', '2013', '苯', 'mg/m³', 1,
  0, 1000, current_date + 365, 'ACTIVE', encode(sha256(('dev_mixed_${RUN}_' || n)::bytea), 'hex'), 'dev_', now(), now(), now()
from generate_series(1, $DEVICES) n;
SQL
export EMPLOYER_MAX_ID=$($PSQL -t -A -c "select max(id) from registry.employer")
export WORKER_MAX_ID=$($PSQL -t -A -c "select max(id) from registry.worker")

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
# The supervisor's console session as a Cookie header for the dashboard; the page must come back whole.
export COOKIE=$(awk -F'\t' 'NF >= 7 {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$COOKIES")
STATUS=$(curl -s -o "$OUT/dashboard-sample.html" -w '%{http_code}' -H "Cookie: $COOKIE" "$BASE/indicators?region=33")
ROWS=$(grep -c 'data-testid="figure-row"' "$OUT/dashboard-sample.html" || true)
echo "== dashboard sample: HTTP $STATUS, $ROWS indicator rows"
[ "$STATUS" = 200 ] && [ "$ROWS" -gt 0 ] || { echo "FAILED: the session does not get the dashboard"; exit 1; }

echo "== warm-up ($WARMUP of the read mix, not counted)"
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/mixed-load.lua "$BASE" > /dev/null

# CPU seconds of the JVM and of PostgreSQL, and the JVM's resident memory, every 30 s.
source bench/cpu-ticks.sh
sample() {
	local tck; tck=$(getconf CLK_TCK)
	while true; do
		printf '%s\t%.1f\t%.1f\t%s\t%.1f\n' "$(date +%s)" "$(echo "$(process_ticks "$APP") / $tck" | bc -l)" \
			"$(echo "$(postgres_ticks "$DATA") / $tck" | bc -l)" "$(awk '/VmRSS/ {print $2}' "/proc/$APP/status")" \
			"$(echo "$(machine_busy_ticks) / $tck" | bc -l)"
		sleep 30
	done
}
printf 'epoch\tjvm_cpu_s\tpostgres_cpu_s\tjvm_rss_kib\tmachine_busy_cpu_s\n' > "$SAMPLES"
sample >> "$SAMPLES" &
SAMPLER=$!

curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" > target/bench-mixed-metrics-before.txt
echo "== $DURATION: wrk -t2 -c$CONNECTIONS (pause ${READ_DELAY_MS} ms) --latency -s bench/mixed-load.lua, and bench/MixedWrites.java (ingest ${INGEST_RATE}/s × $INGEST_BATCH, declarations ${DECL_RATE}/s, exam batches ${EXAM_RATE}/s × $EXAM_BATCH, testing jobs ${TESTING_RATE}/s), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -DingestRate="$INGEST_RATE" -DingestBatch="$INGEST_BATCH" -Ddevices="$DEVICES" -DdevicePrefix="dev_mixed_${RUN}_" \
	-DdeclRate="$DECL_RATE" -DexamRate="$EXAM_RATE" -DexamBatch="$EXAM_BATCH" -DtestingRate="$TESTING_RATE" \
	bench/MixedWrites.java "$BASE" "$OUT" "$SECONDS_TOTAL" > target/bench-mixed-writes.txt 2>&1 &
WRITER=$!
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/mixed-load.lua "$BASE" > target/bench-mixed-wrk.txt
wait $WRITER || echo "(the writes driver ended with an error)"
curl -fs "http://127.0.0.1:$MGMT_PORT/actuator/prometheus" > target/bench-mixed-metrics-after.txt
kill $SAMPLER 2>/dev/null || true
cat target/bench-mixed-wrk.txt
cat target/bench-mixed-writes.txt

echo "== per route, from the platform's histograms (after − before): requests, non-2xx, p50/p95/p99 (bucket bounds)"
python3 - <<'PY'
import re, collections
def read(path):
    buckets = collections.defaultdict(lambda: collections.defaultdict(float))
    statuses = collections.defaultdict(lambda: collections.defaultdict(float))
    for line in open(path):
        m = re.match(r'http_server_requests_seconds_(bucket|count)\{(.*)\} ([0-9.eE+]+)', line)
        if not m: continue
        labels = dict(re.findall(r'(\w+)="([^"]*)"', m.group(2)))
        key = (labels.get('method'), labels.get('uri'))
        if m.group(1) == 'count':
            statuses[key][labels.get('status')] += float(m.group(3))
        else:
            le = float('inf') if labels['le'] == '+Inf' else float(labels['le'])
            buckets[key][le] += float(m.group(3))
    return buckets, statuses
(b0, s0), (b1, s1) = read('target/bench-mixed-metrics-before.txt'), read('target/bench-mixed-metrics-after.txt')
all_req = all_err = 0
for key in sorted(b1):
    les = sorted(b1[key])
    counts = [b1[key][le] - b0.get(key, {}).get(le, 0) for le in les]
    total = counts[-1]
    if total < 20: continue
    q = lambda p: next(le for le, c in zip(les, counts) if c >= p * total) * 1000
    st = {s: int(s1[key][s] - s0.get(key, {}).get(s, 0)) for s in s1[key]}
    st = {s: n for s, n in st.items() if n}
    errors = sum(n for s, n in st.items() if not s.startswith('2'))
    all_req += total; all_err += errors
    print(f"RESULT route {key[0]} {key[1]} requests={int(total)} non2xx={errors} p50_ms<={q(.5):.0f} p95_ms<={q(.95):.0f} p99_ms<={q(.99):.0f} statuses={st}")
print(f"RESULT all routes requests={int(all_req)} non2xx={int(all_err)} error_rate={all_err / max(all_req, 1):.5f}")
PY
echo "== CPU and memory samples: $SAMPLES"
awk -F'\t' 'NR == 2 {j0 = $2; p0 = $3; m0 = $5} NR > 1 {j = $2; p = $3; m = $5; print} END {
	printf "RESULT cpu jvm_s=%.0f postgres_s=%.0f jvm_share=%.1f%% postgres_share=%.1f%% (of the two) machine_busy_s=%.0f\n", j - j0, p - p0, 100 * (j - j0) / (j - j0 + p - p0), 100 * (p - p0) / (j - j0 + p - p0), m - m0 }' "$SAMPLES"
