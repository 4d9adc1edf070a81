// The page: sends the draft to the worker as it changes, shows the findings
// beside it and highlights their figures in a copy of the text behind the
// text area. The draft only ever reaches the page as text nodes
// (textContent), never as markup.

'use strict';

const $ = (id) => document.getElementById(id);
const draft = $('draft');
const backdrop = $('backdrop');
const markdown = $('markdown');
const status = $('status');
const findingsList = $('findings');
const figuresBody = $('figures').tBodies[0];

// Waits this long after the last keystroke before checking.
const DEBOUNCE_MS = 200;
// Longer drafts get no highlights: a second copy of a text this long takes
// the browser seconds to lay out. Their findings still select their figure.
const MAX_HIGHLIGHTED = 1 << 20;
// Longer drafts are not put in the address bar.
const MAX_LINK = 32 * 1024;

const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('data-')) node.dataset[k.slice(5)] = v;
    else node.setAttribute(k, v);
  }
  node.append(...children);
  return node;
}

// ---- Talking to the worker: one request per kind in flight, the latest text wins.

// A served page starts worker.js, which fetches the .wasm beside it. A page
// opened as a file may neither start a worker from a file nor fetch one, so
// embedded.js brings both, and the worker starts from a blob.
async function startWorker() {
  if (location.protocol !== 'file:') {
    const worker = new Worker('worker.js');
    worker.postMessage({ op: 'init' });
    return worker;
  }
  await new Promise((loaded, failed) => {
    document.head.append(el('script', { src: 'embedded.js' }));
    document.head.lastChild.addEventListener('load', loaded);
    document.head.lastChild.addEventListener('error', failed);
  });
  const { worker: source, wasm } = self.NUMCHECK_EMBEDDED;
  const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  const bytes = Uint8Array.from(atob(wasm), (c) => c.charCodeAt(0));
  worker.postMessage({ op: 'init', wasm: bytes }, [bytes.buffer]);
  return worker;
}

const started = startWorker().then((worker) => {
  worker.onmessage = answered;
  worker.onerror = (e) => {
    status.textContent = `The checker could not start: ${e.message ?? 'unknown error'}`;
  };
  return worker;
}, (e) => {
  status.textContent = `The checker could not start: ${e}`;
});

let version = 0;
const jobs = {
  check: { busy: false, wanted: false, sentAt: 0 },
  extract: { busy: false, wanted: false, sentAt: 0 },
};

function request(op) {
  jobs[op].wanted = true;
  if (!jobs[op].busy) send(op);
}

async function send(op) {
  const job = jobs[op];
  Object.assign(job, { busy: true, wanted: false });
  const worker = await started;
  job.sentAt = performance.now();
  worker?.postMessage({ id: version, op, text: draft.value, markdown: markdown.checked });
}

function answered({ data }) {
  const job = jobs[data.op];
  job.busy = false;
  // The text changed while this answer was computed: ask again, show nothing stale.
  if (job.wanted || data.id !== version) {
    if (job.wanted) send(data.op);
    return;
  }
  if (data.error) {
    status.textContent = `The checker failed: ${data.error}`;
    return;
  }
  const roundTrip = performance.now() - job.sentAt;
  if (data.op === 'check') showFindings(data.result, data.ms, roundTrip);
  else showFigures(data.result);
}

let timer = 0;
function changed({ now = false } = {}) {
  version += 1;
  backdrop.classList.add('stale');
  // The figures table is read again only when it is shown.
  if (!figuresShown()) $('figure-count').textContent = '';
  clearTimeout(timer);
  const run = () => {
    request('check');
    if (figuresShown()) request('extract');
  };
  if (now) run();
  else timer = setTimeout(run, DEBOUNCE_MS);
}

// ---- Findings.

let findings = [];

function showFindings(result, checkMs, roundTripMs) {
  const n = result.total;
  findings = result.findings;
  findingsList.replaceChildren(...findings.map(findingItem));
  $('no-findings').hidden = n > 0 || result.quantities === 0;
  $('findings-note').textContent = n > findings.length ? `Showing the first ${findings.length} of ${n} findings.` : '';
  $('finding-count').textContent = `(${n})`;
  highlight(findings);
  status.textContent = `${count(n, 'finding')}; ${count(result.quantities, 'figure')} read, `
    + `${count(result.claims, 'relation')} checked in ${checkMs.toFixed(1)} ms.`;
  status.dataset.checkMs = checkMs.toFixed(3);
  status.dataset.roundTripMs = roundTripMs.toFixed(3);
  status.dataset.version = String(version);
}

