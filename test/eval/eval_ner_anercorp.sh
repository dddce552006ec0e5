#!/bin/sh
# eval_ner_anercorp.sh: 5-fold cross-validation of the arnews named-entity
# tagger on the ANERcorp training split (CoNLL exact-match P/R/F1 for PER,
# LOC, ORG; MISC ignored).  Builds tools/ner_train.c, then runs the folds
# twice: contiguous folds (sentences in document order, the honest figure
# for unseen documents) and interleaved folds (sentence i in fold i mod 5,
# the usual random-split protocol).  Each fold trains on 4/5 and tests on
# 1/5.  Usage: test/eval/eval_ner_anercorp.sh [epochs]   (default 15)
# Shared data: $ARNEWS_SHARED (default ../shared relative to the repo root).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${ARNEWS_SHARED:-$ROOT/../shared}
TRAIN=$SHARED/eval/anercorp/train.txt
EPOCHS=${1:-15}
if [ ! -f "$TRAIN" ]; then
	echo "SKIP: $TRAIN not found (set ARNEWS_SHARED)"
	exit 0
fi
BIN=${TMPDIR:-/tmp}/arnews_ner_train.$$
cd "$ROOT"
cc -std=c11 -O2 -Isrc/core -o "$BIN" tools/ner_train.c src/core/ner_feat.c \
	src/core/ner_model.c src/core/ner_gaz.c src/core/normalize.c src/core/utf8.c \
	src/core/chars.c test/unit/alloc_std.c -licui18n -licuuc -licudata -lm
echo "== ANERcorp 5-fold CV, contiguous folds, $EPOCHS epochs, with data/arnews_gazetteer.txt"
"$BIN" -g data/arnews_gazetteer.txt -e "$EPOCHS" --cv 5 "$TRAIN" 2>/dev/null
echo "== ANERcorp 5-fold CV, interleaved folds (sentence i -> fold i mod 5)"
"$BIN" -g data/arnews_gazetteer.txt -e "$EPOCHS" --cv 5 --interleave "$TRAIN" 2>/dev/null | grep '^total'
rm -f "$BIN"
