#!/usr/bin/env python3
"""check_meta.py (make meta-check): META.json is valid JSON and has what PGXN
meta-spec 1.0.0 requires, consistent with the tree.

Checks: the required keys (name, version, abstract, maintainer, license,
provides, meta-spec 1.0.0) and those arnews promises (prereqs.runtime.requires.
PostgreSQL, resources); semantic versions; version == EXTVERSION of the Makefile
== default_version of arnews.control; every provided extension has an
abstract, a version equal to the release's and a file that the tree has or
builds (arnews--<version>.sql from src/sql/).  Prints the problems; exit 1 on
any.  A .example address in resources is reported as a warning: set the real
addresses before uploading to PGXN.
"""
import json
import os
import re
import sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(top, "META.json")
SEMVER = re.compile(r"^\d+\.\d+\.\d+(-[0-9A-Za-z-]+)?$")
problems = []


def need(cond, msg):
    if not cond:
        problems.append(msg)


try:
    with open(path, encoding="utf-8") as f:
        meta = json.load(f)
except (OSError, ValueError) as e:
    print(f"META.json: not valid JSON: {e}")
    sys.exit(1)

for key in ("name", "version", "abstract", "maintainer", "license", "provides", "meta-spec",
            "prereqs", "resources"):
    need(key in meta, f"missing key {key!r}")

need(meta.get("name") == "arnews", "name is not 'arnews'")
version = meta.get("version", "")
need(SEMVER.match(version or "") is not None, f"version {version!r} is not a semantic version")
need(isinstance(meta.get("abstract"), str) and meta["abstract"].strip(), "empty abstract")
need(isinstance(meta.get("maintainer"), (str, list)) and meta["maintainer"], "empty maintainer")
lic = meta.get("license")
need(isinstance(lic, str) and lic or isinstance(lic, dict) and lic, "empty license")
if isinstance(lic, dict):
    need(any(k.lower() == "postgresql" for k in lic), "license has no PostgreSQL entry")
spec = meta.get("meta-spec", {})
need(isinstance(spec, dict) and spec.get("version") == "1.0.0", "meta-spec.version is not 1.0.0")

pgreq = meta.get("prereqs", {}).get("runtime", {}).get("requires", {}).get("PostgreSQL")
need(pgreq is not None and SEMVER.match(pgreq) is not None,
     "prereqs.runtime.requires.PostgreSQL missing or not a semantic version")

with open(os.path.join(top, "Makefile"), encoding="utf-8") as f:
    m = re.search(r"^EXTVERSION\s*=\s*(\S+)", f.read(), re.M)
extversion = m.group(1) if m else None
with open(os.path.join(top, "arnews.control"), encoding="utf-8") as f:
    m = re.search(r"^default_version\s*=\s*'([^']+)'", f.read(), re.M)
default_version = m.group(1) if m else None
need(version == extversion, f"version {version} != Makefile EXTVERSION {extversion}")
need(version == default_version, f"version {version} != arnews.control default_version {default_version}")

provides = meta.get("provides", {})
need(isinstance(provides, dict) and "arnews" in provides, "provides has no 'arnews'")
for ext, p in provides.items() if isinstance(provides, dict) else []:
    need(isinstance(p.get("abstract"), str) and p["abstract"], f"provides.{ext}: no abstract")
    need(p.get("version") == version, f"provides.{ext}.version {p.get('version')} != {version}")
    f = p.get("file", "")
    built = f == f"arnews--{version}.sql" and os.path.isdir(os.path.join(top, "src", "sql"))
    need(f and (os.path.exists(os.path.join(top, f)) or built), f"provides.{ext}.file {f!r} not in the tree")
    d = p.get("docfile")
    need(d is None or os.path.exists(os.path.join(top, d)), f"provides.{ext}.docfile {d!r} not in the tree")

res = meta.get("resources", {})
need(isinstance(res, dict) and res, "empty resources")
if isinstance(res, dict) and ".example" in json.dumps(res):
    print("META.json: warning: resources still hold .example placeholder addresses")

for p in problems:
    print(f"META.json: {p}")
print(f"meta-check: {'FAILED' if problems else 'ok'} ({len(problems)} problems)")
sys.exit(1 if problems else 0)
