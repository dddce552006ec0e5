#!/usr/bin/env python3
"""check_seed_recall.py: entity search recall of the arnews analyzer on the
seed articles, without a server (the SQL acceptance test runs the same idea
through websearch_to_tsquery('arnews', ...)).

For every gold entity mention in $ARNEWS_SHARED/gold/seeds/entities.jsonl,
the canonical name and the surface text are each turned into a query: its
Arabic words are analyzed by the CLI, stop words dropped, and the query
matches an article when every remaining word shares a lexeme with some word
of the article (an AND of ORs, as websearch_to_tsquery builds).  Reports
the (query, article) pairs that fail; recall must be 1.0.

Usage: test/eval/check_seed_recall.py
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the tree
import eval_conflation as ev  # noqa: E402

SEEDS = os.path.join(ev.SHARED, 'corpus', 'seeds')
GOLD = os.path.join(ev.SHARED, 'gold', 'seeds', 'entities.jsonl')
WORD = re.compile('[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640\u06a9\u06af\u06cc\u067e\u0686\u0698\u06a4]+')


def main():
    if not os.path.exists(GOLD):
        print('check_seed_recall: %s not found (set ARNEWS_SHARED); skipped' % GOLD)
        return 0
    ents = [json.loads(l) for l in open(GOLD, encoding='utf-8') if l.strip()]
    docs = {d: open(os.path.join(SEEDS, d), encoding='utf-8').read() for d in sorted(os.listdir(SEEDS))}
    words = set()
    for t in docs.values():
        words |= set(WORD.findall(t))
    for e in ents:
        words |= set(WORD.findall(e['canonical'])) | set(WORD.findall(e['text']))
    words = sorted(words)
    lex = ev.lexemes_cli(words)
    doclex = {d: set().union(*[lex.get(w, set()) for w in WORD.findall(t)]) for d, t in docs.items()}
    fails = 0
    total = 0
    seen = set()
    for e in ents:
        for q in (e['canonical'], e['text']):
            if (q, e['doc']) in seen:
                continue
            seen.add((q, e['doc']))
            qwords = [w for w in WORD.findall(q) if lex.get(w)]
            if not qwords:
                continue
            total += 1
            missing = [w for w in qwords if not (lex[w] & doclex[e['doc']])]
            if missing:
                fails += 1
                print('MISS %s in %s: %s' % (q, e['doc'], ' '.join(
                    '%s(%s)' % (w, ','.join(sorted(lex[w]))) for w in missing)))
    print('seed entity queries: %d, found %d, recall %.3f' % (total, total - fails, (total - fails) / max(1, total)))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
