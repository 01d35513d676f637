#!/usr/bin/env python3
"""Recompute a random inspection plan's draw (algorithm OHS-DRAW-1) from its public files, independently of the platform.

    python3 verify-draw.py <code>-inputs.txt <revealed seed> [<code>-result.txt]

Prints SHA-256 of the seed (compare with the published commitment), of the inputs file (compare with the published
inputs digest) and of the recomputed result (compare with the published result digest); with the result file, also
whether it is identical line by line. Only the Python standard library is used. docs/enforcement.md states the
algorithm step by step.
"""
import bisect
import hashlib
import sys
from decimal import Decimal, ROUND_CEILING

CLASSES = ["BING", "YI", "JIA", "NONE"]


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def ceil(value):
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def draw(seed, text):
    rows = text.split("\n")
    assert rows[0] == "OHS-DRAW-1", "not an OHS-DRAW-1 inputs file"
    ratios, share, full, candidates, inspectors, excluded = {}, Decimal(0), [], [], [], {}
    for row in rows[1:]:
        if not row:
            continue
        f = row.split(" ")
        if f[0] == "ratio":
            ratios[f[1]] = Decimal(f[2])
        elif f[0] == "random-share":
            share = Decimal(f[1])
        elif f[0] == "full-coverage":
            full.append(f[1])
        elif f[0] == "candidate":
            candidates.append((f[1], f[2], None if f[3] == "-" else f[3]))
        elif f[0] == "inspector":
            inspectors.append(f[1])
        elif f[0] == "exclude":
            excluded.setdefault(f[2], set()).add(f[1])

    def key(label, value):
        return sha256(seed + "|" + label + "|" + value)

    def ordered(label, items):
        return sorted(items, key=lambda c: key(label, c[0]))

    covered = [c for c in candidates if c[2] is not None and any(c[2].startswith(p) for p in full)]
    rest = [c for c in candidates if c not in covered]
    planned = {k: ratios.get(k, Decimal(0)) * len([c for c in rest if c[1] == k]) for k in CLASSES}
    k = min(len(rest), ceil(share * sum(planned.values())))
    order = [(c, "FULL") for c in ordered("F", covered)]
    random_arm = ordered("R", rest)[:k]
    taken = {c[0] for c in random_arm}
    order += [(c, "RANDOM") for c in random_arm]
    for cls in CLASSES:
        quota = ceil((1 - share) * planned[cls])
        pool = [c for c in rest if c[1] == cls and c[0] not in taken]
        order += [(c, "TARGETED") for c in ordered("T", pool)[:quota]]

    ranked = sorted(inspectors, key=lambda i: (key("I", i), i))
    queue = [(0, rank, code) for rank, code in enumerate(ranked)]  # kept sorted by (lines so far, rank)
    lines = []
    for n, (c, arm) in enumerate(order, start=1):
        chosen = [entry for entry in queue if entry[2] not in excluded.get(c[0], set())][:2]
        if len(chosen) == 2:
            for entry in chosen:
                queue.remove(entry)
                bisect.insort(queue, (entry[0] + 1, entry[1], entry[2]))
            a, b = chosen[0][2], chosen[1][2]
        else:
            a, b = "-", "-"
        lines.append(f"line {n} {arm} {c[0]} {c[1]} {a} {b}\n")
    return "".join(lines)


def main():
    inputs_file, seed = sys.argv[1], sys.argv[2]
    text = open(inputs_file, encoding="utf-8", newline="").read()
    result = draw(seed, text)
    print("SHA-256(seed)   ", sha256(seed))
    print("SHA-256(inputs) ", sha256(text))
    print("SHA-256(result) ", sha256(result))
    if len(sys.argv) > 3:
        published = open(sys.argv[3], encoding="utf-8", newline="").read()
        print("identical to the published result:", published == result)
        sys.exit(0 if published == result else 1)


if __name__ == "__main__":
    main()
