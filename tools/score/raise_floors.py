#!/usr/bin/env python3
"""Raises tools/score/floors.json to the figures of a claimcheck_score --json run:
value-accuracy floors go up to the figure rounded DOWN to one decimal, ceilings
(false mentions) down to the figure rounded UP; nothing ever moves the other way.

usage: claimcheck_score --json PEERFILE... | tools/score/raise_floors.py tools/score/floors.json
"""
import json
import math
import sys

CEILINGS = {"false mentions", "false mentions (in domain)"}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        floors = json.load(f)
    summary = json.load(sys.stdin)["summary"]
    for metric, per_file in summary.items():
        for name, figure in per_file.items():
            if figure is None:
                continue
            entry = floors.setdefault(name, {})
            old = entry.get(metric)
            # The figures come rounded to two decimals: step half a hundredth
            # towards safety before rounding to one.
            if metric in CEILINGS:
                new = math.ceil((figure + 0.005) * 10 - 1e-9) / 10
                if old is None or new < old:
                    entry[metric] = new
            else:
                new = math.floor((figure - 0.005) * 10 + 1e-9) / 10
                if old is None or new > old:
                    entry[metric] = new
            if entry.get(metric) != old:
                print(f"{name}: {metric}: {old} -> {entry[metric]}")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(floors, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
