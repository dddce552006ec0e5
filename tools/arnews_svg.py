#!/usr/bin/env python3
"""arnews_svg.py: draw two reports of an arnews corpus as SVG files.

    tools/arnews_svg.py [--dsn DSN] [--schema S] [--out DIR] [--top N]

Reads the tables of the README's schema recipe (articles, mentions, dates)
through psql and writes:

  DIR/arnews_timeline.svg    dated events mentioned in the articles, by month
                             of their span (README report "timeline")
  DIR/arnews_comentions.svg  the N entities found in most articles, joined
                             by the number of articles mentioning both

Python standard library only; connects like psql (PG* variables or --dsn).
"""

import argparse
import math
import os
import subprocess
import sys
from xml.sax.saxutils import escape

TIMELINE_SQL = """
SELECT to_char(date_trunc('month', lower(d.span)), 'YYYY-MM') AS month,
       count(*) AS mentions, count(DISTINCT d.article_id) AS articles
FROM {s}dates d
WHERE d.kind IN ('date', 'range') AND d.grain IN ('minute', 'hour', 'day', 'week', 'month')
  AND NOT lower_inf(d.span) AND NOT upper_inf(d.span)
GROUP BY 1 ORDER BY 1"""

NODES_SQL = """
SELECT kind, canonical, count(DISTINCT article_id) AS articles,
       mode() WITHIN GROUP (ORDER BY surface) AS label
FROM {s}mentions WHERE kind IN ('PER', 'LOC', 'ORG')
GROUP BY 1, 2 ORDER BY articles DESC, canonical LIMIT {n}"""

EDGES_SQL = """
WITH top AS ({nodes})
SELECT a.kind || ':' || a.canonical, b.kind || ':' || b.canonical, count(DISTINCT a.article_id)
FROM {s}mentions a JOIN {s}mentions b ON a.article_id = b.article_id
JOIN top ta ON ta.kind = a.kind AND ta.canonical = a.canonical
JOIN top tb ON tb.kind = b.kind AND tb.canonical = b.canonical
WHERE (a.kind, a.canonical) < (b.kind, b.canonical)
GROUP BY 1, 2 ORDER BY 3 DESC"""

COLOURS = {'PER': '#1f77b4', 'LOC': '#2ca02c', 'ORG': '#d62728'}
FONT = 'font-family="Noto Naskh Arabic, Amiri, Arial, sans-serif"'


def rows(args, sql):
    """Tab-separated rows of a query, through psql."""
    cmd = [args.psql, '-X', '-q', '-tA', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', sql]
    if args.dsn:
        cmd[1:1] = ['-d', args.dsn]
    env = dict(os.environ, PGCLIENTENCODING='UTF8')
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, env=env).stdout.decode('utf-8')
    return [line.split('\t') for line in out.splitlines() if line]


def timeline_svg(data):
    """A bar chart of mentions per month."""
    w, h, left, bottom, top = 960, 360, 60, 70, 40
    n = max(len(data), 1)
    peak = max([int(r[1]) for r in data] or [1])
    bw = (w - left - 20) / n
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">' % (w, h, w, h),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="%d" y="24" font-size="16" %s>Dated events mentioned in the articles, by month (bars: mentions; dots: articles)</text>'
           % (left, FONT)]
    for i, (month, mentions, articles) in enumerate(data):
        x = left + i * bw
        bh = (h - top - bottom) * int(mentions) / peak
        ah = (h - top - bottom) * int(articles) / peak
        out.append('<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="#4c78a8"><title>%s: %s mentions in %s articles</title></rect>'
                   % (x + 1, h - bottom - bh, max(bw - 2, 1), bh, month, mentions, articles))
        out.append('<circle cx="%.1f" cy="%.1f" r="3" fill="#f58518"/>' % (x + bw / 2, h - bottom - ah))
        if n <= 40 or i % math.ceil(n / 40) == 0:
            out.append('<text x="%.1f" y="%d" font-size="10" transform="rotate(-60 %.1f %d)" text-anchor="end" %s>%s</text>'
                       % (x + bw / 2, h - bottom + 12, x + bw / 2, h - bottom + 12, FONT, month))
    out.append('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="black"/>' % (left, h - bottom, w - 20, h - bottom))
    out.append('<text x="%d" y="%d" font-size="10" text-anchor="end" %s>%d</text>' % (left - 4, top + 4, FONT, peak))
    out.append('<text x="%d" y="%d" font-size="10" text-anchor="end" %s>0</text>' % (left - 4, h - bottom, FONT))
    out.append('</svg>')
    return '\n'.join(out) + '\n'


