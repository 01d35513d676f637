#!/usr/bin/env bash
# Runs a benchmark script RUNS times in a row (issue 20 asks for three consecutive runs of the ingestion
# and search benchmarks) and prints each run's RESULT and TARGET lines with the load average before it.
# Usage: RUNS=3 bench/repeat.sh bench/employer-search.sh   (environment passes through to the script)
# Run it on a quiet machine: each script prints the load, and figures taken under load are not comparable.
set -uo pipefail
cd "$(dirname "$0")/.."
SCRIPT=${1:?usage: RUNS=3 bench/repeat.sh bench/<script>.sh}
RUNS=${RUNS:-3}
for run in $(seq 1 "$RUNS"); do
	echo "== run $run of $RUNS, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
	OUT=$("$SCRIPT" 2>&1)
	STATUS=$?
	echo "$OUT" > "target/repeat-$(basename "$SCRIPT" .sh)-$run.log"
	echo "$OUT" | grep -E '^(RESULT|TARGET|FAILED)' | sed "s/^/  run $run: /"
	[ "$STATUS" = 0 ] || echo "  run $run: exit status $STATUS (log: target/repeat-$(basename "$SCRIPT" .sh)-$run.log)"
done
