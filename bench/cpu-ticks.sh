#!/usr/bin/env bash
# Sourced by the benchmark scripts: processor time in clock ticks (getconf CLK_TCK a second) as /proc counts it.

# A process's user and system ticks.
process_ticks() {
	awk '{print $14 + $15}' "/proc/$1/stat"
}

# The PostgreSQL server of a data directory: the postmaster with the backends it has reaped (cutime, cstime) and
# those running now; 0 when it is not running.
postgres_ticks() {
	local pg=0 master
	master=$(pgrep -f "postgres.*-D.*$(realpath "$1")" | head -1 || true)
	if [ -n "$master" ]; then
		pg=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$master/stat")
		for pid in $(pgrep -P "$master" || true); do
			pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
		done
	fi
	echo "$pg"
}

# The machine's busy ticks (user, nice, system, irq, softirq, steal) over all its processors.
machine_busy_ticks() {
	awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat
}
