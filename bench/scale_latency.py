#!/usr/bin/env python3
"""scale_latency.py: query latency at scale for bench/scale.sh.

    bench/scale_latency.py DBNAME

Reads the sampled queries of table scale_queries(kind, q) (and of
scale_ranked_queries(q), bench/scale_rank.sql, as kind "5 ranked"), runs each one
against table scale (GIN indexes on tsv_arnews and tsv_arabic) through one
psql session, the arnews and arabic forms of a query one after the other
(which one first alternates), so that the load of a shared machine falls on
both alike; timed by psql's \\timing (client side, Unix socket), with the
index forced (enable_seqscan off: for very common words
the planner prefers a sequential scan that detoasts every tsvector), no
parallel workers, work_mem 64MB (an exact bitmap: no lossy pages to
recheck) and a per-query statement_timeout (a timeout counts as its limit).
Two shapes: "page" = SELECT id ... LIMIT 10 (a search box's first page,
unranked) for every kind, "count" = SELECT count(*) (every match) for
single and two-word queries (index only: no recheck for them).  Kind
"5 ranked" (2 to 4 words) is timed as a ranked first page instead, ORDER
BY arnews_rank(tsv, arnews_query(q), 'scale') DESC LIMIT 10: filtered with
arnews_query_top (every query) and, for the first RANKED_FULL queries,
with arnews_query itself (the plain pattern, which ranks every document
holding any of the words), beside arabic's anchor, ts_rank over an OR of
plainto_tsquery('arabic', q)'s lexemes; the two arnews filters must give
the same first page (compared as sets of ids: ties may order differently).
Appends rows to scale_results.  Python standard library only.
"""

import os
import re
import subprocess
import sys

TIMEOUT_MS = 2000
CONFIGS = ('arnews', 'arabic')
RANKED_FULL = int(os.environ.get('ARNEWS_SCALE_RANKED_FULL', '50'))
RANKED_SQL = {
    'top': "SELECT string_agg(id::text, ',' ORDER BY id) FROM (SELECT id FROM scale "
           "WHERE tsv_arnews @@ (SELECT arnews_query_top(arnews_query(%(q)s), 'scale', 'tsv_arnews', 10)) "
           "ORDER BY arnews_rank(tsv_arnews, arnews_query(%(q)s), 'scale') DESC LIMIT 10) s;",
    'full': "SELECT string_agg(id::text, ',' ORDER BY id) FROM (SELECT id FROM scale "
            "WHERE tsv_arnews @@ arnews_query(%(q)s) "
            "ORDER BY arnews_rank(tsv_arnews, arnews_query(%(q)s), 'scale') DESC LIMIT 10) s;",
    'arabic': "SELECT string_agg(id::text, ',' ORDER BY id) FROM (SELECT id FROM scale, "
              "(SELECT replace(plainto_tsquery('arabic', %(q)s)::text, ' & ', ' | ')::tsquery AS tq) a "
              "WHERE tsv_arabic @@ a.tq ORDER BY ts_rank(tsv_arabic, a.tq) DESC LIMIT 10) s;",
}
FUNCS = {'1': 'plainto_tsquery', '2': 'plainto_tsquery', '3': 'phraseto_tsquery', '4': 'websearch_to_tsquery'}


def psql(db, script):
    """Run a psql script, return its output."""
    env = dict(os.environ, PGCLIENTENCODING='UTF8')
    return subprocess.run(['psql', '-X', '-q', '-tA', '-d', db], input=script.encode(),
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env,
                          check=True).stdout.decode()


def lit(s):
    """A SQL string literal."""
    return "'" + s.replace("'", "''") + "'"


def percentile(xs, p):
    """Nearest-rank percentile."""
    xs = sorted(xs)
    k = max(0, min(len(xs) - 1, int(round(p / 100.0 * len(xs) + 0.5)) - 1))
    return xs[k]


