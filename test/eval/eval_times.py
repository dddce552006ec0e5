#!/usr/bin/env python3
"""Evaluate arnews_dates on the five seed articles against gold/seeds/times.jsonl.

Usage (from the repository root):
    python3 test/eval/eval_times.py [--via cli|sql] [--cli PATH] [-v]

--via cli (default) runs the engine through test/tools/arnews_dates_cli (path from
--cli or $ARNEWS_DATES_CLI, default /tmp/arnews_dates_cli; build line at the top of
test/tools/arnews_dates_cli.c).  --via sql runs
    SELECT * FROM arnews_dates(body, arnews_pubdate(body))
through psql with the usual PGHOST/PGPORT/PGUSER/PGDATABASE environment.
Each seed is anchored on its own publication date (from arnews_pubdate).

A prediction matches a gold item when the spans are identical (gold offsets are
0-based code points, end exclusive; arnews reports 1-based start and length).
Value accuracy is measured on matched items: kind (gold date_range = range,
relative_vague = vague) and the normalized value must both agree.
Shared data comes from $ARNEWS_SHARED (default ../shared from the repo root).
"""
import argparse
import datetime
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("ARNEWS_SHARED", os.path.join(ROOT, "..", "shared"))
PUBDATES = {"000": "2026-01-23", "001": "2026-02-04", "002": "2026-01-14",
            "003": "2025-12-03", "004": "2025-02-27"}
KIND_MAP = {"date_range": "range", "relative_vague": "vague"}
SQL = """SELECT kind, surface, start, length,
       lower(span), upper(span), lower_inf(span), upper_inf(span), grain,
       to_char(at, 'YYYY-MM-DD"T"HH24:MI'),
       extract(year from duration)*12 + extract(month from duration),
       extract(day from duration),
       extract(epoch from (duration - justify_days(date_trunc('day', duration))))/60,
       modifier, calendar
FROM arnews_dates(:'body', arnews_pubdate(:'body'))"""


