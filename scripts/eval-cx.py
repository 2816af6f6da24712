#!/usr/bin/env python3
"""Accuracy of `verbatim analyze` on the labelled CX corpus (corpora/labelled, issue 16).

Runs the tool on <corpus>/cx into a temporary folder (--csv rfc4180 --as-of 2026-12-01), joins every
row of verbatims.csv to the gold row of <corpus>/cx-gold.tsv whose file is the row's source file and
whose snippet is a substring of its text (white space collapsed on both sides), and prints:

  - speaker: gold customer turns found as verbatims, non-customer turns (agent, bot, system) wrongly
    read as verbatims, and verbatims that match no gold row;
  - touchpoint accuracy over the gold customer rows found, and the 15 most frequent confusions;
  - negative-vs-not accuracy: predicted negative is label `negative`, or label `mixed` with a
    sentiment score below zero (a mixed verbatim counts as negative only when its score is negative);
  - 3-class polarity accuracy (neg/neu/pos): `mixed` maps to neg below zero, pos above, neu at zero;
  - per-signal precision and recall for the signals the gold uses;
  - the predicted hot-spot order (hotspots.csv touchpoint rows by rank) next to the gold order,
    computed with the tool's formula on the gold labels (100 x share x Wilson 95 % lower bound of the
    negative share), and whether the top 3 match in order.

It is a measurement: it exits 0 after printing whatever the figures, and 1 only when the tool fails
to run or the corpus is missing. Python 3 standard library only.
"""

import argparse
import collections
import csv
import math
import os
import subprocess
import sys
import tempfile

TOUCHPOINTS = [
    "discovery_ads", "site_app", "account", "product_search", "cart_payment", "delivery",
    "product_received", "customer_service", "returns_refunds", "billing_loyalty", "other",
]
Z95 = 1.959963984540054


def norm(text):
    return " ".join(text.split()).casefold()


