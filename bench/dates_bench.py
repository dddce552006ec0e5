#!/usr/bin/env python3
"""Speed of the arnews date engine over the ANT corpus, against dateparser.

Usage (from the repository root):
    python3 bench/dates_bench.py [--cli PATH] [--sample 200] [--limit N]

1. arnews: every article text of $ARNEWS_SHARED/bench/ant_v2.1_multisource.jsonl.xz
   (default ../shared) is given to test/tools/arnews_dates_cli --records --ref auto
   (arnews_pubdate + arnews_dates_extract per article, time measured inside the
   tool around the engine only); prints MB/s.
2. dateparser: dateparser.search.search_dates(text, languages=['ar']) on the
   first --sample articles (Debian package python3-dateparser); prints MB/s.
3. The ratio of the two rates, both computed in this run.
The CLI path comes from --cli or $ARNEWS_DATES_CLI (default /tmp/arnews_dates_cli;
build line at the top of test/tools/arnews_dates_cli.c).
"""
import argparse
import json
import lzma
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ARNEWS_SHARED", os.path.join(ROOT, "..", "shared"))


def main():
    try:
        import dateparser  # noqa: F401
    except ImportError:
        # the Debian package is installed for the system interpreter
        if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
            os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.environ.get("ARNEWS_DATES_CLI", "/tmp/arnews_dates_cli"))
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--limit", type=int, default=0, help="articles for arnews (0 = all)")
    args = ap.parse_args()
    path = os.path.join(SHARED, "bench", "ant_v2.1_multisource.jsonl.xz")
    if not os.path.exists(path):
        print("SKIP: %s not found (set ARNEWS_SHARED)" % path)
        return 0
    texts = []
    with lzma.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line).get("text") or "")
            if args.limit and len(texts) >= args.limit:
                break
    blob = "\x1e".join(texts).encode("utf-8")
    with tempfile.NamedTemporaryFile(delete=False, suffix=".rec") as f:
        f.write(blob)
        rec = f.name
    try:
        out = subprocess.run([args.cli, "--records", "--ref", "auto", rec], capture_output=True,
                             text=True, check=True).stdout
    finally:
        os.unlink(rec)
    stats = dict(l.split("\t") for l in out.splitlines())
    mb = int(stats["bytes"]) / 1e6
    secs = float(stats["seconds"])
    arnews_rate = mb / secs
    print("arnews_dates: %d articles, %.1f MB, %d items, %.2f s -> %.2f MB/s"
          % (int(stats["docs"]), mb, int(stats["items"]), secs, arnews_rate))
    # arnews on the same sample as dateparser
    sample = texts[:args.sample]
    sblob = "\x1e".join(sample).encode("utf-8")
    with tempfile.NamedTemporaryFile(delete=False, suffix=".rec") as f:
        # ten passes over the sample: a 0.5 MB run is too short for clock()
        f.write(b"\x1e".join([sblob] * 10))
        rec = f.name
    try:
        out = subprocess.run([args.cli, "--records", "--ref", "auto", rec], capture_output=True,
                             text=True, check=True).stdout
    finally:
        os.unlink(rec)
    s2 = dict(l.split("\t") for l in out.splitlines())
    sample_rate = (int(s2["bytes"]) / 1e6) / max(float(s2["seconds"]), 1e-9)
    print("arnews_dates on the %d-article sample (10 passes): %.3f MB, %d items, %.3f s -> %.2f MB/s"
          % (len(sample), int(s2["bytes"]) / 1e6, int(s2["items"]), float(s2["seconds"]), sample_rate))
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed (apt-get install python3-dateparser): no ratio")
        return 0
    search_dates("اليوم", languages=["ar"])  # load the language data outside the timing
    smb = len(sblob) / 1e6
    found = 0
    t0 = time.process_time()
    for t in sample:
        r = search_dates(t, languages=["ar"])
        found += len(r or [])
    dsecs = time.process_time() - t0
    dp_rate = smb / dsecs
    print("dateparser search_dates: %d articles, %.3f MB, %d items, %.2f s -> %.4f MB/s"
          % (len(sample), smb, found, dsecs, dp_rate))
    print("ratio arnews (whole corpus) / dateparser: %.0fx" % (arnews_rate / dp_rate))
    print("ratio arnews / dateparser on the same sample: %.0fx" % (sample_rate / dp_rate))
    return 0


if __name__ == "__main__":
    sys.exit(main())
