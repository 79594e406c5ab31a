#!/usr/bin/env python3
"""Validates claimcheck's CI formats with outside tools: the SARIF report against
the SARIF 2.1.0 JSON schema (python3-jsonschema), and the JUnit report as XML.

usage: validate_ci_formats.py CLAIMCHECK SARIF_SCHEMA PATH...
Runs `CLAIMCHECK check --format sarif|junit --show-confirmed PATH...` from the
current directory; exit 0 when both are valid, 1 otherwise.
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema


def report(claimcheck, fmt, paths):
    run = subprocess.run([claimcheck, "check", "--format", fmt, "--show-confirmed", *paths],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1, 2):
        sys.exit(f"claimcheck --format {fmt} exited {run.returncode}: {run.stderr}")
    return run.stdout


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    claimcheck, schema_path, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    sarif = json.loads(report(claimcheck, "sarif", paths))
    jsonschema.validators.validator_for(schema)(schema).validate(sarif)
    results = sarif["runs"][0]["results"]
    kinds = sorted({r["kind"] for r in results})
    print(f"sarif: valid against {schema_path}; {len(results)} results, kinds {kinds}")

    root = ET.fromstring(report(claimcheck, "junit", paths).encode("utf-8"))
    cases = root.findall("./testsuite/testcase")
    if root.tag != "testsuites" or int(root.get("tests")) != len(cases):
        sys.exit(f"junit: tests={root.get('tests')} but {len(cases)} test cases")
    print(f"junit: well-formed; {len(cases)} test cases, failures={root.get('failures')}")


if __name__ == "__main__":
    main()
