#!/usr/bin/env bash
# Emacs with eglot as the client (Debian: emacs-nox, elpa-eglot): the rule
# ids and lines flymake shows for the Markdown draft with four planted errors.
# Usage: tests/editors/emacs.sh [path/to/numcheck]   (default: target/release/numcheck)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-target/release/numcheck}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp tests/fixtures/server/draft.md "$work/draft.md"
got=$(cd "$work" && NUMCHECK_BIN=$bin timeout 60 emacs --batch -Q \
  -l "$OLDPWD/tests/editors/eglot.el" draft.md 2>/dev/null | sort -n)
want=$'3 sum-mismatch\n4 change-mismatch\n9 conversion-mismatch\n13 proportion-mismatch'
if [ "$got" != "$want" ]; then
  printf 'emacs.sh: flymake showed\n%s\nexpected\n%s\n' "$got" "$want" >&2
  exit 1
fi
echo "emacs.sh: ok"
