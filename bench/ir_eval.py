#!/usr/bin/env python3
"""ir_eval.py: score ranked runs of a known-item collection, and run an
Elasticsearch-style baseline.  Python standard library only.

    bench/ir_eval.py --queries Q --qrels R [--corpus JSONL.xz] [--qids FILE]
                     "NAME=RUNFILE" ... ["NAME=es"]

RUNFILE: qid<TAB>docno<TAB>rank lines (rank 1 is best, at least the top 100).
"es" runs the baseline, a measuring stick written for this benchmark from the
published descriptions of Lucene's arabic analyzer and of BM25 (no Lucene code):
  tokens      runs of letters, digits and Arabic marks (as a Unicode word tokenizer)
  lower case, Unicode digits to ASCII
  stop words  a list of common Arabic function words (below, written for this script)
  normalize   hamza-seated alefs and madda to bare alef, alef maqsura to yeh,
              teh marbuta to heh, harakat and tatweel removed
  stem        light stemming in the manner of Larkey's light10: one prefix of
              ال وال بال كال فال لل (two letters must remain) or و (three must remain),
              then each suffix of ها ان ات ون ين يه ية ه ة ي in that order when two
              letters remain
  BM25        k1 1.2, b 0.75, idf ln(1 + (N - df + 0.5) / (df + 0.5)), document length
              in tokens after stop words, the query the OR of its terms
Metrics: MRR@10, nDCG@10 (binary gains), Success@10, Recall@100, over all
queries and over odd and even qids (the last digit of the qid).
"""

import argparse
import collections
import json
import lzma
import math
import re
import sys
import time
import unicodedata

K = 10
DEPTH = 100

# Common Arabic function words (prepositions, conjunctions, pronouns,
# demonstratives, particles), normalized as the analyzer normalizes.
STOP = set("""
في من على الى إلى عن مع و او أو ثم بل لكن لكن ان إن أن كان كانت يكون تكون
هذا هذه ذلك تلك هؤلاء هناك هنا الذي التي الذين اللذين اللتين اللاتي ما ماذا
لماذا كيف متى أين اين هل لا لم لن ليس ليست قد لقد كل بعض غير بين عند عندما
حتى حيث إذا اذا لو كما أيضا ايضا فقط منذ خلال بعد قبل نحو ضد دون حول لدى
هو هي هم هن أنا انا نحن أنت انت انتم أنتم له لها لهم به بها بهم فيه فيها فيهم
منه منها منهم عليه عليها عليهم إليه اليه إليها اليها وهو وهي وقد وفي ومن وعلى
وان وأن وإن ولا ولم كانوا يكن التى الى أي اي إلا الا أما اما إما كلا وكان
وكانت ذات ذو لدي عليك تم ثمة مما ممن عما فيما بما كذلك لذلك هكذا اى
""".split())


def normalize(tok):
    out = []
    for ch in tok:
        if ch in 'أإآ':
            out.append('ا')
        elif ch == 'ى':
            out.append('ي')
        elif ch == 'ة':
            out.append('ه')
        elif ch == 'ـ' or '\u064b' <= ch <= '\u0652':
            continue
        else:
            out.append(ch)
    return ''.join(out)


PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و']
SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي']


def stem(w):
    for p in PREFIXES:
        need = 4 if len(p) == 1 else len(p) + 2
        if w.startswith(p) and len(w) >= need:
            w = w[len(p):]
            break
    for s in SUFFIXES:
        if w.endswith(s) and len(w) >= len(s) + 2:
            w = w[:-len(s)]
    return w


TOKEN = re.compile(r'[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+')
STOP_N = {normalize(w) for w in STOP}
_memo = {}


def analyze(text):
    terms = []
    for tok in TOKEN.findall(text):
        t = _memo.get(tok)
        if t is None:
            low = tok.lower()
            low = ''.join(str(unicodedata.decimal(c)) if not c.isascii() and
                          unicodedata.decimal(c, None) is not None else c for c in low)
            n = normalize(low)
            t = '' if (low in STOP or n in STOP_N or not n) else stem(n)
            if len(_memo) < 2_000_000:
                _memo[tok] = t
        if t:
            terms.append(t)
    return terms