function findingItem(f, i) {
  const where = `line ${f.line}, column ${f.column}`;
  const go = el('button', { type: 'button', class: 'goto' },
    el('span', { class: `severity ${f.severity}`, text: f.severity }), ' ',
    el('code', { class: 'rule', text: f.rule }), ' ',
    el('span', { class: 'where', text: where }));
  go.addEventListener('click', () => select(i));
  const item = el('li', { class: `finding ${f.severity}`, 'data-rule': f.rule, 'data-line': String(f.line) },
    go,
    el('p', { class: 'message', text: f.message }),
    el('p', { class: 'arithmetic', text: f.explanation }));
  if (f.related.length > 0) {
    item.append(el('p', { class: 'rests', text: 'Rests on: ' },
      ...f.related.flatMap((r, k) => [
        k > 0 ? ', ' : '',
        el('q', { text: r.text }), ` (line ${r.line})`,
      ])));
  }
  if (f.explain) {
    item.append(el('details', {},
      el('summary', { text: `About ${f.rule}` }),
      el('pre', { class: 'explain', text: f.explain })));
  }
  item.addEventListener('click', (e) => {
    if (!e.target.closest('button, summary, details')) select(i);
  });
  return item;
}

// Highlights finding `i`, scrolls the draft to its figure and selects it.
function select(i) {
  const f = findings[i];
  if (!f) return;
  for (const item of findingsList.children) item.classList.toggle('active', item === findingsList.children[i]);
  let first = null;
  for (const mark of backdrop.querySelectorAll('mark')) {
    const mine = mark.dataset.findings.split(' ').includes(String(i));
    mark.classList.toggle('active', mine);
    if (mine && mark.classList.contains('primary') && !first) first = mark;
  }
  if (first) {
    draft.scrollTop = Math.max(0, first.offsetTop - draft.clientHeight / 3);
    backdrop.scrollTop = draft.scrollTop;
  }
  draft.setSelectionRange(f.primary.from, f.primary.to);
  $('draft-box').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  // No highlight to scroll to: focusing the text area shows its selection.
  if (!first) draft.focus();
}

// Rebuilds the copy of the text behind the text area, with a `<mark>` on
// every stretch that a finding points at (primary figures win over related).
function highlight(list) {
  backdrop.classList.remove('stale');
  // (textLength, unlike value, does not copy the text.)
  if (draft.textLength > MAX_HIGHLIGHTED) {
    backdrop.replaceChildren();
    return;
  }
  const text = draft.value;
  const events = [];
  list.forEach((f, i) => {
    events.push({ at: f.primary.from, i, kind: 'primary', open: true }, { at: f.primary.to, i, kind: 'primary', open: false });
    for (const r of f.related_places) {
      events.push({ at: r.from, i, kind: 'related', open: true }, { at: r.to, i, kind: 'related', open: false });
    }
  });
  // At one offset, openings first, so that an empty span opens before it closes.
  events.sort((a, b) => a.at - b.at || b.open - a.open);
  const active = [];
  const nodes = [];
  let at = 0;
  for (const e of events) {
    if (e.at > at) {
      const stretch = text.slice(at, e.at);
      if (active.length === 0) nodes.push(document.createTextNode(stretch));
      else {
        const kind = active.some((a) => a.kind === 'primary') ? 'primary' : 'related';
        const ids = [...new Set(active.map((a) => a.i))].join(' ');
        nodes.push(el('mark', { class: kind, 'data-findings': ids, text: stretch }));
      }
      at = e.at;
    }
    if (e.open) active.push(e);
    else {
      const k = active.findIndex((a) => a.i === e.i && a.kind === e.kind);
      if (k >= 0) active.splice(k, 1);
    }
  }
  // A trailing newline needs a character after it to take up its line.
  nodes.push(document.createTextNode(`${text.slice(at)}\n`));
  backdrop.replaceChildren(...nodes);
  backdrop.scrollTop = draft.scrollTop;
}

// ---- Figures read.

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });
const fmt = (x) => (x === null || x === undefined ? '' : number.format(x));

