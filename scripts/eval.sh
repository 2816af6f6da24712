#!/usr/bin/env bash
# Accuracy on the labelled CX corpus of the repository (scripts/eval-cx.py, corpora/labelled), then of
# `verbatim eval` on the labelled TSVs of the shared data folder (id lang label rating text).
# Usage: scripts/eval.sh [SHARED_DIR]   (default ../shared/data). Prints one table:
# set, n, accuracy, macro-F1 (3 classes where the gold has neu), binary accuracy (gold pos/neg rows;
# a neutral prediction counts as wrong; a mixed one counts by its score's sign), and how many
# predictions were mixed (they count as neu in accuracy and macro-F1). Never part of `make test`.
set -euo pipefail
SHARED="${1:-../shared/data}"
BIN="${VERBATIM_BIN:-.build/release/verbatim}"
LEXICONS="${LEXICONS:-lexicons}"
if [ ! -x "$BIN" ]; then
    echo "eval: $BIN is missing; run 'make build' first." >&2
    exit 1
fi
# First, the labelled CX corpus of the repository (issue 16): touchpoint and polarity accuracy and the
# hot-spot order against its gold; it needs no shared data.
if [ -f corpora/labelled/cx-gold.tsv ]; then
    python3 scripts/eval-cx.py --bin "$BIN" --lexicons "$LEXICONS" --corpus corpora/labelled
    echo
fi
if [ ! -d "$SHARED" ]; then
    echo "eval: no labelled data folder at $SHARED; nothing else to evaluate."
    exit 0
fi
files=()
while IFS= read -r f; do
    if head -n 1 "$f" | grep -q $'label' && head -n 1 "$f" | grep -q $'text'; then files+=("$f"); fi
done < <(find "$SHARED" -name '*.tsv' -type f | sort)
if [ ${#files[@]} -eq 0 ]; then
    echo "eval: no labelled TSV under $SHARED."
    exit 0
fi
printf '%-60s %6s %9s %9s %9s %7s\n' set n accuracy macro-F1 binary mixed
for f in "${files[@]}"; do
    name="${f#"$SHARED"/}"
    "$BIN" eval --summary --lexicons "$LEXICONS" "$f" | while IFS=$'\t' read -r _ n acc f1 bin mixed; do
        printf '%-60s %6s %9s %9s %9s %7s\n' "$name" "$n" "$acc" "$f1" "$bin" "$mixed"
    done
done

# Theme detection against the manual aspect labels of the TripAdvisor restaurant reviews (issue 6),
# with the hospitality journey: an aspect is detected when a theme of its touchpoints is found.
# Then aspect polarity (issue 16): for each labelled aspect (not NE) that is detected, the polarity of
# its themes' sentiment (>= 0.05 Positive, <= -0.05 Négative, else Neutre; 3 classes) against the
# gold label, next to the document-label baseline (every aspect given its review's gold label, from
# reviews.tsv) and the document-score baseline (every aspect given the tool's verbatim score).
aspects="$SHARED/fr_tripadvisor_restaurant_reviews/aspects.tsv"
reviews="$SHARED/fr_tripadvisor_restaurant_reviews/reviews.tsv"
if [ -f "$aspects" ] && [ -f "$reviews" ]; then
    echo
    "$BIN" eval-aspects --lexicons "$LEXICONS" --reviews "$reviews" --aspects "$aspects" --journey hospitality \
        --map prix=price --map cuisine=food --map service=welcome,waiting,service --map ambiance=ambiance
fi
