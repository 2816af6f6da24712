#!/usr/bin/env bash
# Shows the night-to-night trend on the bundled corpus: night 1 is corpora/sample; night 2 is either
# the same corpus (nothing should be flagged) or the sample plus 50 angry customer-service survey
# answers (customer service should be flagged as significantly worse). Prints the top rows.
# Usage: scripts/trend-demo.sh   (after `make build`)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/verbatim
[ -x "$bin" ] || { echo "run 'make build' first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r corpora/sample "$work/worse"
{
    echo "ID,Date,Step,How likely are you to recommend Maison Lumen? (0-10),Comment,Language"
    complaints=("Le chatbot tourne en boucle, impossible de parler à un conseiller,FR"
        "The bot keeps sending me the same link, useless support,EN"
        "Service client injoignable, le robot ne comprend rien,FR"
        "Nobody from customer service ever got back to me,EN"
        "Le service client m'a raccroché au nez, honteux,FR")
    for i in $(seq 0 49); do
        entry=${complaints[$((i % 5))]}
        printf 'W%03d,2026-11-24 10:%02d:00,Customer service,%d,"%s",%s\n' "$i" "$((i % 60))" "$((i % 6))" \
            "${entry%,*}" "${entry##*,}"
    done
} > "$work/worse/surveys/relance_service_client.csv"
show() {
    python3 - "$1" <<'PY'
import csv, sys
for r in list(csv.DictReader(open(sys.argv[1])))[:4]:
    print(f"  {r['touchpoint']:<18} n={r['verbatims']:>4} neg={r['negative_share']} Δneg={r['negative_share_change']:>5} "
          f"p={r['negative_share_p']} nps={r['nps']:>6} Δnps={r['nps_change']:>6} p={r['nps_p']} q={r['q']} significant={r['significant']}")
PY
}
for night2 in corpora/sample "$work/worse"; do
    out="$work/out-$(basename "$night2")"
    "$bin" analyze corpora/sample --out "$out" --as-of 2026-11-23 --csv rfc4180 2>/dev/null || true
    echo "night 2 = $night2"
    "$bin" analyze "$night2" --out "$out" --as-of 2026-11-24 --csv rfc4180 2>&1 | grep compared || true
    show "$out/hotspots.csv"
done