def value_of(row):
    """Gold-style value from the SQL columns (the same mapping for both paths)."""
    kind, lo, hi, lo_inf, hi_inf, grain, at, mon, day, mins = (
        row["kind"], row["lo"], row["hi"], row["lo_inf"], row["hi_inf"], row["grain"],
        row["at"], row["months"], row["days"], row["minutes"])
    if kind == "vague":
        if lo_inf:
            return "PAST_REF"
        if hi_inf:
            return "FUTURE_REF"
        return "PRESENT_REF"
    if kind == "duration":
        unit = {"year": "Y", "month": "M", "week": "W", "day": "D",
                "hour": "TXH", "minute": "TXM", "decade": "XE"}
        if mon is None:
            u = unit.get(grain, "X")
            return "P" + ("X" + u if not u.startswith("T") and u != "XE" else u if u.startswith("T") else "XE")
        mon, day, mins = int(mon), int(day), int(round(mins))
        out = "P"
        if mon and mon % 12 == 0:
            out += "%dY" % (mon // 12)
        elif mon:
            out += "%dM" % mon
        if day and grain == "week" and day % 7 == 0:
            out += "%dW" % (day // 7)
        elif day:
            out += "%dD" % day
        if mins:
            out += "T"
            if mins >= 60:
                out += "%dH" % (mins // 60)
            if mins % 60:
                out += "%dM" % (mins % 60)
        return out if out != "P" else "P0D"
    if kind == "time":
        return at
    if lo is None:
        return None
    d0 = datetime.date.fromisoformat(lo)
    if kind == "range":
        d1 = datetime.date.fromisoformat(hi) - datetime.timedelta(days=1)
        return {"from": d0.isoformat(), "to": d1.isoformat()}
    if grain == "month":
        return d0.strftime("%Y-%m")
    if grain == "year":
        return d0.strftime("%Y")
    if grain == "week":
        y, w, _ = d0.isocalendar()
        return "%04d-W%02d" % (y, w)
    if grain == "decade":
        return "%03d" % (d0.year // 10)
    return d0.isoformat()


def run_cli(cli, path):
    pub = subprocess.run([cli, "--pubdate", path], capture_output=True, text=True, check=True)
    pubdate = pub.stdout.strip().split("\t")[1] if "\t" in pub.stdout else ""
    out = subprocess.run([cli, "--ref", "auto", path], capture_output=True, text=True, check=True)
    rows = []
    for line in out.stdout.splitlines():
        f = line.split("\t")
        rows.append({"kind": f[1], "surface": f[2], "start": int(f[3]), "length": int(f[4]),
                     "lo": None if f[5] in ("", "-inf") else f[5],
                     "hi": None if f[6] in ("", "inf") else f[6],
                     "lo_inf": f[5] == "-inf", "hi_inf": f[6] == "inf",
                     "grain": f[7] or None, "at": f[8] or None,
                     "months": f[9] or None, "days": f[10] or None,
                     "minutes": float(f[11]) if f[11] else None,
                     "modifier": f[12] or None, "calendar": f[13]})
    return pubdate, rows


def run_sql(path):
    body = open(path, encoding="utf-8").read()
    base = ["psql", "-X", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-v", "body=" + body]
    q = subprocess.run(base, input="SELECT arnews_pubdate(:'body');\n", capture_output=True,
                       text=True, check=True)
    pubdate = q.stdout.strip()
    q = subprocess.run(base, input=SQL + ";\n", capture_output=True, text=True, check=True)
    rows = []
    for line in q.stdout.splitlines():
        if not line.strip():
            continue
        f = line.split("\t")
        rows.append({"kind": f[0], "surface": f[1], "start": int(f[2]), "length": int(f[3]),
                     "lo": f[4] or None, "hi": f[5] or None,
                     "lo_inf": f[6] == "t", "hi_inf": f[7] == "t", "grain": f[8] or None,
                     "at": f[9] or None, "months": f[10] or None, "days": f[11] or None,
                     "minutes": float(f[12]) if f[12] else None,
                     "modifier": f[13] or None, "calendar": f[14]})
    return pubdate, rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--via", choices=["cli", "sql"], default="cli")
    ap.add_argument("--cli", default=os.environ.get("ARNEWS_DATES_CLI", "/tmp/arnews_dates_cli"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    gold_path = os.path.join(SHARED, "gold", "seeds", "times.jsonl")
    if not os.path.exists(gold_path):
        print("SKIP: %s not found (set ARNEWS_SHARED)" % gold_path)
        return 0
    gold = [json.loads(l) for l in open(gold_path, encoding="utf-8")]
    docs = sorted({g["doc"] for g in gold})
    tot = {"gold": 0, "pred": 0, "match": 0, "value": 0}
    pub_ok = 0
    print("%-28s %5s %5s %5s %5s  %-10s %s" % ("doc", "gold", "pred", "match", "value", "pubdate", ""))
    problems = []
    for doc in docs:
        path = os.path.join(SHARED, "corpus", "seeds", doc)
        text = open(path, encoding="utf-8").read()
        pubdate, rows = run_cli(args.cli, path) if args.via == "cli" else run_sql(path)
        ok = pubdate == PUBDATES[doc[:3]]
        pub_ok += ok
        golds = {(g["start"], g["end"]): g for g in gold if g["doc"] == doc}
        preds = {}
        for r in rows:
            s0 = r["start"] - 1
            e0 = s0 + r["length"]
            assert text[s0:e0] == r["surface"], (doc, r)
            preds[(s0, e0)] = r
        m = v = 0
        for key, g in golds.items():
            r = preds.get(key)
            if r is None:
                problems.append("%s MISS   %d-%d %s [%s %s]" % (doc[:3], key[0], key[1], g["text"], g["kind"], json.dumps(g["value"], ensure_ascii=False)))
                continue
            m += 1
            val = value_of(r)
            gk = KIND_MAP.get(g["kind"], g["kind"])
            if gk == r["kind"] and val == g["value"]:
                v += 1
            else:
                problems.append("%s VALUE  %d-%d %s gold [%s %s] got [%s %s]" % (doc[:3], key[0], key[1], g["text"], gk, json.dumps(g["value"], ensure_ascii=False), r["kind"], json.dumps(val, ensure_ascii=False)))
        for key, r in preds.items():
            if key not in golds:
                problems.append("%s FALSE  %d-%d %s [%s %s]" % (doc[:3], key[0], key[1], r["surface"], r["kind"], json.dumps(value_of(r), ensure_ascii=False)))
        print("%-28s %5d %5d %5d %5d  %-10s %s" % (doc, len(golds), len(preds), m, v, pubdate, "ok" if ok else "WRONG (gold %s)" % PUBDATES[doc[:3]]))
        tot["gold"] += len(golds)
        tot["pred"] += len(preds)
        tot["match"] += m
        tot["value"] += v
    p = tot["match"] / tot["pred"] if tot["pred"] else 0.0
    r = tot["match"] / tot["gold"] if tot["gold"] else 0.0
    va = tot["value"] / tot["match"] if tot["match"] else 0.0
    print("%-28s %5d %5d %5d %5d" % ("all", tot["gold"], tot["pred"], tot["match"], tot["value"]))
    print()
    print("via %s: precision %.3f  recall %.3f  value accuracy %.3f  pubdate %d/5" % (args.via, p, r, va, pub_ok))
    target = p >= 0.95 and r >= 0.90 and va >= 0.95 and pub_ok == 5
    print("targets (P>=0.95, R>=0.90, value>=0.95, pubdate 5/5): %s" % ("MET" if target else "NOT MET"))
    if problems:
        print()
        for line in problems:
            print(line)
    return 0 if target else 1


if __name__ == "__main__":
    sys.exit(main())
