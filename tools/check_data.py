#!/usr/bin/env python3
"""check_data.py: check the shipped data files under data/.

Every data/arnews*.txt, data/arnews*.stop and data/builtin_*.txt file must:
  * be valid UTF-8 without a BOM or CR line ends, and end with a newline;
  * start with '#' comment lines that say what the file is and its licence;
  * have its entry lines (non-comment, non-blank) sorted in byte order
    (LC_ALL=C sort) with no duplicates;
  * have no trailing spaces (an empty last tab-separated field is fine).
Files whose header contains 'unsorted: <reason>' are exempt from the order
check (a trained model is ordered by its own structure).
Exits non-zero and lists every problem.
"""
import glob
import os
import sys

top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
files = sorted(glob.glob(os.path.join(top, 'data', 'arnews*.txt')) +
               glob.glob(os.path.join(top, 'data', 'arnews*.stop')) +
               glob.glob(os.path.join(top, 'data', 'builtin_*.txt')))
problems = []
entries_total = 0
for path in files:
    name = os.path.relpath(path, top)
    raw = open(path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        problems.append(f'{name}: not UTF-8 ({e})')
        continue
    if text.startswith('\ufeff'):
        problems.append(f'{name}: starts with a BOM')
    if '\r' in text:
        problems.append(f'{name}: has CR line ends')
    if text and not text.endswith('\n'):
        problems.append(f'{name}: no newline at the end')
    lines = text.split('\n')
    if not lines or not lines[0].startswith('#'):
        problems.append(f'{name}: no header comment')
    header = []
    for line in lines:
        if line.startswith('#'):
            header.append(line)
        else:
            break
    head = '\n'.join(header).lower()
    if 'licen' not in head:
        problems.append(f'{name}: header does not name a licence')
    entries = [l for l in lines if l.strip() and not l.startswith('#')]
    entries_total += len(entries)
    for i, l in enumerate(lines, 1):
        if l != l.rstrip(' '):
            problems.append(f'{name}:{i}: trailing space')
    if 'unsorted:' not in head:
        keys = [e.encode('utf-8') for e in entries]
        for a, b in zip(keys, keys[1:]):
            if a > b:
                problems.append(f'{name}: not sorted near "{b.decode()}"')
                break
        if len(set(keys)) != len(keys):
            problems.append(f'{name}: duplicate lines')
for p in problems:
    print(p)
print(f'check_data: {len(files)} files, {entries_total} entries, {len(problems)} problems')
sys.exit(1 if problems else 0)