function showFigures(result) {
  const qs = result.quantities;
  $('figure-count').textContent = `(${result.total})`;
  $('figures-note').textContent = result.total > qs.length
    ? `Showing the first ${qs.length} of ${result.total} figures.` : '';
  figuresBody.replaceChildren(...qs.map((q) => {
    const value = q.value !== null ? fmt(q.value) : q.range ? `${fmt(q.range[0])}–${fmt(q.range[1])}` : '';
    const interval = q.low === q.high ? ''
      : `${q.low === null ? '−∞' : fmt(q.low)} to ${q.high === null ? '∞' : fmt(q.high)}`;
    return el('tr', { 'data-line': String(q.line) },
      el('td', { text: String(q.line) }), el('td', {}, el('q', { text: q.text })),
      el('td', { text: q.kind }), el('td', { text: value }), el('td', { text: interval }),
      el('td', { text: q.hedge ?? '' }), el('td', { text: q.unit ?? '' }), el('td', { text: q.noun ?? '' }));
  }));
}

// ---- Tabs (the WAI-ARIA pattern: arrow keys move between them).

const tabs = [$('tab-findings'), $('tab-figures')];
const figuresShown = () => tabs[1].getAttribute('aria-selected') === 'true';

function choose(tab) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (figuresShown()) request('extract');
}

for (const tab of tabs) {
  tab.addEventListener('click', () => choose(tab));
  tab.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = tabs[(tabs.indexOf(tab) + 1) % tabs.length];
    choose(next);
    next.focus();
  });
}

// ---- Getting a draft in: typing, files, links.

// Plain text for `.txt`, Markdown otherwise, as the command line decides.
const isMarkdownName = (name) => !/\.(txt|text)$/i.test(name);

// Beyond this a file is no draft, and reading it would stall the page.
const MAX_FILE = 64 << 20;

async function load(file) {
  if (file.size > MAX_FILE) {
    status.textContent = `${file.name} is ${Math.round(file.size / (1 << 20))} MB: too large to check here.`;
    return;
  }
  draft.value = await file.text();
  markdown.checked = isMarkdownName(file.name);
  changed({ now: true });
}

// `#text=<URL-encoded draft>`, optionally with `&markdown=1`.
function fromLink() {
  const params = new Map(location.hash.slice(1).split('&').map((p) => {
    const eq = p.indexOf('=');
    return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
  }));
  if (!params.has('text')) return;
  const raw = params.get('text');
  try {
    draft.value = decodeURIComponent(raw);
  } catch {
    draft.value = raw;
  }
  markdown.checked = params.get('markdown') === '1';
  changed({ now: true });
}

function shareLink() {
  const link = `${location.href.split('#')[0]}#${markdown.checked ? 'markdown=1&' : ''}text=${encodeURIComponent(draft.value)}`;
  $('share-link').value = link;
  $('share-out').hidden = false;
  if (link.length <= MAX_LINK) history.replaceState(null, '', link);
  navigator.clipboard?.writeText(link).then(
    () => { status.textContent = 'Link copied.'; },
    () => { $('share-link').select(); });
}

draft.addEventListener('input', () => changed());
markdown.addEventListener('change', () => changed({ now: true }));
draft.addEventListener('scroll', () => {
  backdrop.scrollTop = draft.scrollTop;
  backdrop.scrollLeft = draft.scrollLeft;
});
$('file').addEventListener('change', (e) => {
  const [file] = e.target.files;
  if (file) load(file);
});
$('draft-box').addEventListener('dragover', (e) => {
  if (e.dataTransfer.types.includes('Files')) e.preventDefault();
});
$('draft-box').addEventListener('drop', (e) => {
  const [file] = e.dataTransfer.files;
  if (!file) return;
  e.preventDefault();
  load(file);
});
$('share').addEventListener('click', shareLink);
window.addEventListener('hashchange', fromLink);
// Text areas resize on phones and when the window changes: keep the copy aligned.
new ResizeObserver(() => {
  backdrop.style.width = `${draft.offsetWidth}px`;
  backdrop.style.height = `${draft.offsetHeight}px`;
  backdrop.scrollTop = draft.scrollTop;
}).observe(draft);

fromLink();
if (draft.value === '') changed({ now: true });
