#!/usr/bin/env bash
# Builds the web page into web/dist/: index.html, style, scripts, the
# wasm-bindgen glue and the .wasm. Needs the wasm32 target and the
# wasm-bindgen CLI at the version in Cargo.lock; installs either if missing.
# Uses wasm-opt when it is on PATH. Prints the .wasm's size. The page works
# served (python3 -m http.server -d web/dist) or opened as a file.
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
# Classic-script glue (the `wasm_bindgen` global): a worker started from a
# blob, as a page opened as a file must, can import nothing.
wasm-bindgen --target no-modules --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$dist" "$wasm"
if command -v wasm-opt >/dev/null; then
  wasm-opt -Os --enable-bulk-memory --enable-nontrapping-float-to-int \
    -o "$dist/numcheck_web_bg.wasm" "$dist/numcheck_web_bg.wasm"
fi
cat "$dist/numcheck_web.js" "$web/worker.js" >"$dist/worker.js"
cp "$web/index.html" "$web/app.js" "$web/style.css" "$web/icon.svg" "$dist/"
# For a page opened as a file (file://), where browsers refuse to start a
# worker from a file or fetch one: the worker's source and the .wasm, in a
# script the page loads only then.
python3 - "$dist" <<'PY'
import base64, json, pathlib, sys
dist = pathlib.Path(sys.argv[1])
worker = (dist / "worker.js").read_text(encoding="utf-8")
wasm = base64.b64encode((dist / "numcheck_web_bg.wasm").read_bytes()).decode()
(dist / "embedded.js").write_text(
    "self.NUMCHECK_EMBEDDED = " + json.dumps({"worker": worker, "wasm": wasm}) + ";\n",
    encoding="utf-8",
)
PY

raw=$(wc -c <"$dist/numcheck_web_bg.wasm")
gz=$(gzip -9 -c "$dist/numcheck_web_bg.wasm" | wc -c)
echo "built $dist: numcheck_web_bg.wasm $raw bytes, $gz gzipped"
