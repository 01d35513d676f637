#!/usr/bin/env bash
# Exporting a county's year in the national exchange XML (issue 18, docs/exchange.md, docs/benchmarks.md): starts the
# application on its own data directory with the demo county's synthetic data (ohs.demo.synthetic-scale, `county` by
# default), logs in as the demo county supervisor (330105) and times, REPEAT times each:
#   - GET /surveillance/exams/export.xml?from=YEAR-01-01&to=YEAR-12-31  (HEALTH_EXAM_RECORD, every exam of the year)
#   - GET /exchange/enterprise-info/export.xml                          (ENTERPRISE_INFO, every employer of the county)
#   - GET /exchange/detection-info/export.xml?from=…&to=…               (DETECTION_INFO, the year's reviewed jobs)
#   - GET /exchange/diagnosis/export.xml?type=<slug>&from=…&to=…        (SUSPECTED_OCPD, DIAGNOSE_OCPD, APPRAISAL_INFO,
#                                                                         NYZD: the year's suspected diseases, cases,
#                                                                         appraisals and pesticide poisonings)
# printing the records, bytes and seconds of each, and the total of the exam and diagnosis documents of the last run.
# Target (issue 18): a county's year of exam and diagnosis documents ≤ 30 s (about 20,000 exams). Each export is also
# checked to be an exchange document.
#
# Environment: DATA (target/bench-exchange-data), JAR (target/ohs-online.jar), PORT (18096; management PORT+1),
# YEAR (the current year), REPEAT (3), APP_ARGS (more application arguments), EXAMS (none): stage the county's exams
# of the year up to this many before timing, by copying the year's synthetic exams (with their conclusions, audiograms,
# items and threshold shifts; numbers prefixed BENCH-, no report PDF) straight into the surveillance tables with psql —
# the demo seeds about 450 exams a year, the target speaks of about 20,000 (EXAMS=20000).
# A small run to check the script: APP_ARGS=--ohs.demo.synthetic-scale=tiny REPEAT=1 bench/exchange-export.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DATA=${DATA:-target/bench-exchange-data}
JAR=${JAR:-target/ohs-online.jar}
PORT=${PORT:-18096}
YEAR=${YEAR:-$(date +%Y)}
REPEAT=${REPEAT:-3}
BASE="http://127.0.0.1:$PORT"
LOG=target/bench-exchange-app.log
COOKIES=$(mktemp)
OUT=$(mktemp)
mkdir -p target "$DATA"

[ -f "$JAR" ] || ./mvnw -o -q package -DskipTests

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -Iseconds)"
start=$(date +%s)
java ${JAVA_OPTS:-} -jar "$JAR" --ohs.standalone.data-directory="$DATA" --server.port="$PORT" \
	--management.server.port="$((PORT + 1))" ${APP_ARGS:-} > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true; rm -f "$COOKIES" "$OUT"' EXIT
# The demo data (and its synthetic exams) is in once the credentials file is written and the login page answers.
for _ in $(seq 1 7200); do
	[ -f "$DATA/demo-credentials.txt" ] && grep -q "Demo data complete" "$LOG" \
		&& curl -fs -o /dev/null "$BASE/login" && break
	kill -0 $APP 2>/dev/null || { echo "The application stopped; see $LOG"; exit 1; }
	sleep 1
done
echo "== start-up and demo data: $(( $(date +%s) - start )) s"

if [ -n "${EXAMS:-}" ]; then
	PGPORT=$(sed -n 4p "$DATA/postgres/postmaster.pid")
	staged=$(date +%s)
	psql -q -X -t -A -h 127.0.0.1 -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 postgres <<SQL
do \$\$
declare
	copies int := 0;
	have int;
