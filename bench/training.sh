#!/usr/bin/env bash
# Training benchmark (issue 16; docs/benchmarks.md, docs/training.md). Starts the application on DATA with
# --training-benchmark, which prints (lines TRAINING-BENCH) the province's training rates as the rate page computes
# them against one GROUP BY over the base tables in the same run, then makes the benchmark's course and LEARNERS
# synthetic managers with API tokens (bench-learner-NNNNN, once); then bench/TrainingLoad.java drives, over HTTP and
# open loop, every learner's heartbeat every 30 s, a paper each and QUIZ_RATE submissions a second (p50/p95/p99 per
# stream: enrol, progress, paper, submit; every answer in target/bench-training/samples.tsv for a timeline), and prints
# the processor time of the application, of PostgreSQL and of the load generator during the measured phase, and the
# host's speed over it (bench/host-speed.sh: this shared machine runs the same work up to twice as slowly at times).
#
# After the load it reports how far the certificate renderer fell behind (lines "rendering", every 10 s while it
# changes: PDFs pending, the oldest one's wait, submit-to-PDF p50/p95/max) and waits up to RENDER_WAIT seconds for the
# backlog to drain.
#
# Before the measured learners, WARMUP other learners (not counted) enrol, beat every 5 s and take the quiz at
# QUIZ_RATE a second, so that the application and the load generator are measured warm (compiled), as a server that
# has been up for a while is: with 1,000 the JIT compilers still took a quarter of the application's processor time
# during the measured phase. Then nothing is sent for SETTLE seconds: the warm-up saturates the machine and leaves the
# compilers' queue and the certificate renderer behind, which otherwise caught up inside the measured phase.
#
# Environment: DATA (target/bench-data: bench/generate-province.sh for the province's rates), JAR
# (target/ohs-online.jar), PORT (18095), LEARNERS (5000), WARMUP (5000), SETTLE (60), QUIZ_RATE (200), RENDER_WAIT
# (900), JAVA_OPTS.
# Run it again on the same DATA: the course and the learners are reused, the learners get new tokens and enrol once;
# a learner who passed before has no paper left to open (use a fresh DATA copy or more LEARNERS).
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18095}
LEARNERS=${LEARNERS:-5000}
WARMUP=${WARMUP:-5000}
QUIZ_RATE=${QUIZ_RATE:-200}
RENDER_WAIT=${RENDER_WAIT:-900}
SETTLE=${SETTLE:-60}
OUT=target/bench-training
LOG=target/bench-training-app.log
mkdir -p target "$OUT"

[ -d "$DATA/postgres" ] || { echo "No data in $DATA: run bench/generate-province.sh first"; exit 1; }
[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" \
	--management.server.port=0 --training-benchmark --training-benchmark-learners="$((LEARNERS + WARMUP))" \
	--training-benchmark-out="$OUT" > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP ${PROBE:-} 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 3600); do
	grep -q "TRAINING-BENCH ready" "$LOG" && break
	kill -0 $APP 2>/dev/null || { echo "The application stopped; see $LOG"; exit 1; }
	sleep 1
done
grep -o 'TRAINING-BENCH.*' "$LOG" | sed 's/^TRAINING-BENCH /  /'
COURSE=$(grep -o 'TRAINING-BENCH ready course=[0-9]*' "$LOG" | tail -1 | sed 's/.*course=//')
for _ in $(seq 1 600); do
	curl -fs -o /dev/null "http://127.0.0.1:$PORT/login" && break
	sleep 1
done
# CPU seconds of the JVM, of PostgreSQL (the postmaster, the backends it reaped and those running) and of the machine,
# every second, so that the measured phase's share can be told from the warm-up's; read from /proc by one process
# (bench/cpu-sampler.py), which costs the machine next to nothing.
source bench/host-speed.sh
PROBE=$(host_speed_start "$OUT/host-speed.txt")
python3 bench/cpu-sampler.py "$APP" "$DATA" > "$OUT/cpu.txt" &
SAMPLER=$!
java -DquizRate="$QUIZ_RATE" -DwarmUp="$WARMUP" -Dsettle="$SETTLE" bench/TrainingLoad.java "http://127.0.0.1:$PORT" "$COURSE" "$OUT" \
	| tee "$OUT/load.txt"
sleep 4; kill $SAMPLER $PROBE 2>/dev/null || true
read -r FROM TO <<< "$(sed -n 's/^measured from \([0-9]*\) to \([0-9]*\).*/\1 \2/p' "$OUT/load.txt")"
awk -v from="$FROM" -v to="$TO" -v tck="$(getconf CLK_TCK)" '
	$1 <= from { a = $0 } $1 >= to && b == "" { b = $0 }
	END { split(a, x, " "); split(b, y, " "); s = (y[1] - x[1]) / 1000;
		printf "cpu during the measured phase (%.0f s): application JVM %.1f s, PostgreSQL %.1f s, machine busy %.1f s of %.0f\n",
			s, (y[2] - x[2]) / tck, (y[3] - x[3]) / tck, (y[4] - x[4]) / tck, 2 * s }' "$OUT/cpu.txt"
host_speed_summary "$OUT/host-speed.txt" "$FROM" "$TO"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
MARK=$(wc -l < "$LOG")
echo "== certificate rendering at the end of the load, then until the backlog is drained (at most $RENDER_WAIT s):"
grep -o 'TRAINING-BENCH rendering.*' "$LOG" | tail -1 | sed 's/^TRAINING-BENCH /  /'
WAITED=0
while [ "$WAITED" -lt "$RENDER_WAIT" ]; do
	LAST=$(tail -n +"$MARK" "$LOG" | grep -o 'TRAINING-BENCH rendering.*' | tail -1 || true)
	case "$LAST" in *" pending=0 "*) break ;; esac
	sleep 5
	WAITED=$((WAITED + 5))
done
tail -n +"$MARK" "$LOG" | grep -o 'TRAINING-BENCH rendering.*' | sed 's/^TRAINING-BENCH /  /' | awk 'NR % 6 == 1 { print; next } { last = $0 } END { if (last != "") print last }'
echo "  (drained or stopped waiting after $WAITED s; most pending during the run: $(grep -o 'rendering pending=[0-9]*' "$LOG" | sed 's/.*=//' | sort -n | tail -1))"
