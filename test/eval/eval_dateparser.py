#!/usr/bin/env python3
"""Run arnews' date engine on the Arabic test cases of the dateparser project.

Usage (from the repository root):
    python3 test/eval/eval_dateparser.py [--cli PATH]

Reads $ARNEWS_SHARED/eval/dateparser/dateparser_ar_cases.tsv (default ../shared).
Every case is run through test/tools/arnews_dates_cli (path from --cli or
$ARNEWS_DATES_CLI, default /tmp/arnews_dates_cli) with the reference date
2014-09-01 (the "now" of dateparser's freshness tests).  A case passes when the
items found carry the expected meaning:
  * an absolute date/time: a date item on that day (and a time item at that
    clock time when one is expected);
  * "N unit ago" / ago={...}: a date item N days before the reference, or a
    duration of that length governed by منذ/قبل;
  * "N unit": a duration of that length (several durations are summed).
Cases outside arnews' scope are listed with a reason category.
"""
import argparse
import datetime
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("ARNEWS_SHARED", os.path.join(ROOT, "..", "shared"))
REF = datetime.date(2014, 9, 1)
UNIT_MIN = {"minute": 1, "hour": 60, "day": 1440, "week": 7 * 1440}
UNIT_MON = {"month": 1, "year": 12}
OUT_OF_SCOPE = {
    "30-02-33": "two-digit year with an implied Hijri calendar (dateparser's explicit Hijri parser API; in free text 30-02-33 is not a date)",
    "10-03-90": "two-digit year with an implied Hijri calendar (dateparser's explicit Hijri parser API; in free text 10-03-90 is not a date)",
}


def run(cli, text):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([cli, "--ref", REF.isoformat(), path], capture_output=True,
                             text=True, check=True).stdout
    finally:
        os.unlink(path)
    items = []
    for line in out.splitlines():
        c = line.split("\t")
        items.append({"kind": c[1], "surface": c[2], "lo": c[5], "hi": c[6], "grain": c[7],
                      "at": c[8], "months": int(c[9]) if c[9] else None,
                      "days": int(c[10]) if c[10] else None,
                      "minutes": int(c[11]) if c[11] else None, "modifier": c[12]})
    return items


def dur_sum(items):
    """(months, minutes) summed over duration items."""
    mon = mins = 0
    for it in items:
        if it["kind"] == "duration" and it["months"] is not None:
            mon += it["months"]
            mins += it["days"] * 1440 + it["minutes"]
    return mon, mins


def expect_ago(items, days):
    day = (REF - datetime.timedelta(days=days)).isoformat()
    for it in items:
        if it["kind"] == "date" and it["lo"] == day:
            return True, "date %s" % day
        if it["kind"] == "duration" and it["lo"] == day and re.match(r"(since|before)", it["modifier"] or ""):
            return True, "duration anchored at %s (%s)" % (day, it["modifier"])
    return False, "no item for %s" % day


def expect_duration(items, months, minutes, ago=False):
    got = dur_sum(items)
    ok = got == (months, minutes)
    if ok and ago:
        ok = any(re.match(r"(since|before)", it["modifier"] or "") for it in items if it["kind"] == "duration")
    return ok, "durations sum to %d months %d minutes%s" % (got[0], got[1], " (ago)" if ago else "")


def expect_datetime(items, dt, has_time):
    day = dt.date().isoformat()
    okd = any(it["kind"] in ("date",) and it["lo"] == day and it["grain"] == "day" for it in items)
    if not has_time:
        return okd, "date %s %s" % (day, "found" if okd else "missing")
    at = dt.strftime("%Y-%m-%dT%H:%M")
    okt = any(it["kind"] == "time" and it["at"] == at for it in items)
    return okd and okt, "date %s %s, time %s %s" % (day, "ok" if okd else "missing", at, "ok" if okt else "missing")


def parse_units(s):
    """'1 year, 2 hour' style -> (months, minutes)."""
    mon = mins = 0
    for n, u in re.findall(r"(\d+)\s*(year|month|week|day|hour|minute)", s):
        n = int(n)
        if u in UNIT_MON:
            mon += n * UNIT_MON[u]
        else:
            mins += n * UNIT_MIN[u]
    return mon, mins


def check(kind, inp, exp, items):
    if kind.startswith("translate"):
        m = re.match(r"(\d+) (\w+) (\d{4}) (\d\d):(\d\d) (am|pm)$", exp)
        if m:
            months = ["january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december"]
            h = int(m.group(4)) % 12 + (12 if m.group(6) == "pm" else 0)
            dt = datetime.datetime(int(m.group(3)), months.index(m.group(2)) + 1, int(m.group(1)),
                                   h, int(m.group(5)))
            return expect_datetime(items, dt, True)
        m = re.match(r"(\d+) day ago$", exp)
        if m:
            return expect_ago(items, int(m.group(1)))
        if exp.startswith("ago "):
            mon, mins = parse_units(exp)
            return expect_duration(items, mon, mins, ago=True)
        mon, mins = parse_units(exp)
        return expect_duration(items, mon, mins)
    if kind.startswith("relative"):
        if "years" in exp:
            mon, mins = 0, 0
            for n, u in re.findall(r'"(\w+)": (\d+)', exp):
                pass
            for u, n in re.findall(r'"(\w+)":\s*(\d+)', exp):
                n = int(n)
                if u == "years":
                    mon += 12 * n
                elif u == "months":
                    mon += n
                else:
                    mins += n * UNIT_MIN[u[:-1]]
            return expect_duration(items, mon, mins)
        m = re.search(r'"days": (\d+)', exp)
        return expect_ago(items, int(m.group(1)))
    m = re.match(r"datetime\((\d+), (\d+), (\d+)(?:, (\d+), (\d+))?\)", exp)
    dt = datetime.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)),
                           int(m.group(4) or 0), int(m.group(5) or 0))
    return expect_datetime(items, dt, m.group(4) is not None and (m.group(4), m.group(5)) != ("0", "0"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.environ.get("ARNEWS_DATES_CLI", "/tmp/arnews_dates_cli"))
    args = ap.parse_args()
    path = os.path.join(SHARED, "eval", "dateparser", "dateparser_ar_cases.tsv")
    if not os.path.exists(path):
        print("SKIP: %s not found (set ARNEWS_SHARED)" % path)
        return 0
    lines = open(path, encoding="utf-8").read().splitlines()[1:]
    n_in = n_pass = 0
    out_scope = []
    print("%-6s %-44s %-30s %s" % ("result", "input", "expected", "detail"))
    for line in lines:
        fname, kind, inp, exp = line.split("\t")
        if inp.strip() in OUT_OF_SCOPE:
            out_scope.append((inp, exp, OUT_OF_SCOPE[inp.strip()]))
            continue
        items = run(args.cli, inp)
        ok, detail = check(kind, inp, exp, items)
        n_in += 1
        n_pass += ok
        print("%-6s %-44s %-30s %s" % ("PASS" if ok else "FAIL", inp.strip(), exp[:30], detail))
    print()
    print("in scope: %d/%d pass; out of scope: %d" % (n_pass, n_in, len(out_scope)))
    for inp, exp, why in out_scope:
        print("OUT OF SCOPE  %-12s expected %-26s %s" % (inp, exp, why))
    return 0 if n_pass == n_in else 1


if __name__ == "__main__":
    sys.exit(main())
