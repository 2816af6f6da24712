#!/usr/bin/env python3
"""compare-reports.py A B: every report of folder A has the same bytes in folder B, and B has no
other report; manifest.json is compared without its run-time fields (when, how and how long the run
took, its id and generation folder, how many jobs it used). Exit status 0 when identical.
Used by `make spark-check` (examples/spark/spark-check.sh)."""
import json
import os
import sys

RUN_TIME = {"run_id", "started", "generation", "seconds", "jobs", "cache"}


def reports(folder):
    return sorted(name for name in os.listdir(folder) if not name.startswith(".") and name != "history.sqlite")


def main(first, second):
    names = reports(first)
    different = []
    if names != reports(second):
        different.append(f"report lists differ: {names} vs {reports(second)}")
    for name in names:
        with open(os.path.join(first, name), "rb") as a, open(os.path.join(second, name), "rb") as b:
            left, right = a.read(), b.read()
        if name == "manifest.json":
            left, right = ({k: v for k, v in json.loads(side).items() if k not in RUN_TIME} for side in (left, right))
        if left != right:
            different.append(f"{name} differs")
    for line in different:
        print(line, file=sys.stderr)
    if not different:
        print(f"{len(names)} reports identical ({', '.join(names)}; manifest without {', '.join(sorted(RUN_TIME))})")
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
