#!/usr/bin/env python3
"""eval_numex.py: score the arnews quantity extractor against the NUMEX gold of
the five seed articles (shared/gold/seeds/numex.jsonl).

  python3 test/eval/eval_numex.py [--via cli|sql] [--cli PATH] [--verbose]

--via cli (default) runs test/tools/arnews_quantities_cli (built into /tmp when
missing, see its header); --via sql runs SELECT ... FROM arnews_quantities(body)
through psql (connection from the usual PG* environment variables).

Gold offsets are 0-based code points, end exclusive.  arnews reports the gold
kind "count" (people) as kind "quantity" with unit "person", so gold "count"
is mapped to "quantity".  The gold annotates money, percent, quantity and count
only: arnews' kinds "number" (bare numbers) and "ordinal" are outside its
scope; they are listed, not scored.  A predicted item matches a gold item on
the exact span; value (exact decimal), unit, approximate flag and kind are
then compared.  Shared data is read from $ARNEWS_SHARED (default ../shared
relative to the repository root); the script skips when it is absent.
"""
import argparse
import decimal
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("ARNEWS_SHARED", os.path.join(ROOT, "..", "shared"))
SCORED_KINDS = {"money", "percent", "quantity"}
KIND_MAP = {"count": "quantity"}

BUILD = ("tools/embed_data.sh /tmp/arnews_builtin_data.c data/builtin_*.txt && "
         "cc -std=c11 -O2 -Wall -Wextra -Isrc/core -o {out} "
         "test/tools/arnews_quantities_cli.c src/core/quantities.c src/core/currency.c src/core/numbers.c "
         "src/core/numlex.c src/core/utf8.c src/core/chars.c src/core/normalize.c "
         "/tmp/arnews_builtin_data.c test/unit/alloc_std.c -licui18n -licuuc -licudata -lm")


def run_cli(path, cli):
    out = subprocess.run([cli, path], check=True, capture_output=True, text=True).stdout
    items = []
    for line in out.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, s, e, value, unit, approx, surface = line.split("\t", 6)
        items.append(dict(kind=kind, start=int(s), end=int(e), value=value,
                          unit=None if unit == "-" else unit, approx=approx == "t", text=surface))
    return items


def run_sql(path):
    body = open(path, encoding="utf-8").read()
    tag = "$arnews_body$"
    assert tag not in body
    sql = ("SELECT kind, start - 1, start - 1 + length, value, coalesce(unit, '-'), approximate, "
           "replace(surface, E'\\n', ' ') FROM arnews_quantities(%s%s%s);\n" % (tag, body, tag))
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                          "-d", os.environ.get("PGDATABASE", "postgres")],
                         input=sql, check=True, capture_output=True, text=True).stdout
    items = []
    for line in out.splitlines():
        if not line.strip():
            continue
        kind, s, e, value, unit, approx, surface = line.split("\t", 6)
        items.append(dict(kind=kind, start=int(s), end=int(e), value=value,
                          unit=None if unit == "-" else unit, approx=approx == "t", text=surface))
    return items


