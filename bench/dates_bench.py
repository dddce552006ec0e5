#!/usr/bin/env python3
"""Speed of the arnews date engine over the ANT corpus, against dateparser.

Usage (from the repository root):
    python3 bench/dates_bench.py [--cli PATH] [--sample 200] [--limit N]
                                 [--passes 100] [--runs 3]

Headline: the ratio of arnews to dateparser on the SAME texts, in one run:
1. dateparser: dateparser.search.search_dates(text, languages=['ar']) on
   the first --sample articles of $ARNEWS_SHARED/bench/ant_v2.1_multisource.jsonl.xz
   (default ../shared; Debian package python3-dateparser), process CPU time.
2. arnews on exactly those texts: test/tools/arnews_dates_cli --records
   --ref auto --passes N (arnews_pubdate + arnews_dates_extract per article,
   CPU time measured inside the tool around the engine only, the sample read
   N times so that the run lasts long enough to time); the median of --runs.
3. Also the whole corpus once per run (arnews only): MB/s, median of --runs.
The load average is printed before and after: the figures are CPU times, but
a busy machine still slows them (shared caches, frequency).
The CLI path comes from --cli or $ARNEWS_DATES_CLI (default /tmp/arnews_dates_cli;
build line at the top of test/tools/arnews_dates_cli.c).
"""
import argparse
import json
import lzma
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("ARNEWS_SHARED", os.path.join(ROOT, "..", "shared"))


def run_cli(cli, texts, passes):
    """Run the CLI in --records mode; returns (bytes, items, seconds) of all passes."""
    with tempfile.NamedTemporaryFile(delete=False, suffix=".rec") as f:
        f.write("\x1e".join(texts).encode("utf-8"))
        rec = f.name
    try:
        out = subprocess.run([cli, "--records", "--ref", "auto", "--passes", str(passes), rec],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(rec)
    st = dict(l.split("\t") for l in out.splitlines())
    return int(st["bytes"]), int(st["items"]), float(st["seconds"])


def median_rate(cli, texts, passes, runs):
    """Median MB/s over runs; also the bytes, items and seconds of the median run."""
    res = []
    for _ in range(runs):
        b, items, secs = run_cli(cli, texts, passes)
        res.append((b / 1e6 / max(secs, 1e-9), b, items, secs))
    res.sort()
    return res[len(res) // 2]


def loadavg():
    try:
        return "%.2f %.2f %.2f" % os.getloadavg()
    except OSError:
        return "?"


def main():
    try:
        import dateparser  # noqa: F401
    except ImportError:
        # the Debian package is installed for the system interpreter
        if os.path.exists("/usr/bin/python3") and os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3"):
            os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.environ.get("ARNEWS_DATES_CLI", "/tmp/arnews_dates_cli"))
    ap.add_argument("--sample", type=int, default=200, help="articles given to both engines")
    ap.add_argument("--passes", type=int, default=100, help="arnews passes over the sample")
    ap.add_argument("--runs", type=int, default=3, help="arnews runs (median)")
    ap.add_argument("--limit", type=int, default=0, help="articles of the whole-corpus run (0 = all)")
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
    sample = texts[:args.sample]
    smb = sum(len(t.encode("utf-8")) for t in sample) / 1e6
    print("load average before: %s (2 cores; CPU times below)" % loadavg())

    try:
        from dateparser.search import search_dates
    except ImportError:
        search_dates = None
        print("dateparser not installed (apt-get install python3-dateparser): no ratio")
    dp_rate = None
    if search_dates is not None:
        search_dates("اليوم", languages=["ar"])  # load the language data outside the timing
        found = 0
        t0 = time.process_time()
        for t in sample:
            found += len(search_dates(t, languages=["ar"]) or [])
        dsecs = time.process_time() - t0
        dp_rate = smb / dsecs
        print("dateparser search_dates: %d articles, %.3f MB, %d items, %.2f s -> %.3f MB/s"
              % (len(sample), smb, found, dsecs, dp_rate))

    rate, b, items, secs = median_rate(args.cli, sample, args.passes, args.runs)
    print("arnews_dates, same %d articles x %d passes (median of %d runs): %.1f MB, "
          "%d items/pass, %.3f s -> %.1f MB/s"
          % (len(sample), args.passes, args.runs, b / 1e6, items // args.passes, secs, rate))
    crate, cb, citems, csecs = median_rate(args.cli, texts, 1, args.runs)
    print("arnews_dates, whole corpus (median of %d runs): %d articles, %.1f MB, %d items, "
          "%.3f s -> %.1f MB/s" % (args.runs, len(texts), cb / 1e6, citems, csecs, crate))
    if dp_rate:
        print("RATIO arnews / dateparser on the same %d articles: %.0fx" % (len(sample), rate / dp_rate))
        print("(whole-corpus arnews rate / dateparser rate on the sample: %.0fx)" % (crate / dp_rate))
    print("load average after: %s" % loadavg())
    return 0


if __name__ == "__main__":
    sys.exit(main())
