#!/usr/bin/env bash
# Tests of the web page, as CI runs them: builds web/dist, checks that the
# wasm build finds what the command line finds on every draft at hand, then
# drives the page in headless Chromium. Needs node/npm and Chromium
# (CHROMIUM, default /usr/bin/chromium); .ci/run installs them.
set -euo pipefail
web="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$web")"
cd "$root"

bash web/build.sh
cargo build --release --locked --bin numcheck
(cd web/tests && npm ci --no-audit --no-fund --loglevel=error)

drafts=(examples tests/fixtures)
for shared in ../shared/examples/cases ../shared/examples-varied/cases; do
  if [ -d "$shared" ]; then drafts+=("$shared"); fi
done
node web/tests/parity.mjs web/dist target/release/numcheck "${drafts[@]}"
node web/tests/browser.mjs web/dist web/tests/out/screenshot.png
