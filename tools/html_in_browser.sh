#!/usr/bin/env bash
# Renders an HTML report (claimcheck check --format html) in headless Chromium, the way
# the discrepancy-report test does, to look at it as a reader would.
#   tools/html_in_browser.sh REPORT.html                  print the DOM Chromium built
#   tools/html_in_browser.sh REPORT.html --screenshot OUT.png [WIDTHxHEIGHT]
#                                                         a screenshot, by default at a
#                                                         phone's size (390x844)
# Needs the Debian package `chromium`. Nothing is fetched: the report is self-contained
# and background networking, sync and component updates are off; a fresh, empty
# profile directory is used and removed afterwards.
set -euo pipefail

if [ $# -lt 1 ] || [ ! -f "$1" ]; then
  echo "usage: tools/html_in_browser.sh REPORT.html [--screenshot OUT.png [WIDTHxHEIGHT]]" >&2
  exit 2
fi
browser=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$browser" ]; then
  echo "html_in_browser: $browser not found (apt-get install chromium)" >&2
  exit 2
fi

report=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
       --disable-background-networking --disable-component-update --disable-sync
       --hide-scrollbars --user-data-dir="$profile")

case "${2:-}" in
  "")
    timeout 60 "$browser" "${flags[@]}" --dump-dom "file://$report" 2>/dev/null ;;
  --screenshot)
    out=${3:?--screenshot needs an output file}
    out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
    size=${4:-390x844}
    timeout 60 "$browser" "${flags[@]}" --window-size="${size/x/,}" --force-device-scale-factor=1 \
      --screenshot="$out" "file://$report" 2>/dev/null
    echo "$out" ;;
  *)
    echo "usage: tools/html_in_browser.sh REPORT.html [--screenshot OUT.png [WIDTHxHEIGHT]]" >&2
    exit 2 ;;
esac
