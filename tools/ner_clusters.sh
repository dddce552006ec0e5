#!/bin/sh
# ner_clusters.sh: rebuild data/arnews_ner_clusters.txt (word clusters of the
# named-entity tagger) from the ANT v2.1 news corpus with tools/ner_clusters.c.
# Usage: tools/ner_clusters.sh [output]   (default data/arnews_ner_clusters.txt)
# Corpus: $ARNEWS_SHARED/bench/ant_v2.1_multisource.jsonl.xz (default
# ../shared relative to the repository root).  Deterministic: the same
# corpus always gives the same file.
set -e
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${ARNEWS_SHARED:-$ROOT/../shared}
ANT=$SHARED/bench/ant_v2.1_multisource.jsonl.xz
OUT=${1:-$ROOT/data/arnews_ner_clusters.txt}
if [ ! -f "$ANT" ]; then
	echo "ner_clusters.sh: $ANT not found (set ARNEWS_SHARED)" >&2
	exit 1
fi
BIN=${TMPDIR:-/tmp}/arnews_ner_clusters.$$
cd "$ROOT"
cc -std=c11 -O2 -Isrc/core -o "$BIN" tools/ner_clusters.c src/core/tokenize.c \
	src/core/normalize.c src/core/utf8.c src/core/chars.c test/unit/alloc_std.c \
	-licui18n -licuuc -licudata -lm
{
	cat <<'HDR'
# arnews_ner_clusters.txt: word clusters of the arnews named-entity tagger
# (src/core/ner_clus.c), built by tools/ner_clusters.sh (tools/ner_clusters.c):
# the words seen at least 3 times in the corpus below, normalized like
# arnews_normalize(), each with the 16-bit path of its cluster in a binary
# hierarchy obtained by bisecting spherical 2-means over PPMI-weighted
# context vectors (the 600 most frequent words at positions -2 -1 +1 +2).
# Prefixes of the path are coarser clusters (as with Brown clusters).
# Format: word<TAB>16 characters 0/1; sorted with LC_ALL=C sort.
# Provenance: computed from ANT Corpus v2.1 (Arabic News Texts, 31,798
# articles of AlArabiya, BBC, CNN, France24 and SkyNews, 2018), Apache
# License 2.0, https://antcorpus.github.io; cite A. Chouigui, O. Ben Khiroun
# and B. Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual
# Classification", AICCSA 2017, pp. 135-142.  This derived file is
# distributed under the Apache License 2.0.
HDR
	xz -dc "$ANT" | "$BIN" -v 200000 -d 600 -m 3 | grep -v '^#' | grep -v '^<' | LC_ALL=C sort -u
} > "$OUT.tmp"
mv "$OUT.tmp" "$OUT"
rm -f "$BIN"
echo "wrote $OUT: $(grep -vc '^#' "$OUT") words"
