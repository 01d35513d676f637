#!/usr/bin/env python3
"""Processor time as /proc counts it, every second, for bench/training.sh: one line of epoch milliseconds, the
application JVM's ticks, PostgreSQL's (the postmaster with the backends it has reaped, and those running) and the
machine's busy ticks (user, nice, system, irq, softirq, steal), as bench/cpu-ticks.sh computes them.

It reads /proc from this one process. The shell loop it replaces forked some thirty processes a second (pgrep and an
awk per backend) and under the learning load took a quarter of one core of the two it was measuring.

Usage: cpu-sampler.py APP_PID DATA_DIR (until the application stops)
"""
import os
import sys
import time


def ticks(pid, children_too=False):
    """utime + stime (+ cutime + cstime) of a process, and its parent's pid; None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            text = f.read()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2:].split()  # from the state, the third field, on
    own = int(fields[11]) + int(fields[12])
    if children_too:
        own += int(fields[13]) + int(fields[14])
    return own, int(fields[1])


def postmaster(data):
    """The PostgreSQL server whose command line names the data directory, or None."""
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/cmdline", "rb") as f:
                    args = f.read().split(b"\0")
            except OSError:
                continue
            if args and args[0].endswith(b"postgres") and b"-D" in args and any(a == data or a.startswith(data + b"/") for a in args):
                return int(name)
    return None


def postgres_ticks(master):
    own = ticks(master, children_too=True)
    if own is None:
        return 0
    total = own[0]
    for name in os.listdir("/proc"):
        if name.isdigit():
            child = ticks(name)
            if child is not None and child[1] == master:
                total += child[0]
    return total


def busy_ticks():
    with open("/proc/stat") as f:
        cpu = f.readline().split()
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in cpu[1:9])
    return user + nice + system + irq + softirq + steal


def main():
    app, data = int(sys.argv[1]), os.path.realpath(sys.argv[2]).encode()
    master = None
    while True:
        app_ticks = ticks(app)
        if app_ticks is None:
            return
        if master is None or ticks(master) is None:
            master = postmaster(data)
        print(int(time.time() * 1000), app_ticks[0], postgres_ticks(master) if master else 0, busy_ticks(), flush=True)
        time.sleep(1)


if __name__ == "__main__":
    main()
