// Runs the checker off the main thread, so that a long draft never freezes
// the page. One request at a time; the page sends only the latest text.
import init, { check, extract, explain } from './numcheck_web.js';

// The page lists at most this many findings; the rest are only counted, so
// that a long draft's answer is small to hand over to the page.
const MAX_FINDINGS = 500;

const ready = init();
const explained = new Map();

function explainOnce(rule) {
  if (!explained.has(rule)) explained.set(rule, explain(rule) ?? '');
  return explained.get(rule);
}

self.onmessage = async ({ data: { id, op, text, markdown } }) => {
  try {
    await ready;
    const started = performance.now();
    const result = JSON.parse(op === 'extract' ? extract(text, markdown) : check(text, markdown));
    const ms = performance.now() - started;
    if (op === 'check') {
      result.total = result.findings.length;
      result.findings = result.findings.slice(0, MAX_FINDINGS);
      for (const f of result.findings) f.explain = explainOnce(f.rule);
    }
    self.postMessage({ id, op, result, ms });
  } catch (e) {
    self.postMessage({ id, op, error: String(e) });
  }
};
