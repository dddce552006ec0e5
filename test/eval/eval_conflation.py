#!/usr/bin/env python3
"""eval_conflation.py: conflation quality of the arnews word analyzer
against gold lemmas, side by side with PostgreSQL's built-in `arabic`.

Definition (issue 3): over the distinct word types of a corpus, two types
*conflate* when the system gives them a common lexeme; a gold pair is two
types that share a lemma.  Pair precision, recall and F1 are reported
overall and for proper nouns (PADT UPOS PROPN, or X with Foreign=Foreign;
pairs of two proper-noun types).  PADT gives spelling variants of one name
different lemmas (أمريكا and أميركا), which arnews is asked to conflate;
the row "PN by gloss" therefore also counts two proper nouns with the same
English gloss (Gloss=America) as a gold pair.  The row "content words"
keeps the types whose host is a NOUN, ADJ, VERB, ADV, PROPN or X: stop words
are not indexed by arnews, so pairs of function words (في ~ وفي) count as
misses in "all" but are not what search needs.  A type the system drops (stop word)
has no lexeme and conflates with nothing.

Data, read at run time from $ARNEWS_SHARED (default ../shared relative to
the repository root):
  eval/padt/ar-ud-dev.UDv1.3-2016.conllu  vocalized, clitic-segmented PADT
      dev set: vowels are stripped and orthographic words rebuilt by
      attaching the one-letter proclitic tokens و ف ب ل ك (ل+ال -> لل) and
      the pronoun-suffix tokens to their host (ة -> ت, ى -> ي/ا before a
      pronoun); the lemma of a word is its
      host's.  Punctuation, numbers and symbols are left out.
  eval/golden-stem/golden_word_stem_root.tsv  words with gold stems (the
      stem plays the lemma).

arnews lexemes come from SQL (to_tsvector('arnews', w)) when the extension
is installed in the target database, otherwise from the CLI
test/tools/arnews_stem_cli (built on the fly if missing); --via forces one.
`arabic` lexemes come from SQL (to_tsvector('arabic', w)).  Connection
settings come from the usual PG* environment variables (PGHOST, PGPORT,
PGUSER, PGDATABASE); without a server the `arabic` column is skipped.

--keys also measures the precision of the variant keys over the word types
of the ANT corpus (bench/ant_v2.1_multisource.jsonl.xz): how many distinct
stems share one key.

Usage: test/eval/eval_conflation.py [--via auto|sql|cli] [--no-arabic]
       [--examples N] [--dump FILE] [--keys [--keys-docs N]]
"""
import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get('ARNEWS_SHARED', os.path.join(ROOT, '..', 'shared'))
PADT = os.path.join(SHARED, 'eval', 'padt', 'ar-ud-dev.UDv1.3-2016.conllu')
GOLDEN = os.path.join(SHARED, 'eval', 'golden-stem', 'golden_word_stem_root.tsv')
CLI_SRC = ['test/tools/arnews_stem_cli.c', 'src/core/stem.c', 'src/core/lexicon.c',
           'src/core/normalize.c', 'src/core/utf8.c', 'src/core/chars.c',
           'test/unit/alloc_std.c']

VOWELS = re.compile('[\u064b-\u0652\u0670\u0640]')
ARABIC_WORD = re.compile('^[\u0621-\u064a\u0671-\u06d3]+$')
PROCLITICS = {'و', 'ف', 'ب', 'ل', 'ك'}
SUFFIX_PRONOUNS = {'ه', 'ها', 'هم', 'هما', 'هن', 'ك', 'كم', 'كما', 'كن', 'ي', 'ني', 'نا'}
AMBIGUOUS_PRONOUNS = {'هم', 'هما', 'هن'}   # also free pronouns (Case=Nom)
CONTENT = {'NOUN', 'ADJ', 'VERB', 'ADV', 'PROPN', 'X'}


def strip_vowels(s):
    return VOWELS.sub('', s)


def lemma_key(s):
    """A gold lemma without vowels, its alef and hamza seats folded (PADT
    spells one lemma أ or إ in different entries)."""
    return strip_vowels(s).translate(str.maketrans('أإآٱ', 'اااا'))


