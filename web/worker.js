// Runs the checker off the main thread, so that a long draft never freezes
// the page. build.sh puts the wasm-bindgen glue (the `wasm_bindgen` global)
// in front of this file. The page's first message says where the .wasm is:
// its bytes (a page opened as a file), or next to this script (a served page).

// The page lists at most this many findings and figures; the rest are only
// counted, so that a long draft's answer is small to hand over to the page.
const MAX_FINDINGS = 500;
const MAX_FIGURES = 2000;

let ready = null;
const explained = new Map();

function explainOnce(rule) {
  if (!explained.has(rule)) explained.set(rule, wasm_bindgen.explain(rule) ?? '');
  return explained.get(rule);
}

self.onmessage = async ({ data: { id, op, text, markdown, wasm } }) => {
  if (op === 'init') {
    ready = wasm
      ? Promise.resolve(wasm_bindgen.initSync({ module: wasm }))
      : wasm_bindgen({ module_or_path: 'numcheck_web_bg.wasm' });
    return;
  }
  try {
    await ready;
    const started = performance.now();
    const result = JSON.parse(op === 'extract' ? wasm_bindgen.extract(text, markdown) : wasm_bindgen.check(text, markdown));
    const ms = performance.now() - started;
    if (op === 'check') {
      result.total = result.findings.length;
      result.findings = result.findings.slice(0, MAX_FINDINGS);
      for (const f of result.findings) f.explain = explainOnce(f.rule);
    } else {
      result.total = result.quantities.length;
      result.quantities = result.quantities.slice(0, MAX_FIGURES);
    }
    self.postMessage({ id, op, result, ms });
  } catch (e) {
    self.postMessage({ id, op, error: String(e) });
  }
};
