#!/usr/bin/env python3
"""check_stem_data.py: checks the data files of the arnews word analyzer.

data/arnews.stop, data/arnews_lexicon.txt, data/arnews_names.txt (and any
file given on the command line, kind guessed from its name):
  - a header of # comment lines naming the format and the licence;
  - entries sorted with LC_ALL=C sort (byte order), no duplicate lines;
  - every word in normalized form (checked with the analyzer CLI, which
    applies arnews_normalize) and made of Arabic letters only;
  - lexicon lines: a headword, optionally a TAB and space-separated forms;
    a form listed under two headwords is reported;
  - overlaps worth a look are printed as notes (a stop word that is also
    a name, a name that is also a lexicon headword).
Exit status 1 on an error (notes do not fail).

Usage: test/eval/check_stem_data.py [FILE...]
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the tree
import eval_conflation as ev  # noqa: E402

ROOT = ev.ROOT
WORD = re.compile('^[\u0621-\u063a\u0641-\u064a]+$')


def normalize(words):
    exe = ev.build_cli()
    p = subprocess.run([exe, '-d', os.path.join(ROOT, 'data'), '-v'], input='\n'.join(words) + '\n',
                       capture_output=True, text=True, check=True)
    out = {}
    for line in p.stdout.split('\n'):
        if '\t' in line:
            w, rest = line.split('\t', 1)
            m = re.search(r'normalized=(\S*)', rest)
            out[w] = m.group(1) if m else w
    return out


def check(path, kind, errors, entries):
    lines = open(path, encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    header = [l for l in lines if l.startswith('#')]
    body = [(i + 1, l) for i, l in enumerate(lines) if l and not l.startswith('#')]
    if not header or not lines[0].startswith('#'):
        errors.append('%s: no # header' % path)
    if not any('icence' in l for l in header):
        errors.append('%s: header does not state the licence' % path)
    if any(not l.startswith('#') for l in lines[:len(header)]):
        errors.append('%s: comment lines after the first entry' % path)
    texts = [l for _, l in body]
    if texts != sorted(texts, key=lambda s: s.encode()):
        errors.append('%s: not sorted with LC_ALL=C sort' % path)
    if len(set(texts)) != len(texts):
        errors.append('%s: duplicate lines' % path)
    words = set()
    for n, l in body:
        fields = l.split('\t')
        if kind != 'lexicon' and len(fields) != 1:
            errors.append('%s:%d: one word per line expected' % (path, n))
        for w in [fields[0]] + (' '.join(fields[1:]).split() if kind == 'lexicon' else []):
            if not WORD.match(w):
                errors.append('%s:%d: not an Arabic word: %r' % (path, n, w))
            words.add(w)
    norm = normalize(sorted(words))
    for w in sorted(words):
        if norm.get(w, w) != w:
            errors.append('%s: %s is not normalized (%s)' % (path, w, norm.get(w)))
    if kind == 'lexicon':
        owner = {}
        for n, l in body:
            fields = l.split('\t')
            head = fields[0]
            for f in (' '.join(fields[1:]).split() if len(fields) > 1 else []):
                if f in owner and owner[f] != head:
                    print('note: %s: form %s under %s and %s' % (path, f, owner[f], head))
                owner[f] = head
        entries[kind] |= {l.split('\t')[0] for _, l in body}
    else:
        entries[kind] |= set(texts)
    print('%-28s %5d entries' % (os.path.relpath(path, ROOT), len(body)))


def main():
    files = sys.argv[1:] or [os.path.join(ROOT, 'data', f) for f in
                             ('arnews.stop', 'arnews_lexicon.txt', 'arnews_names.txt')]
    errors = []
    entries = {'stop': set(), 'lexicon': set(), 'names': set()}
    for path in files:
        base = os.path.basename(path)
        kind = 'stop' if base.endswith('.stop') else 'lexicon' if 'lexicon' in base else 'names'
        check(path, kind, errors, entries)
    both = sorted(entries['stop'] & entries['names'])
    if both:
        print('note: stop words that are also names (the stop word wins): ' + ' '.join(both))
    both = sorted(entries['names'] & entries['lexicon'])
    if both:
        print('note: %d names are also lexicon headwords (same lexeme either way)' % len(both))
    for e in errors:
        print('ERROR ' + e)
    print('%d errors' % len(errors))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