def graph_svg(nodes, edges):
    """Entities on a circle, edges weighted by shared articles."""
    w = h = 820
    cx, cy, radius = w / 2, h / 2 + 10, 300
    pos = {}
    n = max(len(nodes), 1)
    for i, (kind, canonical, _articles, _label) in enumerate(nodes):
        a = 2 * math.pi * i / n - math.pi / 2
        pos[kind + ':' + canonical] = (cx + radius * math.cos(a), cy + radius * math.sin(a))
    peak = max([int(e[2]) for e in edges] or [1])
    top_articles = max([int(r[2]) for r in nodes] or [1])
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">' % (w, h, w, h),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="20" y="28" font-size="16" %s>Entities mentioned together (edge width: articles mentioning both; PER blue, LOC green, ORG red)</text>' % FONT]
    for a, b, c in edges:
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#888" stroke-opacity="%.2f" stroke-width="%.1f"><title>%s – %s: %s</title></line>'
                       % (x1, y1, x2, y2, 0.25 + 0.6 * int(c) / peak, 0.5 + 6 * int(c) / peak,
                          escape(a), escape(b), c))
    for kind, canonical, articles, label in nodes:
        x, y = pos[kind + ':' + canonical]
        r = 5 + 15 * math.sqrt(int(articles) / top_articles)
        out.append('<circle cx="%.1f" cy="%.1f" r="%.1f" fill="%s"><title>%s (%s articles)</title></circle>'
                   % (x, y, r, COLOURS.get(kind, '#999'), escape(canonical), articles))
        dx = 1 if x >= cx else -1
        out.append('<text x="%.1f" y="%.1f" font-size="14" direction="rtl" text-anchor="%s" %s>%s</text>'
                   % (x + dx * (r + 4), y + 5, 'end' if dx > 0 else 'start', FONT, escape(label)))
    out.append('</svg>')
    return '\n'.join(out) + '\n'


def main():
    """Query the corpus and write both files."""
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--dsn', help='connection string or URI (default: PG* environment variables)')
    ap.add_argument('--schema', help='schema of the articles/mentions/dates tables (default: search_path)')
    ap.add_argument('--out', default='.', help='output directory (default .)')
    ap.add_argument('--top', type=int, default=20, help='entities in the graph (default 20)')
    ap.add_argument('--psql', default='psql')
    args = ap.parse_args()
    s = ''
    if args.schema:
        if not args.schema.replace('_', '').isalnum():
            ap.error('--schema must be a plain identifier')
        s = args.schema + '.'
    os.makedirs(args.out, exist_ok=True)
    timeline = rows(args, TIMELINE_SQL.format(s=s))
    nodes_sql = NODES_SQL.format(s=s, n=int(args.top))
    nodes = rows(args, nodes_sql)
    edges = rows(args, EDGES_SQL.format(s=s, nodes=nodes_sql))
    t = os.path.join(args.out, 'arnews_timeline.svg')
    g = os.path.join(args.out, 'arnews_comentions.svg')
    with open(t, 'w', encoding='utf-8') as f:
        f.write(timeline_svg(timeline))
    with open(g, 'w', encoding='utf-8') as f:
        f.write(graph_svg(nodes, edges))
    print('wrote %s (%d months) and %s (%d entities, %d links)'
          % (t, len(timeline), g, len(nodes), len(edges)))


if __name__ == '__main__':
    sys.exit(main())
