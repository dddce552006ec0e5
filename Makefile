# arnews: Arabic news text analysis for PostgreSQL
#
#   make demo    build, install, start a throwaway cluster, load the sample
#                corpus and print search, entity and date reports
#   make test    build, install, and run every test (unit, pg_regress, TAP,
#                quality gates) against a throwaway cluster
#
# Both install the Debian packages they need when run as root.  Plain PGXS
# targets (all, install, installcheck) work as usual against a running server.

EXTENSION = arnews
EXTVERSION = 0.2.0

MODULE_big = arnews
# data/builtin_*.txt lists are compiled in (src/core/builtin_data.c is generated)
BUILTIN_DATA = $(sort $(wildcard data/builtin_*.txt))
CORE_SRCS = $(sort $(filter-out src/core/builtin_data.c,$(wildcard src/core/*.c)) src/core/builtin_data.c)
GLUE_SRCS = $(sort $(wildcard src/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(GLUE_SRCS:.c=.o)

# The current version's install script is built from src/sql/; released
# versions' scripts and the upgrade chain are frozen at the top level.
DATA_built = arnews--$(EXTVERSION).sql
DATA = $(filter-out $(DATA_built),$(sort $(wildcard arnews--*.sql)))
DATA_TSEARCH = $(sort $(wildcard data/arnews*.stop data/arnews_*.txt))

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n 2>/dev/null)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n 2>/dev/null || echo -licui18n -licuuc -licudata)

PG_CPPFLAGS = -I$(srcdir)/src -I$(srcdir)/src/core $(ICU_CFLAGS)
PG_CFLAGS += -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
SHLIB_LINK = $(ICU_LIBS)

# pg_regress: sql/<name>.sql + expected/<name>.out
REGRESS = $(sort $(basename $(notdir $(wildcard sql/*.sql))))
REGRESS_OPTS = --inputdir=. --encoding=UTF8 --no-locale
ENCODING = UTF8
NO_LOCALE = 1

EXTRA_CLEAN = $(DATA_built) src/core/builtin_data.c test/unit/build results regression.diffs regression.out

PG_CONFIG ?= pg_config
# Targets that set up or drive everything themselves (a bare machine has no
# pg_config until tools/deps.sh installs PostgreSQL): PGXS is read only when
# some other goal (or none, i.e. "all") is asked for.
NO_PGXS_GOALS = demo test deps matrix matrix-compare dist meta-check deb deb-test
ifneq ($(MAKECMDGOALS),)
ifeq ($(filter-out $(NO_PGXS_GOALS),$(MAKECMDGOALS)),)
SKIP_PGXS = 1
endif
endif
ifndef SKIP_PGXS
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)
endif

# The install script is assembled from one piece per concern.
SQL_PIECES = $(sort $(wildcard src/sql/*.sql))
arnews--$(EXTVERSION).sql: $(SQL_PIECES)
	cat $^ > $@

$(OBJS): $(wildcard src/*.h src/core/*.h)

src/core/builtin_data.c: $(BUILTIN_DATA) tools/embed_data.sh
	tools/embed_data.sh $@ $(BUILTIN_DATA)

# ---------------------------------------------------------------------------
# Unit tests of the pure C core (no server), optionally under sanitizers.
UNIT_CC ?= cc
UNIT_CFLAGS ?= -std=c11 -O1 -g -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers
UNIT_DIR = test/unit/build$(UNIT_VARIANT)
UNIT_SRCS = $(sort $(wildcard test/unit/test_*.c))
UNIT_BINS = $(patsubst test/unit/%.c,$(UNIT_DIR)/%,$(UNIT_SRCS))
UNIT_CORE_OBJS = $(patsubst src/core/%.c,$(UNIT_DIR)/core/%.o,$(CORE_SRCS)) $(UNIT_DIR)/alloc_std.o
UNIT_INC = -Isrc/core -Itest/unit $(ICU_CFLAGS)

$(UNIT_DIR)/core/%.o: src/core/%.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	$(UNIT_CC) $(UNIT_CFLAGS) $(UNIT_EXTRA) $(UNIT_INC) -c $< -o $@

$(UNIT_DIR)/alloc_std.o: test/unit/alloc_std.c
	@mkdir -p $(dir $@)
	$(UNIT_CC) $(UNIT_CFLAGS) $(UNIT_EXTRA) $(UNIT_INC) -c $< -o $@

$(UNIT_DIR)/test_%: test/unit/test_%.c test/unit/unit.h $(UNIT_CORE_OBJS)
	$(UNIT_CC) $(UNIT_CFLAGS) $(UNIT_EXTRA) $(UNIT_INC) -DARNEWS_DATA_DIR='"$(CURDIR)/data"' \
		$< $(UNIT_CORE_OBJS) $(ICU_LIBS) -lm -o $@

.PHONY: unit unit-build sanitize test demo deps valgrind

unit-build: $(UNIT_BINS)

# Run every unit test program; print one total line.
unit: unit-build
	@pass=0; fail=0; rc=0; \
	for t in $(UNIT_BINS); do \
		out=$$($(UNIT_RUN) $$t) || rc=1; echo "$$out"; \
		p=$$(echo "$$out" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\1/p' | tail -1); \
		f=$$(echo "$$out" | sed -n 's/.*: \([0-9]*\) passed, \([0-9]*\) failed/\2/p' | tail -1); \
		pass=$$((pass + $${p:-0})); fail=$$((fail + $${f:-1})); \
	done; \
	echo "unit: $$pass passed, $$fail failed"; exit $$rc

# The unit tests under AddressSanitizer and UndefinedBehaviorSanitizer.
sanitize:
	$(MAKE) --no-print-directory unit UNIT_CC=clang UNIT_VARIANT=-asan \
		UNIT_EXTRA="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"

deps:
	@tools/deps.sh

test:
	@tools/test.sh

demo:
	@tools/demo.sh

# pg_regress with the server under valgrind memcheck (slow; before releases)
valgrind:
	@tools/valgrind.sh

# arnews on a Citus coordinator and two workers against one plain node
# (tools/citus_test.sh: builds Citus from ../shared/vendor once, reuses it)
.PHONY: citus-test
citus-test:
	@tools/citus_test.sh

# The benchmark suite over ../shared/bench (about 25 minutes; not a test)
.PHONY: bench
bench:
	@bench/all.sh

# ---------------------------------------------------------------------------
# libFuzzer targets: test/fuzz/fuzz_<engine>.c, each with a seed corpus in
# test/fuzz/seeds/<engine>/.  "make fuzz" runs each for FUZZ_SECONDS
# (see below for FUZZ_RUNS, FUZZ_TARGETS); crashes and leaks fail the run.
FUZZ_SECONDS ?= 30
FUZZ_DIR = test/fuzz/build
# where each target's growing corpus (corpus-<target>/) is kept
FUZZ_CORPUS ?= test/fuzz
FUZZ_SRCS = $(sort $(wildcard test/fuzz/fuzz_*.c))
FUZZ_ALL = $(patsubst test/fuzz/fuzz_%.c,%,$(FUZZ_SRCS))
FUZZ_TARGETS ?= $(FUZZ_ALL)
FUZZ_BINS = $(patsubst %,$(FUZZ_DIR)/fuzz_%,$(FUZZ_TARGETS))
FUZZ_FLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all

$(FUZZ_DIR)/fuzz_%: test/fuzz/fuzz_%.c $(CORE_SRCS) test/unit/alloc_std.c $(wildcard src/core/*.h)
	@mkdir -p $(dir $@)
	clang $(FUZZ_FLAGS) $(UNIT_INC) -DARNEWS_DATA_DIR='"$(CURDIR)/data"' $< $(CORE_SRCS) \
		test/unit/alloc_std.c $(ICU_LIBS) -lm -o $@

# FUZZ_SECONDS bounds each target's time; FUZZ_RUNS (when set) also bounds its
# executions, whichever comes first.  FUZZ_TARGETS picks targets (default all).
.PHONY: fuzz fuzz-build
fuzz-build: $(FUZZ_BINS)

fuzz: SHELL := /bin/bash
fuzz: fuzz-build
	@rc=0; for f in $(FUZZ_BINS); do \
		name=$$(basename $$f | sed 's/^fuzz_//'); \
		mkdir -p $(FUZZ_CORPUS)/corpus-$$name; \
		echo "== fuzz $$name"; \
		start=$$(date +%s); \
		$$f -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
			-max_total_time=$(FUZZ_SECONDS) $(if $(FUZZ_RUNS),-runs=$(FUZZ_RUNS)) \
			-artifact_prefix=$(FUZZ_CORPUS)/ \
			-print_final_stats=1 $(FUZZ_CORPUS)/corpus-$$name test/fuzz/seeds/$$name 2>&1 \
			| grep -E "stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Done" ; \
		st=$${PIPESTATUS[0]}; \
		echo "fuzz $$name: exit $$st after $$(( $$(date +%s) - start )) s"; \
		test $$st -eq 0 || rc=1; \
	done; exit $$rc

# ---------------------------------------------------------------------------
# Versions and packages (none of these needs pg_config beforehand).
#   make matrix PG=17    build with -Werror and run every test in a fresh root
#                        of the Debian release that ships PostgreSQL 17
#                        (15 bookworm, 17 trixie, 18 sid); keeps the corpus
#                        digests in .matrix/digests-pg17.txt
#   make matrix-compare  fail unless the digests of the versions run agree
#   make dist            arnews-$(EXTVERSION).zip and .tar.gz of HEAD (git archive)
#   make meta-check      META.json is valid PGXN meta-spec 1.0.0, versions agree
#   make deb             build postgresql-NN-arnews .deb files (pg_buildext) here
#   make deb-test DEB=f  install the .deb in a fresh root and run pg_regress on it
.PHONY: matrix matrix-compare dist meta-check deb deb-test
matrix:
	@test -n "$(PG)" || { echo "usage: make matrix PG=15|17|18" >&2; exit 2; }
	@tools/matrix.sh $(PG)

matrix-compare:
	@tools/digests_compare.sh $(sort $(wildcard .matrix/digests-pg*.txt))

dist:
	git archive --format=zip --prefix=$(EXTENSION)-$(EXTVERSION)/ -o $(EXTENSION)-$(EXTVERSION).zip HEAD
	git archive --format=tar.gz --prefix=$(EXTENSION)-$(EXTVERSION)/ -o $(EXTENSION)-$(EXTVERSION).tar.gz HEAD

meta-check:
	@python3 tools/check_meta.py META.json

deb:
	@tools/deb.sh

deb-test:
	@test -n "$(DEB)" || { echo "usage: make deb-test DEB=path/to/postgresql-NN-arnews_*.deb" >&2; exit 2; }
	@tools/deb_test.sh $(DEB)
