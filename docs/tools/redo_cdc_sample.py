#!/usr/bin/env python3
"""Redo the draw of a CDC monitoring project (algorithm OHS-CDC-SAMPLE-1) from its published inputs file.

Usage:  python3 redo_cdc_sample.py monitoring-project-<id>-inputs.txt [--qc-share 0.1]

The inputs file is the one the project's public page offers (/verify/monitoring-draws/<id>/inputs.txt). The script
needs nothing but Python 3's standard library, and prints what the page shows, to compare line by line:

  1. inputs digest = SHA-256 (hex) of the file as published;
  2. seed = SHA-256 of "OHS-CDC-SAMPLE-1|<project>|<year>|<inputs digest>";
  3. per county, by code: of its n candidates, the first min(target, n) ordered by SHA-256 of
     "<seed>|<county>|<employer id>" ascending; lines numbered in that order;
  4. result digest = SHA-256 of the lines "line <seq> <county> <employer id>\\n".

With --qc-share, it also prints which sampled employers quality control re-checks: those whose
SHA-256("<seed>|qc|<employer id>") has first eight hex digits / 2^32 below the share (docs/cdc-monitoring.md).
"""
import hashlib
import sys
from decimal import Decimal

NAME = "OHS-CDC-SAMPLE-1"


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse(text):
    rows = text.split("\n")
    if len(rows) < 6 or rows[0] != NAME:
        raise SystemExit("not an %s inputs file" % NAME)
    inputs = {"targets": {}, "candidates": []}
    for number, row in enumerate(rows[1:], start=2):
        if not row:
            continue
        f = row.split(" ")
        if f[0] in ("project", "year"):
            inputs[f[0]] = int(f[1])
        elif f[0] in ("kind", "industries", "hazards"):
            inputs[f[0]] = f[1] if len(f) > 1 else ""
        elif f[0] == "target":
            inputs["targets"][f[1]] = int(f[2])
        elif f[0] == "candidate":
            inputs["candidates"].append((f[1], int(f[2]), f[3]))
        else:
            raise SystemExit("unknown line %d: %s" % (number, f[0]))
    return inputs


def draw(inputs, seed):
    lines = []
    for county in sorted(inputs["targets"]):
        pool = [c for c in inputs["candidates"] if c[0] == county]
        pool.sort(key=lambda c: sha256("%s|%s|%d" % (seed, county, c[1])))
        for c in pool[: max(0, min(len(pool), inputs["targets"][county]))]:
            lines.append((len(lines) + 1, county, c[1], c[2]))
    return lines


def qc_picked(seed, employer_id, share):
    head = int(sha256("%s|qc|%d" % (seed, employer_id))[:8], 16)
    return Decimal(head) / Decimal(1 << 32) < share


def main(argv):
    if len(argv) < 2:
        raise SystemExit(__doc__)
    with open(argv[1], "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    inputs = parse(text)
    inputs_digest = hashlib.sha256(raw).hexdigest()
    seed = sha256("%s|%d|%d|%s" % (NAME, inputs["project"], inputs["year"], inputs_digest))
    lines = draw(inputs, seed)
    result = "".join("line %d %s %d\n" % (seq, county, employer) for seq, county, employer, _ in lines)
    share = Decimal(argv[argv.index("--qc-share") + 1]) if "--qc-share" in argv else None
    print("algorithm %s" % NAME)
    print("inputs-digest %s" % inputs_digest)
    print("seed %s" % seed)
    print("population %d" % len(inputs["candidates"]))
    print("sample %d" % len(lines))
    print("result-digest %s" % sha256(result))
    for seq, county, employer, credit in lines:
        pick = (" qc" if qc_picked(seed, employer, share) else "") if share is not None else ""
        print("line %d %s %d %s%s" % (seq, county, employer, credit, pick))


if __name__ == "__main__":
    main(sys.argv)
