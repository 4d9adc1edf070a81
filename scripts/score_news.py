#!/usr/bin/env python3
"""Scores `numcheck extract` on news sentences annotated by hand.

    scripts/score_news.py --bin target/release/numcheck tests/news/dev.jsonl [--show]

Each line of the JSONL file holds {"text", "quantities": [{"surface", "value"
(or null with "low"/"high" for a range or a vague amount), "kind", "unit",
"noun", "hedge": "~" | ">" | "<" | "="}]}. The sentences are written one per
line to a temporary file and extracted in one run.

Three measures, as the extraction issue states them:
- value F1: a gold value is found by an unused predicted value on its line
  within relative tolerance 1e-5; a gold range by a prediction whose range,
  or interval, has the same low end and a high end within 1% (vague amounts
  end at a convention: "millions" below 10m). Years, ordinals, dates and times are
  left out on both sides; a name (kind other) has no gold value, so any
  value read from it is a false positive.
- hedge: of the found gold quantities with a hedge other than "=", the share
  whose predicted hedge has the same sense (about and nearly: "~", or "<"
  for "nearly" before a bound such as "just under"; more-than and at-least:
  ">"; less-than and at-most: "<").
- noun: of the found gold counts with a noun, the share whose predicted noun
  is the same lemma.

Exit status 0 when --min-f1 holds, 1 when not, 2 when the tool fails.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

SKIP = {"year", "ordinal", "date", "time"}
SENSE = {
    "about": {"~"},
    "nearly": {"~", "<"},
    "more-than": {">"},
    "at-least": {">"},
    "less-than": {"<"},
    "at-most": {"<"},
}


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 1e-5 * max(1.0, abs(a), abs(b))


def offers(p):
    """The values a prediction offers: its value, or its range's two ends."""
    if p.get("value") is not None:
        return [p["value"]]
    if p.get("range"):
        return list(p["range"])
    return []


def matches(g, p):
    if g.get("value") is not None:
        return any(close(g["value"], v) for v in offers(p))
    lo, hi = g.get("low"), g.get("high")
    ends = [p.get("range") or [None, None], [p.get("low"), p.get("high")]]
    # A vague amount's top is a convention ("millions": 9.99m or 9,999,999).
    near = lambda a, b: a is not None and b is not None and abs(a - b) <= 0.01 * max(abs(a), abs(b))
    return any(close(lo, a) and near(hi, b) for a, b in ends)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True)
    ap.add_argument("gold")
    ap.add_argument("--show", action="store_true", help="print the sentences with a miss or a false positive")
    ap.add_argument("--min-f1", type=float, default=0.0)
    args = ap.parse_args()

    rows = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "news.txt")
        with open(path, "w", encoding="utf-8") as f:
            # A blank line between sentences: each is its own paragraph.
            f.write("\n\n".join(r["text"].replace("\n", " ") for r in rows) + "\n")
        run = subprocess.run([args.bin, "extract", "--format", "json", path], capture_output=True, text=True)
        if run.returncode not in (0, 1):
            print(run.stderr, file=sys.stderr)
            sys.exit(2)
        out = json.loads(run.stdout)
    by_line = {}
    for q in out["files"][0]["quantities"]:
        by_line.setdefault((q["line"] - 1) // 2, []).append(q)

    tp = fp = fn = 0
    hedged = hedge_ok = nouns = noun_ok = 0
    for n, r in enumerate(rows):
        preds = [p for p in by_line.get(n, []) if p["kind"] not in SKIP]
        used = set()
        notes = []
        for g in r["quantities"]:
            if g["kind"] in SKIP or (g.get("value") is None and g.get("low") is None):
                continue
            hit = next((k for k, p in enumerate(preds) if k not in used and matches(g, p)), None)
            if hit is None:
                fn += 1
                notes.append(f"miss {g['surface']!r} {g.get('value', [g.get('low'), g.get('high')])}")
                continue
            tp += 1
            used.add(hit)
            p = preds[hit]
            if g.get("hedge") not in (None, "="):
                hedged += 1
                if g["hedge"] in SENSE.get(p.get("hedge"), set()):
                    hedge_ok += 1
                else:
                    notes.append(f"hedge {g['surface']!r}: gold {g['hedge']} got {p.get('hedge')}")
            if g["kind"] == "count" and g.get("noun"):
                nouns += 1
                if p.get("noun") == g["noun"]:
                    noun_ok += 1
                else:
                    notes.append(f"noun {g['surface']!r}: gold {g['noun']} got {p.get('noun')}")
        for k, p in enumerate(preds):
            if k not in used and offers(p):
                fp += 1
                notes.append(f"extra {p['text']!r} {offers(p)}")
        if args.show and notes:
            print(f"{r.get('id', n)}: {r['text']}")
            for note in notes:
                print(f"    {note}")

    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    print(f"value      precision {100 * pr:5.1f}  recall {100 * rc:5.1f}  F1 {100 * f1:5.1f}  ({tp} found, {fn} missed, {fp} extra)")
    print(f"hedge      {100 * hedge_ok / max(hedged, 1):5.1f}% of {hedged} hedged gold values found")
    print(f"noun       {100 * noun_ok / max(nouns, 1):5.1f}% of {nouns} counts with a noun found")
    sys.exit(0 if 100 * f1 >= args.min_f1 else 1)


if __name__ == "__main__":
    main()