def same_value(a, b):
    try:
        return decimal.Decimal(str(a)) == decimal.Decimal(str(b))
    except decimal.InvalidOperation:
        return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--via", choices=["cli", "sql"], default="cli")
    ap.add_argument("--cli", default=os.environ.get("ARNEWS_QUANTITIES_CLI", "/tmp/arnews_quantities_cli"))
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    gold_path = os.path.join(SHARED, "gold", "seeds", "numex.jsonl")
    seeds = sorted(glob.glob(os.path.join(SHARED, "corpus", "seeds", "*.txt")))
    if not os.path.exists(gold_path) or not seeds:
        print("eval_numex: SKIP: shared data not found at %s (set ARNEWS_SHARED)" % SHARED)
        return 0
    if args.via == "cli" and not os.path.exists(args.cli):
        subprocess.run(BUILD.format(out=args.cli), shell=True, check=True, cwd=ROOT)

    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    tot = dict(gold=0, pred=0, span=0, value=0, unit=0, approx=0, kind=0, full=0)
    rows = []
    misses = []
    outside = []
    for path in seeds:
        doc = os.path.basename(path)
        text = open(path, encoding="utf-8").read()
        g = [x for x in gold if x["doc"] == doc]
        p_all = run_cli(path, args.cli) if args.via == "cli" else run_sql(path)
        for x in p_all:
            if text[x["start"]:x["end"]] != x["text"].replace(" ", " ") and \
               text[x["start"]:x["end"]].replace("\n", " ") != x["text"]:
                misses.append("%s: OFFSET MISMATCH %r" % (doc, x))
        p = [x for x in p_all if x["kind"] in SCORED_KINDS]
        outside += ["%s %d-%d %s %r" % (doc, x["start"], x["end"], x["kind"], x["text"])
                    for x in p_all if x["kind"] not in SCORED_KINDS]
        byspan = {(x["start"], x["end"]): x for x in p}
        d = dict(gold=len(g), pred=len(p), span=0, full=0)
        for x in g:
            y = byspan.get((x["start"], x["end"]))
            if y is None:
                misses.append("%s: MISSED %d-%d %r" % (doc, x["start"], x["end"], x["text"]))
                continue
            d["span"] += 1
            ok_v = same_value(x["value"], y["value"])
            ok_u = x["unit"] == y["unit"]
            ok_a = bool(x["approx"]) == y["approx"]
            ok_k = KIND_MAP.get(x["kind"], x["kind"]) == y["kind"]
            tot["value"] += ok_v
            tot["unit"] += ok_u
            tot["approx"] += ok_a
            tot["kind"] += ok_k
            if ok_v and ok_u and ok_a and ok_k:
                d["full"] += 1
            else:
                misses.append("%s: WRONG %r: got kind=%s value=%s unit=%s approx=%s" %
                              (doc, x["text"], y["kind"], y["value"], y["unit"], y["approx"]))
        gold_spans = {(x["start"], x["end"]) for x in g}
        for y in p:
            if (y["start"], y["end"]) not in gold_spans:
                misses.append("%s: SPURIOUS %d-%d %s %r" % (doc, y["start"], y["end"], y["kind"], y["text"]))
        for k in ("gold", "pred", "span", "full"):
            tot[k] += d[k]
        rows.append((doc, d))

    def ratio(a, b):
        return a / b if b else 1.0

    print("NUMEX evaluation via %s (gold: %s)" % (args.via, gold_path))
    print("%-26s %5s %5s %9s %9s" % ("doc", "gold", "pred", "span-ok", "all-ok"))
    for doc, d in rows:
        print("%-26s %5d %5d %9d %9d" % (doc, d["gold"], d["pred"], d["span"], d["full"]))
    print("%-26s %5d %5d %9d %9d" % ("total", tot["gold"], tot["pred"], tot["span"], tot["full"]))
    print()
    print("precision (exact span)          %.3f" % ratio(tot["span"], tot["pred"]))
    print("recall    (exact span)          %.3f" % ratio(tot["span"], tot["gold"]))
    print("precision (span+value+unit+approx+kind) %.3f" % ratio(tot["full"], tot["pred"]))
    print("recall    (span+value+unit+approx+kind) %.3f" % ratio(tot["full"], tot["gold"]))
    print("value accuracy on matched       %.3f" % ratio(tot["value"], tot["span"]))
    print("unit accuracy on matched        %.3f" % ratio(tot["unit"], tot["span"]))
    print("approx-flag accuracy on matched %.3f" % ratio(tot["approx"], tot["span"]))
    print("kind accuracy on matched        %.3f  (gold count -> quantity)" % ratio(tot["kind"], tot["span"]))
    print()
    print("outside the gold's scope (number/ordinal, not scored): %d" % len(outside))
    if args.verbose:
        for o in outside:
            print("  " + o)
    if misses:
        print("errors:")
        for m in misses:
            print("  " + m)
    else:
        print("errors: none")
    return 0 if not misses else 1


if __name__ == "__main__":
    sys.exit(main())