begin
	select count(*) into have from surveillance.exam
	where region_code like '330105%' and examined_on between date '$YEAR-01-01' and date '$YEAR-12-31';
	while have < $EXAMS loop
		copies := copies + 1;
		insert into surveillance.exam (number, institution_id, institution_credit, institution_name, employer_id, credit_code,
			employer_name, region_code, worker_id, worker_name, id_number_masked, exam_type, examined_on, chest_result,
			fvc_percent, fev1_percent, fev1_fvc_percent, blood_lead, wbc, neutrophils, hemoglobin, platelets,
			recommendation_sealed, threshold_shift, synthetic, created_at, created_by)
		select 'BENCH-' || copies || '-' || number, institution_id, institution_credit, institution_name, employer_id, credit_code,
			employer_name, region_code, worker_id, worker_name, id_number_masked, exam_type, examined_on, chest_result,
			fvc_percent, fev1_percent, fev1_fvc_percent, blood_lead, wbc, neutrophils, hemoglobin, platelets,
			recommendation_sealed, threshold_shift, true, created_at, created_by
		from surveillance.exam
		where region_code like '330105%' and examined_on between date '$YEAR-01-01' and date '$YEAR-12-31'
		  and number not like 'BENCH-%';
		insert into surveillance.exam_conclusion
		select n.id, c.hazard_code, c.hazard_name, c.conclusion, c.disease_code, c.detail_sealed, c.recheck_on
		from surveillance.exam n join surveillance.exam o on n.number = 'BENCH-' || copies || '-' || o.number
		join surveillance.exam_conclusion c on c.exam_id = o.id;
		insert into surveillance.exam_audiogram
		select n.id, a.ear, a.frequency_hz, a.threshold_db
		from surveillance.exam n join surveillance.exam o on n.number = 'BENCH-' || copies || '-' || o.number
		join surveillance.exam_audiogram a on a.exam_id = o.id;
		insert into surveillance.exam_item
		select n.id, i.item_code, i.item_value, i.unit, i.abnormal
		from surveillance.exam n join surveillance.exam o on n.number = 'BENCH-' || copies || '-' || o.number
		join surveillance.exam_item i on i.exam_id = o.id;
		insert into surveillance.exam_threshold_shift
		select n.id, t.baseline_exam_id, t.worker_id, t.left_shift_db, t.right_shift_db, t.found
		from surveillance.exam n join surveillance.exam o on n.number = 'BENCH-' || copies || '-' || o.number
		join surveillance.exam_threshold_shift t on t.exam_id = o.id;
		select count(*) into have from surveillance.exam
		where region_code like '330105%' and examined_on between date '$YEAR-01-01' and date '$YEAR-12-31';
	end loop;
end
\$\$;
analyze surveillance.exam;
SQL
	echo "== staged the county's exams of $YEAR up to $EXAMS (copies of the synthetic ones) in $(( $(date +%s) - staged )) s"
fi

csrf() { grep -o 'name="_csrf"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/'; }
PASSWORD=$(awk -F'\t' '$1 == "county" {print $2}' "$DATA/demo-credentials.txt")
TOKEN=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=county" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN" "$BASE/login"

LAST=0
time_export() {
	local name=$1 path=$2 record=$3
	for i in $(seq 1 "$REPEAT"); do
		read -r code seconds bytes < <(curl -s -o "$OUT" -b "$COOKIES" -w '%{http_code} %{time_total} %{size_download}\n' \
			"$BASE$path")
		records=$(grep -c "<$record " "$OUT" || true)
		head -c 200 "$OUT" | grep -q "<DataExchange>" || code="$code (not an exchange document)"
		printf '  %-20s run %d: HTTP %s, %6d records, %10d bytes, %6.2f s\n' "$name" "$i" "$code" "$records" "$bytes" "$seconds"
	done
	LAST=$seconds
}
total=0
add() { total=$(awk -v a="$total" -v b="$LAST" 'BEGIN { printf "%.2f", a + b }'); }
echo "== exports of county 330105, logged in as county, year $YEAR:"
time_export HEALTH_EXAM_RECORD "/surveillance/exams/export.xml?from=$YEAR-01-01&to=$YEAR-12-31" HEALTH_EXAM_RECORD
add
for type in suspected-ocpd diagnose-ocpd appraisal-info nyzd; do
	record=$(echo "$type" | tr 'a-z-' 'A-Z_')
	time_export "$record" "/exchange/diagnosis/export.xml?type=$type&from=$YEAR-01-01&to=$YEAR-12-31" "$record"
	add
done
echo "== exam and diagnosis documents of the year, last runs: $total s (target ≤ 30 s for about 20,000 exams)"
time_export ENTERPRISE_INFO "/exchange/enterprise-info/export.xml" ENTERPRISE_INFO
time_export DETECTION_INFO "/exchange/detection-info/export.xml?from=$YEAR-01-01&to=$YEAR-12-31" DETECTION_INFO
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
