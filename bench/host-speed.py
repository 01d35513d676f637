"""Host speed probe (docs/benchmarks.md, "Host speed" at the top): every PERIOD seconds (5), times a fixed piece of
interpreter work (allocation, hashing and arithmetic) in processor time of this process, and prints one line: the
moment (epoch seconds) and the milliseconds it took (16 ms on a quiet spell of the 2-core benchmark machine, about
0.3 % of a core). On a shared virtual machine the same work can take half again or twice as long from one minute to
the next (other tenants on the same physical cores and caches), which the kernel does not report as steal time. Under
a benchmark's own load the probe slows too, so compare its figures between runs of the same benchmark.

Run: python3 bench/host-speed.py [PERIOD] > host-speed.txt   (stop it with a signal); bench/host-speed.sh sums a file
up over a benchmark's measured phase.
"""
import sys
import time


def work():
    total = 0
    table = {}
    for i in range(60000):
        key = (i * 2654435761) & 0xFFFF
        table[key] = table.get(key, 0) + i
        total += i * i % 7
    return total + len(table)


def main():
    period = float(sys.argv[1]) if len(sys.argv) > 1 else 5.0
    for _ in range(5):  # the first calls are slower whatever the host (the allocator's arenas, the table's growth)
        work()
    while True:
        started = time.process_time()
        work()
        took = (time.process_time() - started) * 1000
        print("%.1f %.1f" % (time.time(), took), flush=True)
        time.sleep(period)


if __name__ == "__main__":
    main()
