#!/usr/bin/env bash
# Times a first start from a fresh clone, compilation included: `./mvnw -o spring-boot:run` on port $PORT,
# milestones counted from the command's start — the run goal begins (compiled), Spring's "Started", the login
# page answering, the banner with the demo logins, and "Demo data complete" (the background steps).
# SRC: the repository to clone (default: this one, its HEAD); DIR: where (deleted first); WAIT_DONE=0 stops at
# the banner. Prints the machine and the load average before and after: other builds on the machine count.
set -uo pipefail
SRC=${SRC:-$(git -C "$(dirname "$0")" rev-parse --show-toplevel)}
DIR=${DIR:-/tmp/fresh-demo}
PORT=${PORT:-18081}
LIMIT=${LIMIT:-600}
rm -rf "$DIR"; git clone -q "$SRC" "$DIR"; cd "$DIR" || exit 1
echo "commit $(git rev-parse --short HEAD); nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
	"$(java -version 2>&1 | head -1)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
setsid ./mvnw -o -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT" > run.log 2>&1 &
pid=$!
elapsed() { echo "$(date +%s.%N) - $start" | bc; }
compiled=""; started=""; login=""; banner=""; complete=""
while :; do
	t=$(elapsed)
	[ -z "$compiled" ] && grep -q -- "--- spring-boot" run.log && compiled=$t && echo "compiled, run goal begins: $t s"
	[ -z "$started" ] && grep -q "Started OhsOnlineApplication" run.log && started=$t \
		&& echo "Spring 'Started': $t s ($(grep -o 'Started OhsOnlineApplication in [0-9.]* seconds' run.log))"
	if [ -z "$login" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login")" = 200 ]; then
		login=$t; echo "login page answers: $t s"
	fi
	[ -z "$banner" ] && grep -q "Demo logins (username" run.log && banner=$t && echo "banner with the demo logins: $t s"
	[ -z "$complete" ] && grep -q "Demo data complete" run.log && complete=$t && echo "demo data complete: $t s"
	if [ -n "$banner" ] && { [ -n "$complete" ] || [ "${WAIT_DONE:-1}" = 0 ]; }; then break; fi
	kill -0 $pid 2>/dev/null || { echo "the process ended"; break; }
	(( $(echo "$t > $LIMIT" | bc) )) && { echo "gave up after $LIMIT s"; break; }
	sleep 0.5
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -h "Demo data step\|Demo data complete" run.log | sed 's/.*StandaloneSeeding *: //'
kill -TERM -- -$pid 2>/dev/null; sleep 5; kill -KILL -- -$pid 2>/dev/null
wait $pid 2>/dev/null
true
