#!/usr/bin/env bash
# Installs what is missing (Debian 12), configures and builds claimcheck.
#   tools/build.sh            build into ./build
#   tools/build.sh check      build, then check fixtures/articles against rules/
#   tools/build.sh test       build, then run the whole test suite (CTest)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ pkg-config libre2-dev libicu-dev libyaml-cpp-dev libspdlog-dev
          libfmt-dev libgtest-dev libcli11-dev nlohmann-json3-dev)
# The test suite also loads the HTML report in a real browser, renders the
# Markdown report with GitHub's parser and validates the SARIF report against its
# schema.
[ "${1:-}" = test ] && packages+=(chromium cmark-gfm python3-jsonschema)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing: ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"

case "${1:-}" in
  check) shift; exec ./build/claimcheck check --rules rules "$@" fixtures/articles ;;
  test)  cd build && exec ctest --output-on-failure -j"$(nproc)" ;;
  "")    ;;
  *)     echo "usage: tools/build.sh [check|test]" >&2; exit 2 ;;
esac
