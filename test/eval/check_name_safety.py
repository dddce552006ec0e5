#!/usr/bin/env python3
"""check_name_safety.py: name safety and inflection conflation of the
arnews word analyzer (issue 3 acceptance).

test/fixtures/name_safety.tsv      bare<TAB>variant<TAB>variant...
    every variant (clitic-attached: وبوتين, لبوتين, بالقاهرة, للقاهرة) must
    share a lexeme with the bare name, and the bare name's first lexeme must
    be its normalized form (never truncated).
test/fixtures/word_inflections.tsv form<TAB>form<TAB>...
    all forms of a line must share one lexeme.
Lines starting with # are comments.  A missing file is reported and
skipped; without both files a small built-in list is checked.

Lexemes come from the CLI test/tools/arnews_stem_cli (built on the fly, data
from data/) or, with --via sql, from to_tsvector('arnews', w) on the server
named by the PG* environment variables.  Exit status 1 on any failure.

Usage: test/eval/check_name_safety.py [--via cli|sql] [--quiet]
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the tree
import eval_conflation as ev  # noqa: E402

ROOT = ev.ROOT
NAMES = os.path.join(ROOT, 'test', 'fixtures', 'name_safety.tsv')
WORDS = os.path.join(ROOT, 'test', 'fixtures', 'word_inflections.tsv')

BUILTIN_NAMES = [
    ['بوتين', 'وبوتين', 'لبوتين', 'ببوتين'],
    ['فلسطين', 'وفلسطين', 'بفلسطين', 'لفلسطين'],
    ['بغداد', 'وبغداد', 'ببغداد', 'لبغداد'],
    ['فلاديمير', 'وفلاديمير', 'لفلاديمير'],
    ['بيسكوف', 'وبيسكوف', 'لبيسكوف'],
    ['ليبيا', 'وليبيا', 'بليبيا', 'لليبيا'],
    ['كوريا', 'وكوريا', 'بكوريا', 'لكوريا'],
    ['القاهرة', 'والقاهرة', 'بالقاهرة', 'للقاهرة'],
    ['الكرملين', 'والكرملين', 'بالكرملين', 'للكرملين'],
]
BUILTIN_WORDS = [
    ['المحادثات', 'محادثات', 'المحادثة', 'بالمحادثات', 'ومحادثات'],
    ['وزارة', 'الوزارة', 'والوزارة', 'وزارات'],
    ['الحكومة', 'حكومة', 'حكومته', 'والحكومات'],
    ['قال', 'يقول', 'وقالت', 'تقول'],
]


def read_tsv(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            cells = [c.strip() for c in line.split('\t') if c.strip()]
            if cells:
                rows.append(cells)
    return rows


def analyze_cli(words):
    exe = ev.build_cli()
    p = subprocess.run([exe, '-d', os.path.join(ROOT, 'data'), '-v'],
                       input='\n'.join(words) + '\n', capture_output=True, text=True, check=True)
    res = {}
    for line in p.stdout.split('\n'):
        if '\t' not in line:
            continue
        w, rest = line.split('\t', 1)
        fields = dict(kv.split('=', 1) for kv in rest.split(' ') if '=' in kv)
        lex = [x.rsplit('/', 1)[0] for x in fields.get('lexemes', '').split(',') if x]
        res[w] = (fields.get('normalized', w), [] if fields.get('stop') == '1' else lex)
    return res


def analyze_sql(words):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as t:
        for w in words:
            t.write(w.replace('\\', '\\\\') + '\n')
        name = t.name
    os.chmod(name, 0o644)
    try:
        out = ev.psql("SELECT w, arnews_normalize(w), "
                      "array_to_string(tsvector_to_array(to_tsvector('arnews', w)), ' ') FROM w;", name)
    finally:
        os.unlink(name)
    res = {}
    for line in out.split('\n'):
        cols = line.split('\t')
        if len(cols) == 3:
            res[cols[0]] = (cols[1], cols[2].split())
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--via', choices=['cli', 'sql'], default='cli')
    ap.add_argument('--quiet', action='store_true', help='print only the summary')
    args = ap.parse_args()

    names = read_tsv(NAMES) if os.path.exists(NAMES) else None
    words = read_tsv(WORDS) if os.path.exists(WORDS) else None
    if names is None:
        print('check_name_safety: %s not found, names skipped' % NAMES)
    if words is None:
        print('check_name_safety: %s not found, words skipped' % WORDS)
    if names is None and words is None:
        print('check_name_safety: using the built-in list')
        names, words = BUILTIN_NAMES, BUILTIN_WORDS
    names = names or []
    words = words or []
    allw = sorted({w for row in names + words for w in row})
    an = analyze_sql(allw) if args.via == 'sql' else analyze_cli(allw)
    # with SQL the first lexeme is not known (tsvector sorts): check membership
    first_only = args.via == 'cli'

    bad_bare = bad_var = nvar = 0
    for row in names:
        bare = row[0]
        norm, lex = an.get(bare, (bare, []))
        ok = bool(lex) and ((lex[0] == norm) if first_only else (norm in lex))
        if not ok:
            bad_bare += 1
            if not args.quiet:
                print('TRUNCATED  %s  normalized %s  lexemes %s' % (bare, norm, ','.join(lex) or '(none)'))
        for v in row[1:]:
            nvar += 1
            vlex = an.get(v, (v, []))[1]
            if not set(vlex) & set(lex):
                bad_var += 1
                if not args.quiet:
                    print('APART      %s (%s)  ~  %s (%s)' % (bare, ','.join(lex), v, ','.join(vlex)))
    bad_group = 0
    for row in words:
        common = None
        for w in row:
            s = set(an.get(w, (w, []))[1])
            common = s if common is None else common & s
        if not common:
            bad_group += 1
            if not args.quiet:
                print('GROUP      ' + '  '.join('%s(%s)' % (w, ','.join(an.get(w, (w, []))[1])) for w in row))

    def pct(bad, n):
        return 100.0 * (n - bad) / n if n else 100.0
    print()
    print('%-34s %6s %6s %8s' % ('check', 'total', 'failed', 'passed'))
    print('%-34s %6d %6d %7.1f%%' % ('bare name kept whole', len(names), bad_bare, pct(bad_bare, len(names))))
    print('%-34s %6d %6d %7.1f%%' % ('variant shares a lexeme with name', nvar, bad_var, pct(bad_var, nvar)))
    print('%-34s %6d %6d %7.1f%%' % ('word forms share a lexeme', len(words), bad_group, pct(bad_group, len(words))))
    return 1 if bad_bare or bad_var or bad_group else 0


if __name__ == '__main__':
    sys.exit(main())
