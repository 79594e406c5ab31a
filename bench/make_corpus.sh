#!/usr/bin/env bash
# Builds a reproducible benchmark corpus: about a day of wire copy.
#
# Usage: bash bench/make_corpus.sh OUT_DIR [N]
#
# Writes N (default 1000) article files to OUT_DIR, named NNNN-<name>.md
# (NNNN = 0001 ... N, zero-padded to at least four digits), by copying in a fixed
# order, round robin:
#   1. fixtures/articles/*.md
#   2. fixtures/drafts/*.md (the folder's README.md is documentation, not copy: skipped)
#   3. ../shared/corpus/russia-dprk-2024/*.md beside the repository, when it exists
#      (third-party text: it is copied into OUT_DIR, never into the repository)
# Each group is sorted by name in the C locale. No randomness, no timestamps: the
# same sources and N give byte-identical files (the digest printed at the end).
# Files NNNN-*.md left in OUT_DIR by an earlier run are removed first; nothing
# else in OUT_DIR is touched.
#
# Prints the file count, the total bytes and a SHA-256 digest of the corpus.
# Exit status: 0 on success, 2 on a usage error or when no source is found.
set -euo pipefail
export LC_ALL=C

usage() { echo "usage: bash bench/make_corpus.sh OUT_DIR [N]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
out=$1
n=${2:-1000}
[[ $n =~ ^[0-9]+$ && $n -ge 1 ]] || { echo "make_corpus.sh: N must be a positive integer, got '$n'" >&2; exit 2; }

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$repo/../shared/corpus/russia-dprk-2024"

sources=()
add_group() {  # add_group DIR: the DIR/*.md files but README.md, sorted
  local dir=$1 f
  [[ -d $dir ]] || return 0
  while IFS= read -r f; do
    sources+=("$f")
  done < <(find "$dir" -maxdepth 1 -type f -name '*.md' ! -name 'README.md' | sort)
}
add_group "$repo/fixtures/articles"
add_group "$repo/fixtures/drafts"
add_group "$shared"
[[ ${#sources[@]} -gt 0 ]] || { echo "make_corpus.sh: no source articles found under $repo/fixtures" >&2; exit 2; }

mkdir -p "$out"
find "$out" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9]{4,}-[^/]*\.md' -delete

width=4
(( ${#n} > width )) && width=${#n}
for (( i = 0; i < n; ++i )); do
  src=${sources[i % ${#sources[@]}]}
  printf -v name "%0${width}d-%s" $((i + 1)) "$(basename "$src")"
  cp -- "$src" "$out/$name"
done

files=$(find "$out" -maxdepth 1 -type f -regextype posix-extended -regex '.*/[0-9]{4,}-[^/]*\.md' | sort)
count=$(printf '%s\n' "$files" | wc -l)
bytes=$(printf '%s\n' "$files" | tr '\n' '\0' | xargs -0 cat | wc -c)
digest=$(printf '%s\n' "$files" | tr '\n' '\0' | xargs -0 cat | sha256sum | cut -d' ' -f1)
echo "sources: ${#sources[@]} distinct articles"
echo "files: $count"
echo "bytes: $bytes"
echo "sha256: $digest"
