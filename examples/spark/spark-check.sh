#!/usr/bin/env bash
# `make spark-check`: the Spark job in local mode with 4 partitions over corpora/sample must write
# the reports `make analyze` writes, byte for byte (the manifest's run-time fields aside). Installs
# Java 17 (Debian) and PySpark (PyPI, pinned, in a virtual environment under .build) when missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
PYSPARK_VERSION=3.5.7   # Spark 3.5 runs on Java 17 and Python 3.8–3.12
VENV=.build/spark-venv
CORPUS=${CORPUS:-corpora/sample}
AS_OF=2026-12-01
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

if ! command -v java >/dev/null 2>&1; then
    $SUDO apt-get update && $SUDO apt-get install -y openjdk-17-jre-headless
fi
if ! "$VENV/bin/python" -c "import pyspark" >/dev/null 2>&1; then
    # Debian's python3 makes virtual environments only with python3-venv.
    python3 -c "import ensurepip" >/dev/null 2>&1 || { $SUDO apt-get update && $SUDO apt-get install -y python3-venv; }
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet "pyspark==$PYSPARK_VERSION"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
BIN=.build/release/verbatim
"$BIN" analyze "$CORPUS" --out "$work/whole" --lexicons lexicons --as-of "$AS_OF" >/dev/null 2>&1 || [ $? = 3 ]
# The spark-submit of the PyPI package, as on a cluster but with --master local[4].
PYSPARK_PYTHON="$PWD/$VENV/bin/python" "$VENV/bin/spark-submit" --master "local[4]" \
    examples/spark/verbatim_spark.py "$CORPUS" --out "$work/spark" --binary "$BIN" --lexicons lexicons \
    --partitions 4 --merge-arg=--as-of="$AS_OF" >"$work/spark.log" 2>&1 || {
    status=$?
    # 3 is a written report set with rejected inputs, as `make analyze` may exit on the sample too.
    if [ "$status" != 3 ]; then tail -30 "$work/spark.log"; exit "$status"; fi
}
./scripts/compare-reports.py "$work/whole/current" "$work/spark/current"
