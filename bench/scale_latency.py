#!/usr/bin/env python3
"""scale_latency.py: query latency at scale for bench/scale.sh.

    bench/scale_latency.py DBNAME

Reads the sampled queries of table scale_queries(kind, q), runs each one
against table scale (GIN indexes on tsv_arnews and tsv_arabic) through one
psql session per configuration, timed by psql's \\timing (client side, Unix
socket), with the index forced (enable_seqscan off: for very common words
the planner prefers a sequential scan that detoasts every tsvector), no
parallel workers, work_mem 64MB (an exact bitmap: no lossy pages to
recheck) and a per-query statement_timeout (a timeout counts as its limit).
Two shapes: "page" = SELECT id ... LIMIT 10 (a search box's first page,
unranked) for every kind, "count" = SELECT count(*) (every match) for
single and two-word queries (index only: no recheck for them).
Appends rows to scale_results.  Python standard library only.
"""

import os
import re
import subprocess
import sys

TIMEOUT_MS = 2000
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


def run(db, cfg, queries, shape):
    """Time every query of one configuration and shape: {kind: [ms]}."""
    lines = ['SET enable_seqscan = off;', 'SET max_parallel_workers_per_gather = 0;', "SET work_mem = '64MB';",
             "SET statement_timeout = '%dms';" % TIMEOUT_MS, '\\timing on']
    jobs = []
    for kind, q in queries:
        if shape == 'count' and kind[0] not in '12':
            continue
        tsq = '%s(%s, %s)' % (FUNCS[kind[0]], lit(cfg), lit(q))
        if shape == 'count':
            sql = 'SELECT count(*) FROM scale WHERE tsv_%s @@ %s;' % (cfg, tsq)
        else:
            sql = 'SELECT count(*) FROM (SELECT id FROM scale WHERE tsv_%s @@ %s LIMIT 10) s;' % (cfg, tsq)
        lines.append('\\echo @@ %d' % len(jobs))
        lines.append(sql)
        jobs.append(kind)
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
        elif cur is not None and line.isdigit():
            matches[cur] = int(line)
    res = {}
    for i, kind in enumerate(jobs):
        ms = times.get(i, float(TIMEOUT_MS))
        r = res.setdefault(kind, {'ms': [], 'timeouts': 0, 'matches': 0})
        r['ms'].append(ms)
        r['matches'] += matches.get(i, 0)
        if i not in matches:
            r['timeouts'] += 1
    return res


def main():
    """Measure and append rows to scale_results."""
    db = sys.argv[1]
    rows = [l.split('\t', 1) for l in psql(db, "SELECT kind || E'\\t' || q FROM scale_queries ORDER BY kind, q;").splitlines() if '\t' in l]
    results = {}
    for shape in ('page', 'count'):
        for cfg in ('arnews', 'arabic'):
            for kind, r in run(db, cfg, rows, shape).items():
                results[(shape, kind, cfg)] = r
    inserts = []
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