def run(db, queries, shape):
    """Time every query of one shape in both configurations: {(kind, cfg): stats}."""
    lines = ['SET enable_seqscan = off;', 'SET max_parallel_workers_per_gather = 0;', "SET work_mem = '64MB';",
             "SET statement_timeout = '%dms';" % TIMEOUT_MS,
             # load both dictionaries before timing anything (first-call cost is measured apart)
             "SELECT numnode(plainto_tsquery('arnews', 'قال')) + numnode(plainto_tsquery('arabic', 'قال'));",
             '\\timing on']
    jobs = []
    nranked = 0
    for n, (kind, q) in enumerate(queries):
        if (shape == 'ranked') != (kind[0] == '5') or (shape == 'count' and kind[0] not in '12'):
            continue
        if shape == 'ranked':
            forms = ['top'] + (['full', 'arabic'] if nranked < RANKED_FULL else [])
            nranked += 1
            for form in forms:
                lines.append('\\echo @@ %d' % len(jobs))
                lines.append(RANKED_SQL[form] % {'q': lit(q)})
                jobs.append((kind, form))
            continue
        for cfg in (CONFIGS if n % 2 == 0 else CONFIGS[::-1]):
            tsq = '%s(%s, %s)' % (FUNCS[kind[0]], lit(cfg), lit(q))
            if shape == 'count':
                sql = 'SELECT count(*) FROM scale WHERE tsv_%s @@ %s;' % (cfg, tsq)
            else:
                sql = 'SELECT count(*) FROM (SELECT id FROM scale WHERE tsv_%s @@ %s LIMIT 10) s;' % (cfg, tsq)
            lines.append('\\echo @@ %d' % len(jobs))
            lines.append(sql)
            jobs.append((kind, cfg))
    out = psql(db, '\n'.join(lines) + '\n')
    times = {}
    matches = {}
    cur = None
    for line in out.splitlines():
        m = re.match(r'^@@ (\d+)$', line)
        if m:
            cur = int(m.group(1))
            times[cur] = float(TIMEOUT_MS)
            continue
        m = re.match(r'^Time: ([0-9.]+) ms', line)
        if m and cur is not None:
            times[cur] = float(m.group(1))
        elif cur is not None and shape == 'ranked' and re.match(r'^[0-9,]*$', line):
            matches[cur] = line
        elif cur is not None and line.isdigit():
            matches[cur] = int(line)
    res = {}
    for i, job in enumerate(jobs):
        ms = times.get(i, float(TIMEOUT_MS))
        r = res.setdefault(job, {'ms': [], 'timeouts': 0, 'matches': 0})
        r['ms'].append(ms)
        if shape == 'ranked':
            r.setdefault('pages', []).append(matches.get(i))
        else:
            r['matches'] += matches.get(i, 0)
        if i not in matches:
            r['timeouts'] += 1
    return res


def main():
    """Measure and append rows to scale_results."""
    db = sys.argv[1]
    rows = [l.split('\t', 1) for l in psql(db, "SELECT kind || E'\\t' || q FROM scale_queries ORDER BY kind, q;").splitlines() if '\t' in l]
    if psql(db, "SELECT to_regclass('scale_ranked_queries') IS NOT NULL;").strip() == 't':
        rows += [['5 ranked', l] for l in psql(db, 'SELECT q FROM scale_ranked_queries;').splitlines() if l]
    results = {}
    for shape in ('page', 'count'):
        for (kind, cfg), r in run(db, rows, shape).items():
            results[(shape, kind, cfg)] = r
    inserts = []
    ranked = run(db, rows, 'ranked') if any(k[0] == '5' for k, q in rows) else {}
    if ranked:
        kind = [k for k, q in rows if k[0] == '5'][0]
        top, full, ar = ranked[(kind, 'top')], ranked.get((kind, 'full')), ranked.get((kind, 'arabic'))
        n = len(top['ms'])
        inserts.append('(%s, %s, %s, %s)' % (
            lit('p50 / p99 ms, ranked first 10: 2-4 words, arnews_query_top filter'),
            lit('%.2f / %.2f' % (percentile(top['ms'], 50), percentile(top['ms'], 99))), lit(''),
            lit('%d queries; ORDER BY arnews_rank(tsv, arnews_query(q)) DESC LIMIT 10%s' % (
                n, ', %d timeouts (%d ms)' % (top['timeouts'], TIMEOUT_MS) if top['timeouts'] else ''))))
        if full:
            m = len(full['ms'])
            same = sum(1 for a, b in zip(top['pages'][:m], full['pages']) if a is not None and a == b)
            inserts.append('(%s, %s, %s, %s)' % (
                lit('p50 / p99 ms, ranked first 10: 2-4 words, arnews_query filter'),
                lit('%.2f / %.2f' % (percentile(full['ms'], 50), percentile(full['ms'], 99))),
                lit('%.2f / %.2f' % (percentile(ar['ms'], 50), percentile(ar['ms'], 99))),
                lit('first %d queries; arabic: ts_rank over an OR of its lexemes; timeouts (%d ms) arnews %d, arabic %d; '
                    'same first page as arnews_query_top (as sets): %d of %d' % (
                        m, TIMEOUT_MS, full['timeouts'], ar['timeouts'], same, m))))
    for shape in ('page', 'count'):
        for kind in sorted({k for (s, k, c) in results if s == shape}):
            cells = []
            note = []
            for cfg in ('arnews', 'arabic'):
                r = results[(shape, kind, cfg)]
                cells.append('%.2f / %.2f' % (percentile(r['ms'], 50), percentile(r['ms'], 99)))
                n = len(r['ms'])
                note.append('%s: %d queries, mean %s %.0f%s' % (
                    cfg, n, 'rows' if shape == 'page' else 'matches', r['matches'] / max(n, 1),
                    ', %d timeouts (%d ms)' % (r['timeouts'], TIMEOUT_MS) if r['timeouts'] else ''))
            metric = 'p50 / p99 ms, %s: %s' % ('first 10' if shape == 'page' else 'count(*)', kind[2:])
            inserts.append('(%s, %s, %s, %s)' % (lit(metric), lit(cells[0]), lit(cells[1]), lit('; '.join(note))))
    psql(db, 'INSERT INTO scale_results (metric, arnews, arabic, note) VALUES\n' + ',\n'.join(inserts) + ';\n')


if __name__ == '__main__':
    main()