def read_gold(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        row["signals"] = {s for s in (row.get("signals") or "").split(",") if s}
        row["key"] = norm(row["snippet"])
        rows.append(row)
    return rows


def run_tool(args, out):
    # Gold snippets quote the customer's words as written, order numbers included: the join reads the
    # unmasked text (masking has tests of its own and is not what this set measures).
    command = [
        args.bin, "analyze", os.path.join(args.corpus, "cx"), "--out", out, "--csv", "rfc4180",
        "--as-of", "2026-12-01", "--lexicons", args.lexicons, "--keep-personal-data",
    ]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        sys.exit(1)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def predicted_polarity(row):
    label = row["label"]
    try:
        score = float(row["sentiment"] or 0)
    except ValueError:
        score = 0.0
    if label == "mixed":
        return "neg" if score < 0 else "pos" if score > 0 else "neu"
    return {"negative": "neg", "positive": "pos"}.get(label, "neu")


def join(verbatims, gold):
    """Pairs (verbatim, gold row or None); a gold row is used once."""
    by_file = collections.defaultdict(list)
    for row in gold:
        by_file[row["file"]].append(row)
    used = set()
    pairs = []
    for verbatim in verbatims:
        if not verbatim["text"].strip():
            continue  # a survey response with scores and no comment is no utterance
        path = verbatim["source"].split(":", 1)[0]
        text = norm(verbatim["text"])
        match = None
        for row in by_file.get(path, []):
            if id(row) not in used and row["key"] in text:
                match = row
                break
        if match is not None:
            used.add(id(match))
        pairs.append((verbatim, match))
    return pairs


def wilson_lower(k, n):
    if n == 0:
        return 0.0
    p = k / n
    z2 = Z95 * Z95
    spread = Z95 * math.sqrt((p * (1 - p) + z2 / (4 * n)) / n)
    return (p + z2 / (2 * n) - spread) / (1 + z2 / n)


def gold_order(gold):
    customers = [row for row in gold if row["speaker"] == "customer"]
    counts = collections.Counter(row["touchpoint"] for row in customers)
    negative = collections.Counter(row["touchpoint"] for row in customers if row["polarity"] == "neg")
    total = len(customers)
    impact = {tp: 100 * n / total * wilson_lower(negative[tp], n) for tp, n in counts.items()}
    order = sorted(impact, key=lambda tp: (-impact[tp], -negative[tp], TOUCHPOINTS.index(tp)))
    return order, impact, counts, negative


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def print_speakers(pairs, gold):
    gold_customers = sum(1 for row in gold if row["speaker"] == "customer")
    found = [(v, g) for v, g in pairs if g is not None and g["speaker"] == "customer"]
    wrong = [(v, g) for v, g in pairs if g is not None and g["speaker"] != "customer"]
    unmatched = [v for v, g in pairs if g is None]
    print(f"speaker: customer turns found {len(found)}/{gold_customers} ({ratio(len(found), gold_customers)}); "
          f"non-customer turns read as verbatims {len(wrong)}; verbatims matching no gold row {len(unmatched)}")
    for verbatim, row in wrong[:10]:
        print(f"  {row['speaker']} read as verbatim: {verbatim['source']}: {verbatim['text'][:90]}")
    for verbatim in unmatched[:10]:
        print(f"  no gold row: {verbatim['source']}: {verbatim['text'][:90]}")
    return found


def print_accuracy(found):
    n = len(found)
    touch = sum(1 for v, g in found if v["touchpoint"] == g["touchpoint"])
    binary = sum(1 for v, g in found if (predicted_polarity(v) == "neg") == (g["polarity"] == "neg"))
    three = sum(1 for v, g in found if predicted_polarity(v) == g["polarity"])
    print(f"touchpoint accuracy      {ratio(touch, n)}  ({touch}/{n})")
    print(f"negative-vs-not accuracy {ratio(binary, n)}  ({binary}/{n})")
    print(f"3-class polarity         {ratio(three, n)}  ({three}/{n})")
    for lang in ("fr", "en"):
        part = [(v, g) for v, g in found if g["lang"] == lang]
        t = sum(1 for v, g in part if v["touchpoint"] == g["touchpoint"])
        b = sum(1 for v, g in part if (predicted_polarity(v) == "neg") == (g["polarity"] == "neg"))
        print(f"  {lang}: touchpoint {ratio(t, len(part))}, negative-vs-not {ratio(b, len(part))} (n={len(part)})")


def print_signals(found):
    names = sorted({s for _, g in found for s in g["signals"]})
    print("signal          precision  recall   TP  FP  FN")
    for name in names:
        tp = fp = fn = 0
        for verbatim, row in found:
            predicted = name in set(verbatim["signals"].split("|"))
            expected = name in row["signals"]
            tp += predicted and expected
            fp += predicted and not expected
            fn += expected and not predicted
        print(f"{name:15} {ratio(tp, tp + fp):>9} {ratio(tp, tp + fn):>7} {tp:4} {fp:3} {fn:3}")


def print_confusions(found):
    errors = collections.Counter((g["touchpoint"], v["touchpoint"]) for v, g in found
                                 if v["touchpoint"] != g["touchpoint"])
    print("touchpoint confusions (gold -> predicted), 15 most frequent:")
    for (gold, predicted), count in errors.most_common(15):
        print(f"  {count:4}  {gold} -> {predicted}")


def print_order(out, gold):
    rows = [row for row in read_csv(os.path.join(out, "hotspots.csv")) if not row.get("theme")]
    rows.sort(key=lambda row: int(row["rank"]))
    predicted = [row["touchpoint"] for row in rows]
    order, impact, counts, negative = gold_order(gold)
    print("hot-spot order   predicted (impact)            gold (impact, n, negative)")
    for index in range(max(len(predicted), len(order))):
        left = f"{predicted[index]} ({rows[index]['impact']})" if index < len(predicted) else ""
        right = ""
        if index < len(order):
            tp = order[index]
            right = f"{tp} ({impact[tp]:.2f}, {counts[tp]}, {negative[tp] / counts[tp]:.0%})"
        print(f"  {index + 1:2}  {left:32} {right}")
    verdict = "yes" if predicted[:3] == order[:3] else "no"
    print(f"top 3 in order: {verdict} (predicted {', '.join(predicted[:3])}; gold {', '.join(order[:3])})")


def print_errors(found, limit):
    shown = 0
    print(f"misclassified customer rows (first {limit}):")
    for verbatim, row in found:
        if shown >= limit:
            break
        polarity = predicted_polarity(verbatim)
        if verbatim["touchpoint"] == row["touchpoint"] and (polarity == "neg") == (row["polarity"] == "neg"):
            continue
        shown += 1
        print(f"- {verbatim['source']}: {' '.join(verbatim['text'].split())[:200]}")
        print(f"    gold {row['touchpoint']}/{row['polarity']}  predicted {verbatim['touchpoint']}/{polarity} "
              f"({verbatim['label']} {verbatim['sentiment']}; themes {verbatim['themes'] or '-'})")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bin", default=os.path.join(root, ".build/release/verbatim"), help="the verbatim binary")
    parser.add_argument("--lexicons", default=os.path.join(root, "lexicons"), help="lexicon folder")
    parser.add_argument("--corpus", default=os.path.join(root, "corpora/labelled"),
                        help="the labelled folder (holding cx/ and cx-gold.tsv)")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N misclassified rows")
    args = parser.parse_args()
    gold_path = os.path.join(args.corpus, "cx-gold.tsv")
    if not os.path.isfile(gold_path) or not os.path.isdir(os.path.join(args.corpus, "cx")):
        sys.stderr.write(f"eval-cx: no labelled corpus at {args.corpus}\n")
        return 1
    if not os.access(args.bin, os.X_OK):
        sys.stderr.write(f"eval-cx: {args.bin} is missing; run 'make build' first\n")
        return 1
    gold = read_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="eval-cx-") as out:
        run_tool(args, out)
        pairs = join(read_csv(os.path.join(out, "verbatims.csv")), gold)
        print(f"labelled CX set ({args.corpus}): {len(gold)} gold rows")
        found = print_speakers(pairs, gold)
        print_accuracy(found)
        print_signals(found)
        print_confusions(found)
        print_order(out, gold)
        if args.errors:
            print_errors(found, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
