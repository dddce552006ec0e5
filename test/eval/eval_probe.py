#!/usr/bin/env python3
"""eval_probe.py: score arnews_dates and arnews_quantities on the blind probes.

    python3 test/eval/eval_probe.py [--verbose] [--set all|1|2|3] [--min-date F] [--min-time F] [--min-quantity F]

test/fixtures/probe_dates.tsv and probe_quantities.tsv were written for issue
15 without running the engines on them first: their first score is an
estimate of text the engines have never seen (later fixes make it optimistic,
as any tuned figure).  Runs through psql on the installed extension
(connection from the usual PG* environment variables); prints one line per
category and "probe: N of M cases right".  The --min-* options turn the
shares into a gate (exit 1 below them).
"""
import argparse
import datetime
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REF_DATE = "2026-03-18"
REF_TIME = "2026-03-18 09:30"


def read_cases(name):
    cases = []
    with open(os.path.join(ROOT, "test", "fixtures", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cid, cat, text, expected = line.split("\t")
            cases.append((cid, cat, text, [e.strip() for e in expected.split(" | ")]))
    return cases


def sql_literal(s):
    return "'" + s.replace("'", "''") + "'"


def psql(query):
    out = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-F", "\t", "-v", "ON_ERROR_STOP=1",
                          "-d", os.environ.get("PGDATABASE", "postgres")],
                         input=query, capture_output=True, text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def items_by_case(cases, select):
    """Run one query over all cases: rows keyed by case id."""
    if not cases:
        return {}
    values = ",\n".join("(%s, %s, %s)" % (sql_literal(c[0]), sql_literal(c[1]), sql_literal(c[2]))
                        for c in cases)
    rows = psql("SELECT c.id, %s FROM (VALUES %s) AS c(id, cat, body) %s ORDER BY c.id;"
                % (select[0], values, select[1]))
    got = {c[0]: [] for c in cases}
    for r in rows:
        got[r[0]].append(r[1:])
    return got


def day(s):
    return datetime.date.fromisoformat(s)


def date_ok(items, expected):
    """items: (kind, surface, lower, upper, modifier, at)"""
    # every item with a span is read: dates, ranges, and the day a duration
    # governed by قبل/منذ points to (the engine reports those with its span)
    for e in expected:
        for kind, _surface, lo, hi, modifier, at in items:
            if e.startswith("at:"):
                if at and at[:16] == e[3:]:
                    return True
            elif e.startswith("week:"):
                if kind == "date" and lo and hi and lo not in ("-infinity",) and hi != "infinity":
                    if (day(hi) - day(lo)).days == 7 and day(lo) <= day(e[5:]) < day(hi):
                        return True
            else:
                elo, ehi = e.split("/")
                # a date, a range, or a duration anchored by قبل/منذ (the date it points to)
                if kind not in ("date", "range", "duration") or not lo or not hi or "infinity" in lo + hi:
                    continue
                if (lo, hi) == (elo, ehi):
                    return True
                if modifier in ("start", "mid", "end") and elo <= lo and hi <= ehi:
                    return True
    return False


def num_equal(a, b):
    try:
        return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))
    except ValueError:
        return False


def quantity_ok(items, expected):
    """items: (kind, surface, value, unit)"""
    for e in expected:
        value, unit = e.split(" ")
        for _kind, _surface, v, u in items:
            if num_equal(v, value) and (u or "-") == unit:
                return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--min-date", type=float, default=0.0)
    ap.add_argument("--min-time", type=float, default=0.0)
    ap.add_argument("--min-quantity", type=float, default=0.0)
    ap.add_argument("--set", choices=["all", "1", "2", "3"], default="all",
                    help="1: the first probe, 2 and 3: the later ones (ids t2_/q2_, t3_), "
                         "each written after the fixes of the one before")
    args = ap.parse_args()

    def in_set(case):
        probe = case[0][1] if case[0][2:3] == "_" else "1"
        return args.set == "all" or args.set == probe

    dates = [c for c in read_cases("probe_dates.tsv") if in_set(c)]
    quants = [c for c in read_cases("probe_quantities.tsv") if in_set(c)]
    # the timestamp form for every date case: date rows compare spans, time rows moments
    got_d = items_by_case(dates, (
        "d.kind, d.surface, lower(d.span)::text, upper(d.span)::text, coalesce(d.modifier, ''), "
        "coalesce(to_char(d.at, 'YYYY-MM-DD HH24:MI'), '')",
        "JOIN LATERAL arnews_dates(c.body, timestamp %s) d ON true" % sql_literal(REF_TIME)))
    got_q = items_by_case(quants, (
        "q.kind, q.surface, q.value::text, coalesce(q.unit, '-')",
        "JOIN LATERAL arnews_quantities(c.body) q ON true"))

    score = {}
    passed = failed = 0
    for cases, got, check in ((dates, got_d, date_ok), (quants, got_q, quantity_ok)):
        for cid, cat, text, expected in cases:
            ok = check(got[cid], expected)
            s = score.setdefault(cat, [0, 0])
            s[0] += ok
            s[1] += 1
            passed += ok
            failed += not ok
            if args.verbose and not ok:
                print("MISS %s %s: %s\n     expected %s\n     got %s" % (
                    cid, cat, text, " | ".join(expected),
                    "; ".join("/".join(i) for i in got[cid]) or "nothing"))
    for cat in sorted(score):
        print("%-9s %d/%d = %.3f" % (cat, score[cat][0], score[cat][1], score[cat][0] / score[cat][1]))
    qcats = [c for c in score if c not in ("date", "time")]
    q_ok = sum(score[c][0] for c in qcats)
    q_all = sum(score[c][1] for c in qcats)
    print("quantity  %d/%d = %.3f (numbers, ordinals, money, percent)" % (q_ok, q_all, q_ok / q_all if q_all else 0))
    print("probe: %d of %d cases right" % (passed, passed + failed))
    def share(cat):
        return score[cat][0] / score[cat][1] if cat in score else 1.0
    gates = [("date", share("date"), args.min_date),
             ("time", share("time"), args.min_time),
             ("quantity", q_ok / q_all if q_all else 1.0, args.min_quantity)]
    low = [g for g in gates if g[1] < g[2]]
    for name, share, floor in low:
        print("probe: %s %.3f below the gate %.3f" % (name, share, floor))
    return 1 if low else 0


if __name__ == "__main__":
    sys.exit(main())