def read_padt(path):
    """Return {type: (set of lemmas, is_proper)} of rebuilt orthographic words."""
    types = {}

    def add(form, lemma, proper, gloss, content):
        if not ARABIC_WORD.match(form):
            return
        lem, prop, cont = types.get(form, (set(), False, False))
        lem.add(lemma)
        if gloss:
            lem.add('gloss:' + gloss)
        types[form] = (lem, prop or proper, cont or content)

    sent = []

    def flush():
        words = []      # [form, lemma, upos, proper]
        pending = []
        for tok in sent:
            form, lemma, upos, feats = tok[:4]
            f = strip_vowels(form)
            if f in PROCLITICS and upos in ('CONJ', 'ADP', 'PART', 'SCONJ', 'CCONJ'):
                pending.append(f)
                continue
            if (upos == 'PRON' and f in SUFFIX_PRONOUNS and words and not pending and
                    (f not in AMBIGUOUS_PRONOUNS or 'Case=Nom' not in feats)):
                host = words[-1][0]
                # as written: ة becomes ت, ى becomes ي (على -> عليه) or ا (رماه)
                if host.endswith('ة'):
                    host = host[:-1] + 'ت'
                elif host.endswith('ى'):
                    host = host[:-1] + ('ي' if words[-1][2] == 'ADP' else 'ا')
                words[-1][0] = host + f
                continue
            host = f
            for p in reversed(pending):
                if p == 'ل' and host.startswith('ال'):
                    host = 'ل' + host[1:]
                else:
                    host = p + host
            pending = []
            proper = upos == 'PROPN' or (upos == 'X' and 'Foreign=Foreign' in feats)
            skip = upos in ('PUNCT', 'NUM', 'SYM')
            gloss = re.search(r'Gloss=([^|]*)', tok[4])
            words.append([host, lemma_key(lemma), upos, proper, skip,
                          gloss.group(1) if gloss and proper else None])
        for host, lemma, upos, proper, skip, gloss in words:
            if not skip:
                add(host, lemma, proper, gloss, upos in CONTENT)

    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line:
                flush()
                sent = []
                continue
            if line.startswith('#'):
                continue
            cols = line.split('\t')
            if len(cols) < 6 or '-' in cols[0] or '.' in cols[0]:
                continue
            sent.append((cols[1], cols[2], cols[3], cols[5], cols[9] if len(cols) > 9 else ''))
    flush()
    return types


def read_golden(path):
    types = {}
    with open(path, encoding='utf-8') as f:
        next(f)
        for line in f:
            cols = line.rstrip('\n').split('\t')
            if len(cols) < 2 or not ARABIC_WORD.match(cols[0]):
                continue
            lem, _, _ = types.get(cols[0], (set(), False, True))
            lem.add(cols[1])
            types[cols[0]] = (lem, False, True)
    return types


