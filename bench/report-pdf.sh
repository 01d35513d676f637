#!/usr/bin/env bash
# Issue 4: median time to generate a typical 40-result testing report PDF.
# Runs JMH (sample mode) on ReportRenderingBenchmark from the application's test classpath; the
# benchmark starts the application with an ephemeral embedded PostgreSQL in its fork, creates and
# reviews a 40-result job through the facades, then renders its report repeatedly (renderReport) and
# issues it whole: rendered, signed, hashed and registered with its audit entry (issueSignedReport).
#   WARMUP=5 ITERATIONS=10 bench/report-pdf.sh        (each iteration 10 s)
# Extra arguments go to JMH (e.g. -prof gc).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test
echo "Machine: $(nproc) CPU ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main \
  'ReportRenderingBenchmark' -bm sample -tu ms -f 1 -wi "${WARMUP:-5}" -i "${ITERATIONS:-10}" -w 10s -r 10s \
  -rf json -rff target/report-pdf.json "$@"
