#!/usr/bin/env bash
# Gate: the shipped data files are well-formed, sorted and licensed.
exec python3 "$(dirname "$0")/../../tools/check_data.py"
