#!/usr/bin/env bash
# Province-wide random inspection draw (issue 14, docs/enforcement.md, docs/benchmarks.md): 300,000 employers,
# 2,000 inspectors, 20,000 exclusions; times the draw (OHS-DRAW-1), writing the inputs and result files, and the
# recomputation from the inputs file read back, which must give the identical result. Prints the DRAW-BENCH line.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
./mvnw -o -B -q test -Dtest=DrawBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | grep -E "DRAW-BENCH|FAIL|ERROR" || true
