#!/usr/bin/env bash
# Seeds each fuzz target's corpus with the repository's own texts.
set -euo pipefail
cd "$(dirname "$0")"
for target in extract markdown check; do
  mkdir -p "corpus/$target"
  find ../tests/fixtures ../examples -type f \( -name '*.md' -o -name '*.txt' \) \
    -exec cp {} "corpus/$target/" \;
done