def psql(sql, infile=None):
    cmd = ['psql', '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1']
    script = ''
    if infile:
        script += "CREATE TEMP TABLE w(w text);\n\\copy w(w) from '%s'\n" % infile
    script += sql + '\n'
    p = subprocess.run(cmd, input=script, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(p.stderr.strip())
    return p.stdout


def server_ok():
    try:
        psql('SELECT 1;')
        return True
    except Exception:
        return False


def lexemes_sql(words, config):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as t:
        for w in words:
            t.write(w.replace('\\', '\\\\') + '\n')
        name = t.name
    os.chmod(name, 0o644)
    try:
        out = psql("SELECT w, array_to_string(tsvector_to_array(to_tsvector('%s', w)), ' ') FROM w;"
                   % config, name)
    finally:
        os.unlink(name)
    res = {}
    for line in out.split('\n'):
        if '\t' in line:
            w, lx = line.split('\t', 1)
            res[w] = set(lx.split()) if lx else set()
    return res


def build_cli():
    exe = os.path.join(tempfile.gettempdir(), 'arnews_stem_cli_%d' % os.getuid())
    srcs = [os.path.join(ROOT, s) for s in CLI_SRC]
    if os.path.exists(exe) and all(os.path.getmtime(exe) >= os.path.getmtime(s) for s in srcs):
        return exe
    cmd = ['cc', '-std=c11', '-O2', '-I' + os.path.join(ROOT, 'src', 'core')] + srcs + \
        ['-licui18n', '-licuuc', '-licudata', '-o', exe]
    subprocess.run(cmd, check=True)
    return exe


def lexemes_cli(words, extra=()):
    exe = build_cli()
    p = subprocess.run([exe, '-d', os.path.join(ROOT, 'data')] + list(extra),
                       input='\n'.join(words) + '\n', capture_output=True, text=True, check=True)
    res = {}
    for line in p.stdout.split('\n'):
        if '\t' in line:
            w, lx = line.split('\t', 1)
            res[w] = set() if lx == 'STOP' else set(lx.split(','))
    return res


def pairs_from_groups(groups):
    pairs = set()
    for members in groups.values():
        m = sorted(members)
        for i in range(len(m)):
            for j in range(i + 1, len(m)):
                pairs.add((m[i], m[j]))
    return pairs


def score(types, lexemes, subset=None, glosses=False):
    words = [w for w in types if subset is None or subset(w)]
    gold_groups = collections.defaultdict(set)
    pred_groups = collections.defaultdict(set)
    for w in words:
        for lem in types[w][0]:
            if glosses or not lem.startswith('gloss:'):
                gold_groups[lem].add(w)
        for lx in lexemes.get(w, ()):
            pred_groups[lx].add(w)
    gold = pairs_from_groups(gold_groups)
    pred = pairs_from_groups(pred_groups)
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return dict(types=len(words), gold=len(gold), pred=len(pred), p=p, r=r, f=f,
                fp=pred - gold, fn=gold - pred)


def key_precision(limit):
    """Variant-key collisions over the word types of the ANT corpus."""
    import lzma
    import json
    ant = os.path.join(SHARED, 'bench', 'ant_v2.1_multisource.jsonl.xz')
    if not os.path.exists(ant):
        print('eval_conflation: %s not found; key precision skipped' % ant)
        return
    counts = collections.Counter()
    word = re.compile('[\u0621-\u064a\u064b-\u0652\u0670\u0640]+')
    with lzma.open(ant, 'rt', encoding='utf-8') as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            d = json.loads(line)
            counts.update(word.findall(' '.join([d.get('title') or '', d.get('text') or ''])))
    words = [w for w, n in counts.items() if n >= 2]
    exe = build_cli()
    p = subprocess.run([exe, '-d', os.path.join(ROOT, 'data'), '-v'], input='\n'.join(words) + '\n',
                       capture_output=True, text=True, check=True)
    by_key = collections.defaultdict(set)
    nkeyed = 0
    for line in p.stdout.split('\n'):
        if '\t' not in line:
            continue
        fields = dict(kv.split('=', 1) for kv in line.split('\t', 1)[1].split(' ') if '=' in kv)
        key = fields.get('variant', '')
        if not key:
            continue
        nkeyed += 1
        # the word's own identity: its stem without the key
        by_key[key].add(fields.get('stem', ''))
    shared = {k: v for k, v in by_key.items() if len(v) > 1}
    colliding = sum(len(v) for v in shared.values())
    distinct = sum(len(v) for v in by_key.values())
    print('variant keys over %d ANT word types (frequency >= 2): %d types get a key, '
          '%d distinct stems, %d keys' % (len(words), nkeyed, distinct, len(by_key)))
    print('  keys shared by more than one stem: %d (%.1f%% of keys); stems on a shared key: %d (%.1f%%)'
          % (len(shared), 100.0 * len(shared) / max(1, len(by_key)), colliding,
             100.0 * colliding / max(1, distinct)))
    print('  mean stems per key %.3f; largest keys:' % (distinct / max(1, len(by_key))))
    for k, v in sorted(shared.items(), key=lambda kv: -len(kv[1]))[:10]:
        print('    %s  %d: %s' % (k, len(v), ' '.join(sorted(v)[:12])))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--via', choices=['auto', 'sql', 'cli'], default='auto')
    ap.add_argument('--no-arabic', action='store_true', help='skip the built-in arabic column')
    ap.add_argument('--gate', action='store_true',
                    help='exit 1 unless on PADT dev arnews F1 beats arabic by >= 0.15 and proper nouns reach >= 0.90 (issue 3)')
    ap.add_argument('--examples', type=int, default=0, help='print N false pairs of each kind')
    ap.add_argument('--dump', help='write type<TAB>lemmas<TAB>arnews lexemes to this file')
    ap.add_argument('--cli-args', default='', help='extra arguments for the CLI (e.g. "-m root")')
    ap.add_argument('--keys', action='store_true',
                    help='also measure variant-key collisions over the ANT corpus')
    ap.add_argument('--keys-docs', type=int, default=0, help='ANT documents to read (0 = all)')
    args = ap.parse_args()
    if args.keys:
        key_precision(args.keys_docs)

    if not os.path.exists(PADT):
        print('eval_conflation: %s not found (set ARNEWS_SHARED); skipped' % PADT)
        return 0
    have_server = server_ok()
    via = args.via
    if via == 'auto':
        via = 'cli'
        if have_server and psql("SELECT count(*) FROM pg_extension WHERE extname = 'arnews';").strip() == '1':
            via = 'sql'
    print('arnews lexemes via %s; arabic %s' % (
        via, 'via SQL' if have_server and not args.no_arabic else 'skipped (no server)'))

    sets = [('PADT dev', read_padt(PADT))]
    if os.path.exists(GOLDEN):
        sets.append(('golden-stem', read_golden(GOLDEN)))
    rows = []
    for name, types in sets:
        words = sorted(types)
        systems = []
        arn = lexemes_sql(words, 'arnews') if via == 'sql' else lexemes_cli(words, args.cli_args.split())
        systems.append(('arnews', arn))
        if have_server and not args.no_arabic:
            systems.append(('arabic', lexemes_sql(words, 'arabic')))
        if args.dump and name == 'PADT dev':
            with open(args.dump, 'w', encoding='utf-8') as d:
                for w in words:
                    d.write('%s\t%s\t%s\n' % (w, '|'.join(sorted(types[w][0])), ','.join(sorted(arn.get(w, ())))))
        subsets = [('all', None, False)]
        if not all(types[w][2] for w in words):
            subsets.append(('content words', lambda w, t=types: t[w][2], False))
        if any(types[w][1] for w in words):
            subsets.append(('proper nouns', lambda w, t=types: t[w][1], False))
            subsets.append(('PN by gloss', lambda w, t=types: t[w][1], True))
        for sname, sub, glosses in subsets:
            for sysname, lx in systems:
                s = score(types, lx, sub, glosses)
                rows.append((name, sname, sysname, s))
                if args.examples:
                    print('--- %s / %s / %s: false positives' % (name, sname, sysname))
                    for a, b in sorted(s['fp'])[:args.examples]:
                        print('  FP %s ~ %s   %s | %s' % (a, b, ','.join(sorted(lx.get(a, ()))), ','.join(sorted(lx.get(b, ())))))
                    print('--- false negatives')
                    for a, b in sorted(s['fn'])[:args.examples]:
                        print('  FN %s ~ %s   %s | %s' % (a, b, ','.join(sorted(lx.get(a, ()))), ','.join(sorted(lx.get(b, ())))))
    print()
    print('%-12s %-13s %-7s %6s %7s %7s %6s %6s %6s' % ('data', 'subset', 'system', 'types', 'gold', 'pred', 'P', 'R', 'F1'))
    for name, sname, sysname, s in rows:
        print('%-12s %-13s %-7s %6d %7d %7d %6.3f %6.3f %6.3f' % (
            name, sname, sysname, s['types'], s['gold'], s['pred'], s['p'], s['r'], s['f']))
    # the deltas the acceptance asks for
    by = {(r[0], r[1], r[2]): r[3] for r in rows}
    for name, _ in sets:
        a = by.get((name, 'all', 'arnews'))
        b = by.get((name, 'all', 'arabic'))
        if a and b:
            print('%s: arnews F1 - arabic F1 = %+.3f' % (name, a['f'] - b['f']))
    if args.gate:
        a = by.get(('PADT dev', 'all', 'arnews'))
        b = by.get(('PADT dev', 'all', 'arabic'))
        pn = by.get(('PADT dev', 'proper nouns', 'arnews'))
        if not (a and b and pn):
            print('gate: FAILED (no arabic baseline: needs a server)')
            return 1
        ok = a['f'] - b['f'] >= 0.15 and pn['f'] >= 0.90
        print('gate: %s (F1 gain %+.3f >= 0.15, proper nouns %.3f >= 0.90)' % (
            'passed' if ok else 'FAILED', a['f'] - b['f'], pn['f']))
        return 0 if ok else 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
