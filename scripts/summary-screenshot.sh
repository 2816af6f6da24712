#!/usr/bin/env bash
# Renders OUT/summary.html in headless Chromium and writes OUT/summary.png, to check the page a CX
# lead sees. Installs Debian's chromium when missing (through sudo when not root).
# Usage: scripts/summary-screenshot.sh [OUT]   (default: reports)
set -euo pipefail
out="${1:-reports}"
page="$(cd "$out" && pwd)/summary.html"
[ -f "$page" ] || { echo "no $page: run make analyze first" >&2; exit 1; }
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
if ! command -v chromium >/dev/null 2>&1; then
    $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
# --no-sandbox: CI and these machines run as root, where Chromium's sandbox refuses to start.
# No network is needed: the page is self-contained; --disable-background-networking keeps it so.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --hide-scrollbars \
    --window-size=1200,2200 --screenshot="$out/summary.png" "file://$page" 2>/dev/null
echo "wrote $out/summary.png"
