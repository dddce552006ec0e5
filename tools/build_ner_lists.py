#!/usr/bin/env python3
"""build_ner_lists.py: build data/arnews_ner_lists.txt, the name lists whose
matches are FEATURES of the named-entity tagger (never decisions), from the
licensed lists under ../shared/gazetteers (see its README).

Kept:
  * PER, LOC, ORG phrases: arwikicats (Arabic Wikipedia titles; ORGPAT
    ministries as ORG), CLDR 48 territories and exemplar cities, world-countries
    and i18n-iso-countries names, dr5hn countries, states/governorates, and
    cities of Arab countries only (elsewhere its Arabic is often machine
    translation: Lens -> عدسة);
  * NAME tokens: single words of person names (Wikidata labels, filtered
    list, seen at least MIN_COUNT times; faker-js given and family names).
Dropped: phrases with Latin letters or digits, one-word phrases that are an
Arabic stop word or lexicon word of arnews (أنا، مالي ...), names of one
letter, names given more than one type (ambiguous), and the words of
EXTRA_DROP.  Everything is normalized like arnews_normalize.

Usage: tools/build_ner_lists.py [shared-dir] > data/arnews_ner_lists.txt
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared')
GAZ = os.path.join(SHARED, 'gazetteers')
MIN_COUNT = 1
ARAB = set('DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split())
# ordinary words that some source lists as a name (checked by hand)
EXTRA_DROP = {'انا', 'مالي', 'عدسه', 'الامل', 'العالم', 'النور', 'السلام', 'الحريه', 'الوحده',
              'النصر', 'الامن', 'الشعب', 'الوطن', 'المستقبل', 'الثوره', 'الحياه', 'الاتحاد'}

HARAKAT = re.compile('[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]')


def norm(s):
    """Mirror of arnews_normalize for Arabic letters."""
    s = HARAKAT.sub('', s)
    for a in 'أإآٱ':
        s = s.replace(a, 'ا')
    s = s.replace('ؤ', 'ء').replace('ئ', 'ء').replace('ى', 'ي').replace('ة', 'ه')
    return ' '.join(s.split())


def words_of(path, lexicon=False):
    out = set()
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or not line.strip():
            continue
        fields = line.rstrip('\n').split('\t')
        out.add(norm(fields[0]))
        if lexicon and len(fields) > 1:
            out.update(norm(w) for w in fields[1].split())
    return out


COMMON = (words_of(os.path.join(ROOT, 'data', 'arnews.stop')) |
          words_of(os.path.join(ROOT, 'data', 'arnews_lexicon.txt'), True) | EXTRA_DROP)
ARABIC_ONLY = re.compile('^[\u0621-\u064a ]+$')


def rows(folder, name='extract.tsv'):
    for line in open(os.path.join(GAZ, folder, name), encoding='utf-8'):
        if line.startswith('#'):
            continue
        f = line.rstrip('\n').split('\t')
        if len(f) >= 4:
            yield f


def ok_phrase(p):
    if not ARABIC_ONLY.match(p) or len(p.replace(' ', '')) < 2:
        return False
    if ' ' not in p and (p in COMMON or (p.startswith('ال') and p[2:] in COMMON)):
        return False
    return len(p.split()) <= 6


types = {}                      # phrase -> set of types


def put(t, name, aliases=''):
    for p in [name] + [a for a in aliases.split('|') if a]:
        p = norm(p)
        if ok_phrase(p):
            types.setdefault(p, set()).add(t)


for t, name, aliases, ref in rows('arwikicats'):
    if t in ('PER', 'LOC', 'ORG'):
        put(t, name, aliases)
    elif t == 'ORGPAT':
        put('ORG', name, aliases)
for t, name, aliases, ref in rows('cldr-48'):
    if t == 'LOC':
        put(t, name, aliases)
for folder in ('world-countries-5.1.0', 'i18n-iso-countries-7.14.0'):
    for t, name, aliases, ref in rows(folder):
        if t == 'LOC':
            put(t, name, aliases)
for t, name, aliases, ref in rows('dr5hn-countries-states-cities'):
    parts = ref.split(':')
    if t != 'LOC':
        continue
    if parts[1] == 'country' or (parts[1] == 'state' and 'city' not in parts[4:5] and
                                 'capital city' not in parts[4:5]):
        put(t, name, aliases)
    elif len(parts) > 3 and parts[3] in ARAB:
        put(t, name, aliases)

names = set()
for t, name, aliases, ref in rows('wikidata-person-name-tokens-coling2018', 'extract.filtered.tsv'):
    m = re.search(r'count=(\d+)', ref)
    if m and int(m.group(1)) >= MIN_COUNT:
        names.add(norm(name))
for t, name, aliases, ref in rows('faker-js-10.6.0-ar'):
    if t in ('FNAME', 'LNAME'):
        names.add(norm(name))
names = {n for n in names if ' ' not in n and ok_phrase(n)}

lines = []
for p, ts in types.items():
    if len(ts) == 1:
        lines.append(f'{next(iter(ts))}\t{p}')
lines += [f'NAME\t{n}' for n in names]
lines = sorted(set(lines), key=lambda s: s.encode('utf-8'))

sys.stdout.write("""\
# arnews_ner_lists.txt: name lists of the arnews named-entity tagger, used
# only as tagger FEATURES (src/core/ner_feat.c: a token inside a listed
# place, person or organization phrase, a token that is a word of person
# names), never as decisions.  Built by tools/build_ner_lists.py from
# ../shared/gazetteers; normalized like arnews_normalize; one-word entries
# that are ordinary Arabic words (stop list, lexicon, a few checked by hand)
# and names listed with two types are left out.
# Format: TYPE<TAB>phrase, TYPE one of LOC ORG PER (phrases) or NAME (one
# word of person names).  Sorted with LC_ALL=C sort.
# Licences and attribution (see LICENSE):
#   ArWikiCats (Arabic Wikipedia category titles), MIT licence;
#   Unicode CLDR 48, Unicode License v3; world-countries 5.1.0 (mledoze),
#   ODbL 1.0; i18n-iso-countries 7.14.0, MIT licence; countries-states-cities
#   database (dr5hn), ODbL 1.0; faker-js 10.6.0 Arabic locale, MIT licence;
#   Wikidata person-name tokens (NETransliteration-COLING2018), CC0 1.0.
#   This file, as a database derived from ODbL sources, is made available
#   under the Open Database License 1.0 (ODbL).
""")
for l in lines:
    sys.stdout.write(l + '\n')
