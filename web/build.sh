#!/usr/bin/env bash
# Builds the web page into web/dist/: index.html, style, scripts, the
# wasm-bindgen glue and the .wasm. Needs the wasm32 target and the
# wasm-bindgen CLI at the version in Cargo.lock; installs either if missing.
# Uses wasm-opt when it is on PATH. Prints the .wasm's size.
set -euo pipefail
web="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$web")"
dist="$web/dist"
cd "$root"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate exactly, or the glue is refused.
want="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
have="$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)"
if [ "$have" != "$want" ]; then
  echo "installing wasm-bindgen-cli $want (found: ${have:-none})" >&2
  # --locked when the registry still has every locked crate; a yanked one
  # leaves the CLI's own lock unusable, so fall back to a fresh resolution.
  cargo install wasm-bindgen-cli --version "$want" --locked ||
    cargo install wasm-bindgen-cli --version "$want"
fi

cargo build --locked --profile wasm --target wasm32-unknown-unknown -p numcheck-web
wasm="target/wasm32-unknown-unknown/wasm/numcheck_web.wasm"

rm -rf "$dist"
mkdir -p "$dist"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section --out-dir "$dist" "$wasm"
if command -v wasm-opt >/dev/null; then
  wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int \
    -o "$dist/numcheck_web_bg.wasm" "$dist/numcheck_web_bg.wasm"
fi
cp "$web/index.html" "$web/app.js" "$web/worker.js" "$web/style.css" "$web/icon.svg" "$dist/"

raw=$(wc -c <"$dist/numcheck_web_bg.wasm")
gz=$(gzip -9 -c "$dist/numcheck_web_bg.wasm" | wc -c)
echo "built $dist: numcheck_web_bg.wasm $raw bytes, $gz gzipped"
