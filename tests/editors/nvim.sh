#!/usr/bin/env bash
# A real editor as the client: headless Neovim attaches `numcheck server` to
# a Markdown draft with four planted errors, and this checks what Neovim
# shows: the rule ids and lines, the arithmetic on hover, and a typed fix
# clearing its finding.
# Usage: tests/editors/nvim.sh [path/to/numcheck]   (default: target/release/numcheck)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/numcheck}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fixtures/server/draft.md "$work/draft.md"

NUMCHECK_BIN=$bin NUMCHECK_OUT=$work/out.json timeout 60 \
  nvim --headless --clean -u tests/editors/nvim.lua "$work/draft.md" >/dev/null 2>&1 || true

python3 - "$work/out.json" <<'PY'
import json, sys
try:
    result = json.load(open(sys.argv[1]))
except OSError:
    sys.exit("nvim.sh: Neovim wrote no result (did it start?)")
print(json.dumps(result, indent=2, ensure_ascii=False))
assert "error" not in result, result.get("error")
seen = sorted((d["code"], d["lnum"] + 1) for d in result["opened"])
want = [("change-mismatch", 4), ("conversion-mismatch", 9),
        ("proportion-mismatch", 13), ("sum-mismatch", 3)]
assert seen == want, f"diagnostics {seen}, expected {want}"
assert all(d["source"] == "numcheck" for d in result["opened"])
assert "780 / 1,200 = 65%" in result.get("hover", ""), result.get("hover")
left = sorted(d["code"] for d in result["edited"])
assert left == ["change-mismatch", "conversion-mismatch", "sum-mismatch"], left
print("nvim.sh: ok")
PY
