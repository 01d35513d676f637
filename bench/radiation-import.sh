#!/usr/bin/env bash
# Dose import benchmark (issue 18, docs/benchmarks.md): a year of quarterly personal dose records from Excel with
# every check, target 200,000 rows (50,000 radiation workers) in at most 60 s. Runs RadiationImportBenchmark on the
# test context's embedded PostgreSQL: stages ROWS/4 radiation workers of one dosimetry service, writes the workbook,
# and times the import alone (read, check, save, investigations, alerts, the rejected rows and the audit entry).
#
#   ROWS=2000 bench/radiation-import.sh        # small, cheap
#   ROWS=200000 bench/radiation-import.sh      # the target (a quiet machine; minutes of staging)
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-2000}
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
mkdir -p target
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 ./mvnw -o -B -q verify -Dit.test=RadiationImportBenchmark -Dbench.rows="$ROWS" \
	-Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
	> target/bench-radiation.log 2>&1 || true
{ cat target/bench-radiation.log target/failsafe-reports/*RadiationImportBenchmark*-output.txt 2>/dev/null || true; } | grep -h "== " \
	|| { echo "No figures: see target/bench-radiation.log"; exit 1; }