def es_baseline(corpus, queries, k1=1.2, b=0.75):
    """Rank every document matching any query term; top DEPTH per query."""
    t0 = time.time()
    postings = collections.defaultdict(list)   # term -> [(doc, tf)]
    docnos, lengths = [], []
    with lzma.open(corpus, 'rt', encoding='utf-8') as f:
        for line in f:
            j = json.loads(line)
            text = j.get('text') or ''
            if not text:
                continue
            terms = analyze(text)
            d = len(docnos)
            docnos.append(j['docno'])
            lengths.append(len(terms))
            for t, n in collections.Counter(terms).items():
                postings[t].append((d, n))
    n_docs = len(docnos)
    avgdl = sum(lengths) / max(n_docs, 1)
    norm = [k1 * (1 - b + b * dl / avgdl) for dl in lengths]
    print(f'   ES-style index: {n_docs} documents, {len(postings)} terms, '
          f'{time.time() - t0:.0f} s', file=sys.stderr)
    run = {}
    for qid, title in queries.items():
        scores = collections.defaultdict(float)
        for t in analyze(title):
            plist = postings.get(t)
            if not plist:
                continue
            idf = math.log(1 + (n_docs - len(plist) + 0.5) / (len(plist) + 0.5))
            for d, tf in plist:
                scores[d] += idf * tf * (k1 + 1) / (tf + norm[d])
        best = sorted(scores.items(), key=lambda x: (-x[1], docnos[x[0]]))[:DEPTH]
        run[qid] = [docnos[d] for d, _ in best]
    print(f'   ES-style ranking: {time.time() - t0:.0f} s in all', file=sys.stderr)
    return run


def read_run(path):
    run = collections.defaultdict(list)
    with open(path, encoding='utf-8') as f:
        for line in f:
            qid, docno, rank = line.rstrip('\n').split('\t')
            run[qid].append((int(rank), docno))
    return {q: [d for _, d in sorted(v)] for q, v in run.items()}


def metrics(run, qrels, qids):
    tot = collections.Counter()
    for q in qids:
        rel = qrels.get(q, set())
        ranked = run.get(q, [])
        rr = 0.0
        for i, d in enumerate(ranked[:K]):
            if d in rel:
                rr = 1.0 / (i + 1)
                break
        dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(ranked[:K]) if d in rel)
        idcg = sum(1.0 / math.log2(i + 2) for i in range(min(len(rel), K)))
        tot['mrr'] += rr
        tot['ndcg'] += dcg / idcg if idcg else 0.0
        tot['succ'] += 1.0 if rr > 0 else 0.0
        tot['rec'] += (len(rel & set(ranked[:DEPTH])) / len(rel)) if rel else 0.0
    n = max(len(qids), 1)
    return {k: tot[k] / n for k in ('mrr', 'ndcg', 'succ', 'rec')}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--queries', required=True)
    ap.add_argument('--qrels', required=True)
    ap.add_argument('--corpus')
    ap.add_argument('--qids', help='evaluate only these qids (one per line)')
    ap.add_argument('runs', nargs='+', help='NAME=RUNFILE or NAME=es')
    a = ap.parse_args()

    queries = {}
    with open(a.queries, encoding='utf-8') as f:
        for line in f:
            qid, title = line.rstrip('\n').split('\t', 1)
            queries[qid] = title
    qrels = collections.defaultdict(set)
    with open(a.qrels, encoding='utf-8') as f:
        for line in f:
            qid, _, docno, rel = line.split()
            if int(rel) > 0:
                qrels[qid].add(docno)
    qids = sorted(queries)
    if a.qids:
        with open(a.qids, encoding='utf-8') as f:
            keep = {line.strip() for line in f if line.strip()}
        qids = [q for q in qids if q in keep]
        queries = {q: queries[q] for q in qids}
    odd = [q for q in qids if int(q[-1]) % 2 == 1]
    even = [q for q in qids if int(q[-1]) % 2 == 0]

    rows = []
    for spec in a.runs:
        name, _, src = spec.rpartition('=')
        if src == 'es':
            if not a.corpus:
                sys.exit('ir_eval: the es baseline needs --corpus')
            run = es_baseline(a.corpus, queries)
        else:
            run = read_run(src)
        rows.append((name, metrics(run, qrels, qids), metrics(run, qrels, odd),
                     metrics(run, qrels, even)))

    print(f'\n{len(qids)} queries ({len(odd)} odd qids, {len(even)} even)\n')
    print('| system | MRR@10 | nDCG@10 | Success@10 | Recall@100 | MRR@10 odd / even | Recall@100 odd / even |')
    print('|---|---|---|---|---|---|---|')
    for name, m, mo, me in rows:
        print(f"| {name} | {m['mrr']:.3f} | {m['ndcg']:.3f} | {m['succ']:.3f} | {m['rec']:.3f} | "
              f"{mo['mrr']:.3f} / {me['mrr']:.3f} | {mo['rec']:.3f} / {me['rec']:.3f} |")


if __name__ == '__main__':
    main()
