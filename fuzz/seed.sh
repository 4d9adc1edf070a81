#!/usr/bin/env bash
# Seeds each fuzz target's corpus with the repository's own texts (fixtures
# and examples), named after their path so none overwrites another.
set -euo pipefail
cd "$(dirname "$0")"
for target in extract markdown check; do
  mkdir -p "corpus/$target"
  find ../tests/fixtures ../examples -type f \( -name '*.md' -o -name '*.txt' \) -print0 |
    while IFS= read -r -d '' file; do
      name=${file#../}
      cp "$file" "corpus/$target/${name//\//_}"
    done
done
