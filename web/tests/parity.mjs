// The wasm build gives the same findings as the command line: every draft
// under the given folders is checked by `numcheck check --format json` and by
// the page's `check()` (the very .wasm and glue of web/dist), and the pinned
// fields of each finding must agree.
//
// usage: node parity.mjs DIST NUMCHECK_BINARY FOLDER...

import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [dist, binary, ...folders] = process.argv.slice(2);
if (!dist || !binary || folders.length === 0) {
  console.error('usage: node parity.mjs DIST NUMCHECK_BINARY FOLDER...');
  process.exit(2);
}

// The glue is a classic script that defines `wasm_bindgen`, as the page's
// worker runs it; given the .wasm's bytes, it looks for no file itself.
const wasm = new Function(`${readFileSync(join(dist, 'numcheck_web.js'), 'utf8')}\nreturn wasm_bindgen;`)();
wasm.initSync({ module: readFileSync(join(dist, 'numcheck_web_bg.wasm')) });

function drafts(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) => {
    const path = join(folder, e.name);
    if (e.isDirectory()) return drafts(path);
    return /\.(md|markdown|txt|text)$/i.test(e.name) && !/^README/i.test(e.name) ? [path] : [];
  });
}

// The pinned fields a reader sees; `path` is the command line's alone.
const pinned = (f) => JSON.stringify({
  rule: f.rule, severity: f.severity, line: f.line, column: f.column,
  end_line: f.end_line, end_column: f.end_column, message: f.message,
  explanation: f.explanation, related: f.related,
});

function cli(path) {
  try {
    return execFileSync(binary, ['check', '--isolated', '--format', 'json', path], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch (e) {
    // 1: findings; 2: a file that could not be read (reported as no file).
    if (e.status === 1 || e.status === 2) return e.stdout;
    throw e;
  }
}

let files = 0;
let findings = 0;
const failures = [];
for (const path of folders.filter((f) => statSync(f, { throwIfNoEntry: false })?.isDirectory()).flatMap(drafts)) {
  const report = JSON.parse(cli(path));
  // A file the command line refuses (binary, not UTF-8) is no draft.
  if (report.summary.files === 0) continue;
  const expected = report.findings.map(pinned);
  const text = readFileSync(path, 'utf8');
  const markdown = !/\.(txt|text)$/i.test(path);
  const got = JSON.parse(wasm.check(text, markdown)).findings.map(pinned);
  files += 1;
  findings += expected.length;
  if (JSON.stringify(expected) !== JSON.stringify(got)) {
    failures.push(`${path}:\n  command line: ${expected.join('\n                ')}\n  wasm:         ${got.join('\n                ')}`);
  }
}

if (files === 0) {
  console.error('parity: no drafts found');
  process.exit(1);
}
if (failures.length > 0) {
  console.error(`parity: ${failures.length} of ${files} drafts differ\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`parity: ${files} drafts, ${findings} findings, the wasm build and the command line agree`);
