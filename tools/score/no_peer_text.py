#!/usr/bin/env python3
"""Fails when text of the peer test cases appears in the repository.

The peer suite (shared/peer/*.jsonl) measures extraction; improvements must be
general rules checked by tests of our own phrasing (issue 4). This finds what
would be copied: a case's whole text (normalized: lower case, one space) of 20
characters or more, or of 12 or more with a digit, and case ids. Generic phrases
shorter than that ("two over five", "next week") are the language, not the suite.

usage: no_peer_text.py REPO_DIR PEER_FILE...
"""
import json
import os
import re
import sys

SKIP_DIRS = {".git", "node_modules"}
EXTS = {".cc", ".h", ".cpp", ".hpp", ".py", ".sh", ".md", ".yaml", ".yml", ".json", ".txt", ".cmake", ".expect"}


def norm(s):
    return re.sub(r"\s+", " ", s.lower()).strip()


def repo_files(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in SKIP_DIRS and not x.startswith("build")]
        for f in files:
            if os.path.splitext(f)[1] in EXTS or f == "CMakeLists.txt":
                yield os.path.join(d, f)


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    root, peers = sys.argv[1], sys.argv[2:]
    needles = {}
    for p in peers:
        with open(p, encoding="utf-8") as fh:
            for line in fh:
                case = json.loads(line)
                t = norm(case.get("text", ""))
                if len(t) >= 20 or (len(t) >= 12 and re.search(r"\d", t)):
                    needles.setdefault(t, case.get("id", ""))
    ids = re.compile(r"Specs/(?:DateTime|Number)|DateTimeModel\.json|NumberModel\.json")
    found = 0
    for path in repo_files(root):
        if os.path.basename(path) == os.path.basename(__file__):
            continue
        with open(path, encoding="utf-8", errors="replace") as fh:
            content = fh.read()
        text = norm(content)
        for m in ids.finditer(content):
            print(f"{path}: peer case id {m.group(0)!r}")
            found += 1
        for t, case_id in needles.items():
            if t in text:
                print(f"{path}: text of peer case {case_id}: {t!r}")
                found += 1
    if found:
        print(f"{found} peer strings in the repository", file=sys.stderr)
        return 1
    print(f"no peer case text in {root} ({len(needles)} case texts checked)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
