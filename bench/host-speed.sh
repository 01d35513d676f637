#!/usr/bin/env bash
# Sourced by the benchmark scripts: the host speed probe (bench/host-speed.py) alongside a run, and its summary over
# the measured phase, so that a run that fell in a slow spell of the shared machine can be told from a slow change.

# Starts the probe writing to the given file; prints its process id.
host_speed_start() {
	python3 "$(dirname "${BASH_SOURCE[0]}")/host-speed.py" 5 > "$1" 2>/dev/null &
	echo $!
}

# One line: the probe's samples between two moments (epoch ms), as milliseconds of processor time for the fixed work
# (median and slowest) against 16 ms, the work's time on a quiet spell of the 2-core benchmark machine.
host_speed_summary() {
	awk -v from="$2" -v to="$3" '$1 * 1000 >= from && $1 * 1000 <= to { print $2 }' "$1" | sort -n | awk '
		{ t[++n] = $1 }
		END {
			if (n == 0) { print "host speed: no sample in the measured phase"; exit }
			m = n % 2 ? t[(n + 1) / 2] : (t[n / 2] + t[n / 2 + 1]) / 2
			printf "host speed during the measured phase (%d samples): the probe'"'"'s fixed work took %.1f ms (median), %.1f ms (slowest); 16 ms on a quiet spell, so %.2f× and %.2f×\n", n, m, t[n], m / 16, t[n] / 16 }'
}
