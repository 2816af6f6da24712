#!/usr/bin/env bash
# Kill test (issue 13): `verbatim analyze` is killed with SIGKILL at random points of its run, again
# and again on one --out folder. After each kill the folder must hold exactly one complete report set
# (all seven reports reachable through `current`, from one generation, the manifest's verbatim count
# equal to the rows of verbatims.csv), and the next run must succeed, leave no staging folder or
# temporary file behind and agree with the history. Then two overlapping runs on one folder: one
# exits 5 (or, with --wait, both succeed one after the other) and the set is not mixed.
# Not part of `make test` (it takes a minute or two). Prints "N passed, M failed"; exits 1 on failure.
# Usage: scripts/kill-test.sh [RUNS]     (default 50; VERBATIM_BIN=path skips the release build)
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
bin=${VERBATIM_BIN:-.build/release/verbatim}
if [ -z "${VERBATIM_BIN:-}" ]; then
    swift build -c release --product verbatim >/dev/null || { echo "release build failed" >&2; exit 1; }
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Four copies of the sample corpus: a run long enough for kills to land in every phase.
mkdir -p "$work/corpus"
for copy in 1 2 3 4; do cp -r corpora/sample "$work/corpus/copy$copy"; done
out="$work/out"
passed=0
failed=0
interrupted=0

analyze() { "$bin" analyze "$work/corpus" --out "$out" --lexicons lexicons --csv rfc4180 "$@" >/dev/null 2>&1; }
# In the background the binary itself must be the job ($! its pid), not a subshell running a function:
# SIGKILL on a subshell would leave the run going.
analyze_in_background() {
    "$bin" analyze "$work/corpus" --out "$out" --lexicons lexicons --csv rfc4180 "$@" >/dev/null 2>&1 &
}

# check WHEN AFTER_RUN: the folder holds one complete set; AFTER_RUN=1 also demands no debris and
# `current` equal to the history's last generation.
check() {
    local message
    if message=$(python3 - "$out" "$2" <<'PY'
import csv, json, os, sqlite3, sys
out, after_run = sys.argv[1], sys.argv[2] == "1"
reports = ["verbatims.csv", "hotspots.csv", "themes.csv", "errors.csv", "inputs.csv", "summary.html", "manifest.json"]
target = os.readlink(os.path.join(out, "current"))
assert target.startswith(".generations/"), f"current -> {target}"
generation = target[len(".generations/"):]
folder = os.path.join(out, ".generations", generation)
assert sorted(os.listdir(folder)) == sorted(reports), f"{generation} holds {sorted(os.listdir(folder))}"
for name in reports:
    assert os.readlink(os.path.join(out, name)) == f"current/{name}", f"{name} is not a link through current"
manifest = json.load(open(os.path.join(out, "manifest.json")))
assert manifest["generation"] == generation, f"manifest of {manifest['generation']} in {generation}"
with open(os.path.join(out, "verbatims.csv"), newline="", encoding="utf-8") as f:
    rows = sum(1 for _ in csv.reader(f)) - 1
assert rows == manifest["verbatims"]["total"], f"{rows} rows, manifest says {manifest['verbatims']['total']}"
db = sqlite3.connect(os.path.join(out, "history.sqlite"))
last = db.execute("SELECT name FROM generation WHERE output = ? ORDER BY committed_at DESC, rowid DESC LIMIT 1",
                  (os.path.realpath(out),)).fetchone()
if not after_run:
    # Where the kill landed, as the folder shows it.
    names = os.listdir(os.path.join(out, ".generations"))
    if last and last[0] != generation:
        print("after its history commit, before its switch (rolled forward next)")
    elif [n for n in names if n > generation and not n.startswith("staging-")]:
        print("after publishing its generation, before its history commit")
    elif [n for n in names if n.startswith("staging-")]:
        print("while writing its staging folder")
    else:
        print("before its staging folder, or after its switch")
if after_run:
    generations = os.listdir(os.path.join(out, ".generations"))
    assert not [g for g in generations if g.startswith("staging-")], f"staging left: {generations}"
    assert len(generations) <= 2, f"{len(generations)} generations kept"
    debris = [e for e in os.listdir(out) if e.endswith(".tmp") or e.startswith("current.new-") or ".link-" in e]
    assert not debris, f"debris: {debris}"
    assert last and last[0] == generation, f"history's last generation {last}, current {generation}"
PY
    ); then
        [ -n "$message" ] && echo "$message" >> "$work/landed"
        return 0
    fi
    echo "FAIL ($1): ${message:-see the traceback above}" >&2
    return 1
}

record() { if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi; }

# Three runs first: they leave a set, and the quickest says how long a run takes (the first one
# reads a cold cache).
duration_ms=
for _ in 1 2 3; do
    start=$(date +%s%N)
    analyze
    status=$?
    elapsed_ms=$((($(date +%s%N) - start) / 1000000))
    [ "$status" -le 3 ] || { echo "a first run failed with status $status" >&2; exit 1; }
    if [ -z "$duration_ms" ] || [ "$elapsed_ms" -lt "$duration_ms" ]; then duration_ms=$elapsed_ms; fi
done
record check "first runs" 1
echo "one run: ${duration_ms} ms; killing $runs runs at random points of it"

for run in $(seq 1 "$runs"); do
    # Odd runs: a delay spread over the whole run. Even runs: over its second half, where the
    # reports are written, committed and switched (runs vary, so "the end" is only roughly known).
    if [ $((run % 2)) -eq 1 ]; then
        delay_ms=$((RANDOM % (duration_ms + 1)))
    else
        delay_ms=$((duration_ms / 2 + RANDOM % (duration_ms / 2 + 1)))
    fi
    analyze_in_background
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    [ $? -eq 137 ] && interrupted=$((interrupted + 1))
    record check "run $run killed after $delay_ms ms" 0
    analyze
    status=$?
    if [ "$status" -le 3 ]; then record check "run after kill $run" 1; else
        echo "FAIL: the run after kill $run exited $status" >&2
        failed=$((failed + 1))
    fi
done

# Two overlapping runs: one holds the folder, the other exits 5.
analyze_in_background
first=$!
analyze_in_background
second=$!
wait "$first"
a=$?
wait "$second"
b=$?
if [ "$(printf '%s\n' "$a" "$b" | sort | tr '\n' ' ')" = "0 5 " ] || [ "$(printf '%s\n' "$a" "$b" | sort | tr '\n' ' ')" = "3 5 " ]; then
    record check "overlapping runs" 1
else
    echo "FAIL: overlapping runs exited $a and $b (expected one 0 or 3, one 5)" >&2
    failed=$((failed + 1))
fi
# The same with --wait: both succeed, one after the other.
analyze_in_background --wait
first=$!
analyze_in_background --wait
second=$!
wait "$first"
a=$?
wait "$second"
b=$?
if [ "$a" -le 3 ] && [ "$b" -le 3 ]; then record check "overlapping runs with --wait" 1; else
    echo "FAIL: overlapping runs with --wait exited $a and $b" >&2
    failed=$((failed + 1))
fi

echo "$interrupted of $runs kills interrupted a run (the others came after it ended); where they landed:"
sort "$work/landed" | uniq -c
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
