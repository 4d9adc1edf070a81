#!/usr/bin/env python3
"""Splits a folder of answer-keyed drafts into two halves by the parity of
their id's number (a001 odd, a002 even), so that wording is tuned on one half
and measured on the other, which stays unseen.

    scripts/split_cases.py ../shared/examples-varied /tmp/varied

writes /tmp/varied/{odd,even}/cases (symbolic links) and expected.json.
"""
import json
import os
import re
import sys

src, dst = sys.argv[1], sys.argv[2]
key = json.load(open(os.path.join(src, "expected.json")))
for half, parity in (("odd", 1), ("even", 0)):
    cases = os.path.join(dst, half, "cases")
    os.makedirs(cases, exist_ok=True)
    kept = {}
    for name in sorted(os.listdir(os.path.join(src, "cases"))):
        case_id = os.path.splitext(name)[0]
        if int(re.sub(r"\D", "", case_id)) % 2 != parity:
            continue
        link = os.path.join(cases, name)
        if not os.path.lexists(link):
            os.symlink(os.path.abspath(os.path.join(src, "cases", name)), link)
        kept[case_id] = key.get(case_id, [])
    json.dump(kept, open(os.path.join(dst, half, "expected.json"), "w"), indent=1)
    print(half, len(kept), "drafts")
