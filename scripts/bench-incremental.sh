#!/usr/bin/env bash
# Incremental nightly runs (issue 17): a cold `verbatim analyze`, a warm one over the same corpus
# (nothing changed: every input comes from the history's cache) and a warm one after 1 % of the files
# changed, on a copy of CORPUS; prints the seconds and warm/cold in %. `scripts/bench.sh` runs it on
# the bench corpus; alone: scripts/bench-incremental.sh CORPUS WORK_DIR.
#
# Environment: VERBATIM (default .build/release/verbatim), LEXICONS (default lexicons).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:?usage: bench-incremental.sh CORPUS WORK_DIR}
WORK=${2:?usage: bench-incremental.sh CORPUS WORK_DIR}
VERBATIM=${VERBATIM:-.build/release/verbatim}
LEXICONS=${LEXICONS:-lexicons}
COPY="$WORK/incremental-corpus"
OUT="$WORK/incremental-out"
rm -rf "$COPY" "$OUT"
mkdir -p "$WORK"
# Hard links: the copy costs no space; a changed file is written anew (below), never edited in place,
# so the original corpus stays as it was.
cp -al "$CORPUS" "$COPY" 2>/dev/null || cp -r "$CORPUS" "$COPY"
extra=()
[ -d "$LEXICONS" ] && extra=(--lexicons "$LEXICONS")
# run LABEL: one timed run into the same output folder (and so the same history); prints seconds.
run() {
    local start end
    start=$(date +%s.%N)
    "$VERBATIM" analyze "$COPY" --out "$OUT" "${extra[@]}" 2>"$WORK/incremental-$1.stderr" || true
    end=$(date +%s.%N)
    [ -f "$OUT/verbatims.csv" ] || { tail -5 "$WORK/incremental-$1.stderr" >&2; echo "bench: $1 run failed" >&2; }
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}
units() { grep -o '"'"$1"'" : [0-9]*' "$OUT/manifest.json" | awk '{ print $3 }'; }
echo "bench: incremental runs on a copy of $CORPUS" >&2
cold=$(run cold)
warm=$(run warm)
warm_reused=$(units reused_units)
# 1 % of the files (every hundredth in path order, at least one), each given one more line at its
# end: a new file where the link was, as a nightly drop would change it.
changed=0
while IFS= read -r file; do
    { cat "$file"; printf '\n'; } >"$file.new" && rm "$file" && mv "$file.new" "$file"
    changed=$((changed + 1))
done < <(find "$COPY" -type f ! -name .stamp ! -name verbatim-config.tsv | sort | awk 'NR % 100 == 1')
changed_s=$(run changed)
changed_analysed=$(units analysed_units)
pct() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", 100 * a / (b > 0 ? b : 0.001) }'; }
printf '%-28s %10s %12s %s\n' "incremental analyze" "seconds" "of cold (%)" "units"
printf '%-28s %10s %12s %s\n' "cold (empty history)" "$cold" "100.0" "all analysed"
printf '%-28s %10s %12s %s\n' "warm, nothing changed" "$warm" "$(pct "$warm" "$cold")" "$warm_reused reused"
printf '%-28s %10s %12s %s\n' "warm, 1 % of files changed" "$changed_s" "$(pct "$changed_s" "$cold")" \
    "$changed files changed, $changed_analysed units analysed"
