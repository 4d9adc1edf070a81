#!/usr/bin/env bash
# Times `numcheck check` against ripgrep on any folder of text, as
# ../shared/tools/perf_ratio.py does on the shared news: the folder as many
# files, the same text as one file, one small file with start-up, two
# threads against one, and peak memory. Needs ripgrep and GNU time.
#
#   scripts/perf.sh FOLDER [RUNS]
set -euo pipefail
folder=${1:?usage: scripts/perf.sh FOLDER [RUNS]}
runs=${2:-5}
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$PWD/target/release/numcheck
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
find "$folder" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | sort -z | xargs -0 cat > "$work/all.txt"
bytes=$(stat -c %s "$work/all.txt")
files=$(find "$folder" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l)
small=$(find "$folder" -type f \( -name '*.txt' -o -name '*.md' \) -size -8k | head -1)

# The median wall time in seconds of a command run $runs times.
median() {
  for _ in $(seq "$runs"); do
    /usr/bin/time -f %e "$@" 2>&1 >/dev/null | tail -1
  done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
mbps() { awk -v b="$bytes" -v s="$1" 'BEGIN {printf "%.1f", b / 1e6 / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

for label in "many files:$folder" "one file:$work/all.txt"; do
  name=${label%%:*}; target=${label#*:}
  nc=$(median "$bin" check --format json -j 1 "$target")
  rg=$(median rg -j 1 --count-matches '[0-9]+' "$target")
  echo "$name ($files files, $bytes bytes), 1 thread: numcheck ${nc}s = $(mbps "$nc") MB/s; rg ${rg}s; ratio $(ratio "$nc" "$rg")"
done
two=$(median "$bin" check --format json -j 2 "$folder")
one=$(median "$bin" check --format json -j 1 "$folder")
echo "two threads on many files: ${two}s, speed-up $(ratio "$one" "$two")x"
[ -n "$small" ] && echo "one small file with start-up: $(median "$bin" check "$small")s ($small)"
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "peak memory: many files $(peak "$bin" check -j 1 "$folder") KB, one file $(peak "$bin" check -j 1 "$work/all.txt") KB"
