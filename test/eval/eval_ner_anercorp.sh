#!/bin/sh
# eval_ner_anercorp.sh: 5-fold cross-validation of the arnews named-entity
# tagger on the ANERcorp training split (CoNLL exact-match P/R/F1 for PER,
# LOC, ORG and micro-averaged over the three; MISC ignored), with the
# shipped gazetteer, name lists and word clusters and the shipped training
# settings.  Builds tools/ner_train.c, then runs:
#  1. contiguous folds (sentences in document order: whole documents stay
#     together except at the 4 fold boundaries, ANERcorp marks no document
#     ends), the headline figure for unseen documents;
#  2. interleaved folds (sentence i in fold i mod 5, the usual random-split
#     protocol, which overstates it: one document's sentences in both);
#  3. with "dev" as second argument, the protocol used to make choices:
#     contiguous 5-fold CV on the first 5/6 only, and the last 1/6 (kept
#     out of every choice) trained on the rest and reported once.
# Each fold trains on 4/5 and tests on 1/5.
# Usage: test/eval/eval_ner_anercorp.sh [epochs [dev]]   (default 15)
# Shared data: $ARNEWS_SHARED (default ../shared relative to the repo root).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${ARNEWS_SHARED:-$ROOT/../shared}
TRAIN=$SHARED/eval/anercorp/train.txt
EPOCHS=${1:-15}
PRUNE=2
if [ ! -f "$TRAIN" ]; then
	echo "SKIP: $TRAIN not found (set ARNEWS_SHARED)"
	exit 0
fi
BIN=${TMPDIR:-/tmp}/arnews_ner_train.$$
trap 'rm -f "$BIN"' EXIT
cd "$ROOT"
cc -std=c11 -O2 -Isrc/core -o "$BIN" tools/ner_train.c src/core/ner_feat.c \
	src/core/ner_model.c src/core/ner_gaz.c src/core/ner_clus.c src/core/normalize.c \
	src/core/utf8.c src/core/chars.c test/unit/alloc_std.c -licui18n -licuuc -licudata -lm
DATA="-g data/arnews_gazetteer.txt -l data/arnews_ner_lists.txt -c data/arnews_ner_clusters.txt -e $EPOCHS -p $PRUNE"
if [ "$2" = dev ]; then
	echo "== ANERcorp first 5/6, contiguous 5-fold CV (choices are made on this), $EPOCHS epochs"
	"$BIN" $DATA --tail 6 --cv 5 "$TRAIN" 2>/dev/null | grep '^total'
	echo "== ANERcorp last 1/6 slice, trained on the first 5/6, $EPOCHS epochs"
	"$BIN" $DATA --tail 6 --final "$TRAIN" 2>/dev/null
fi
echo "== ANERcorp 5-fold CV, contiguous folds (document order), $EPOCHS epochs"
"$BIN" $DATA --cv 5 "$TRAIN" 2>/dev/null
echo "== ANERcorp 5-fold CV, interleaved folds (sentence i -> fold i mod 5), $EPOCHS epochs"
"$BIN" $DATA --cv 5 --interleave "$TRAIN" 2>/dev/null
