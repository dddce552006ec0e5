#!/usr/bin/env python3
"""Evaluate arnews named entities on the seed articles.

Compares the recognizer's output with ../shared/gold/seeds/entities.jsonl
(PER/LOC/ORG) and gentilics.jsonl (NORP): mention-level exact-span
precision, recall and F1 per type, and canonical accuracy (share of
correctly found mentions whose canonical equals the gold canonical after
normalization; for NORP the gold is the country).  Also checks that each
multi-variant gold entity gets exactly one key.

Usage: test/eval/eval_entities.py [--via cli|sql] [--cli PATH] [--psql CMD] [-v]
  --via cli  (default) runs test/tools/arnews_ner_cli (built to /tmp if needed)
  --via sql  runs SELECT ... FROM arnews_entities(text) through psql
             (ARNEWS_PSQL or --psql, default "psql -X -q")
Shared data: $ARNEWS_SHARED (default ../shared relative to the repo root).
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("ARNEWS_SHARED", os.path.join(ROOT, "..", "shared"))

HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def norm(s):
    """Mirror of arnews_normalize for Arabic letters (enough for keys)."""
    s = HARAKAT.sub("", s)
    for a in "أإآٱ":
        s = s.replace(a, "ا")
    s = s.replace("ؤ", "ء").replace("ئ", "ء").replace("ى", "ي").replace("ة", "ه")
    return " ".join(s.split())


def build_cli():
    exe = "/tmp/arnews_ner_cli_eval"
    # the whole core (ner.c uses the dates lexicon, which uses the builtin lists)
    subprocess.check_call(["make", "-s", "src/core/builtin_data.c"], cwd=ROOT)
    srcs = ["test/tools/arnews_ner_cli.c"] + sorted(
        os.path.relpath(p, ROOT) for p in glob.glob(os.path.join(ROOT, "src/core/*.c"))) + ["test/unit/alloc_std.c"]
    newest = max(os.path.getmtime(os.path.join(ROOT, p)) for p in srcs)
    if not os.path.exists(exe) or os.path.getmtime(exe) < newest:
        subprocess.check_call(["cc", "-std=c11", "-O2", "-Isrc/core", "-o", exe] + srcs +
                              ["-licui18n", "-licuuc", "-licudata", "-lm"], cwd=ROOT)
    return exe


def run_cli(exe, path):
    out = subprocess.run([exe, "-d", os.path.join(ROOT, "data"), path], check=True,
                         capture_output=True, text=True).stdout
    res = []
    for line in out.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, start, length, surface, canon = line.split("\t")
        res.append((kind, int(start), int(start) + int(length), surface, canon))
    return res


def run_sql(psql, text):
    tag = "$arnews_eval$"
    assert tag not in text
    q = ("SELECT kind, start - 1, length, surface, canonical FROM arnews_entities(%s%s%s) "
         "ORDER BY start" % (tag, text, tag))
    out = subprocess.run(psql.split() + ["-A", "-t", "-F", "\t", "-c", q], check=True,
                         capture_output=True, text=True).stdout
    res = []
    for line in out.splitlines():
        if line.strip():
            kind, start, length, surface, canon = line.split("\t")
            res.append((kind, int(start), int(start) + int(length), surface, canon))
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--via", choices=["cli", "sql"], default="cli")
    ap.add_argument("--cli")
    ap.add_argument("--psql", default=os.environ.get("ARNEWS_PSQL", "psql -X -q"))
    ap.add_argument("-v", action="store_true", help="list errors")
    ap.add_argument("--gate", action="store_true",
                    help="exit 1 unless F1 >= 0.90 for PER, LOC and ORG and canonical accuracy >= 0.95 (issue 6)")
    a = ap.parse_args()
    seeds = os.path.join(SHARED, "corpus", "seeds")
    gold_dir = os.path.join(SHARED, "gold", "seeds")
    if not os.path.isdir(seeds) or not os.path.isdir(gold_dir):
        print("SKIP: shared seeds not found at %s (set ARNEWS_SHARED)" % SHARED)
        return 0
    gold = defaultdict(list)
    for line in open(os.path.join(gold_dir, "entities.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        gold[r["doc"]].append((r["type"], r["start"], r["end"], r["text"], r["canonical"]))
    for line in open(os.path.join(gold_dir, "gentilics.jsonl"), encoding="utf-8"):
        r = json.loads(line)
        gold[r["doc"]].append(("NORP", r["start"], r["end"], r["text"], r["country"]))
    exe = a.cli or (build_cli() if a.via == "cli" else None)
    kinds = ["PER", "LOC", "ORG", "NORP"]
    tp = defaultdict(int); fp = defaultdict(int); fn = defaultdict(int)
    canon_ok = defaultdict(int)
    keys_per_entity = defaultdict(set)
    errors = []
    for doc in sorted(os.listdir(seeds)):
        if not doc.endswith(".txt"):
            continue
        path = os.path.join(seeds, doc)
        text = open(path, encoding="utf-8").read()
        pred = run_cli(exe, path) if a.via == "cli" else run_sql(a.psql, text)
        for k, s, e, surf, _ in pred:
            if text[s:e] != surf:
                errors.append("%s: offset mismatch %s %d %d %r" % (doc, k, s, e, surf))
        g = {(k, s, e): c for k, s, e, _, c in gold[doc]}
        p = {(k, s, e): c for k, s, e, _, c in pred if k in kinds}
        for key, c in p.items():
            if key in g:
                tp[key[0]] += 1
                if norm(c) == norm(g[key]):
                    canon_ok[key[0]] += 1
                else:
                    errors.append("%s: canonical %s %r: got %r want %r" % (doc, key[0], text[key[1]:key[2]], c, g[key]))
                if key[0] != "NORP":
                    keys_per_entity[norm(g[key])].add(norm(c))
            else:
                fp[key[0]] += 1
                errors.append("%s: FP %s %d %r" % (doc, key[0], key[1], text[key[1]:key[2]]))
        for key in g:
            if key not in p:
                fn[key[0]] += 1
                errors.append("%s: FN %s %d %r" % (doc, key[0], key[1], text[key[1]:key[2]]))
    print("arnews entities on the seeds (via %s)" % a.via)
    print("%-5s %6s %6s %6s %7s %7s %7s %9s" % ("type", "gold", "pred", "tp", "P", "R", "F1", "canon"))
    tot = [0, 0, 0, 0]
    failed = []
    for k in kinds + ["ALL"]:
        if k == "ALL":
            t, f1_, f2_, c = tot
            label = "PER+LOC+ORG"
        else:
            t, f1_, f2_, c = tp[k], fp[k], fn[k], canon_ok[k]
            label = k
            if k != "NORP":
                tot = [tot[0] + t, tot[1] + f1_, tot[2] + f2_, tot[3] + c]
        P = t / (t + f1_) if t + f1_ else 0
        R = t / (t + f2_) if t + f2_ else 0
        F = 2 * P * R / (P + R) if P + R else 0
        print("%-5s %6d %6d %6d %7.4f %7.4f %7.4f %9.4f" % (label[:11] if k != "ALL" else "ALL", t + f2_, t + f1_, t, P, R, F,
                                                          c / t if t else 0))
        if k in ("PER", "LOC", "ORG") and (F < 0.90 or (c / t if t else 0) < 0.95):
            failed.append(k)
    multi = [e for e, ks in keys_per_entity.items() if len(ks) > 1]
    print("gold entities with more than one predicted key: %d%s" % (len(multi), (" " + ", ".join(sorted(multi))) if multi else ""))
    if a.v:
        for e in errors:
            print("  " + e)
    if a.gate:
        if failed or multi:
            print("gate: FAILED for %s" % ", ".join(failed + (["one key per entity"] if multi else [])))
            return 1
        print("gate: passed (F1 >= 0.90 and canonical >= 0.95 for PER, LOC, ORG; one key per entity)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
