import { readFileSync } from 'node:fs';

// Summarises a V8 .cpuprofile: self time and total time per function, the
// top entries of each, so that where the time goes can be quoted in the
// performance notes.
//
//   node profile-summary.mjs <file.cpuprofile> [top]

const [file, topArg = '30'] = process.argv.slice(2);
const top = Number(topArg);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfSamples = new Map();
for (const id of profile.samples) selfSamples.set(id, (selfSamples.get(id) ?? 0) + 1);
const total = profile.samples.length;

const key = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
};

const self = new Map();
const inclusive = new Map();
for (const [id, count] of selfSamples) {
  const node = byId.get(id);
  self.set(key(node), (self.get(key(node)) ?? 0) + count);
  // Each function on the stack once, however deep its recursion.
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const k = key(byId.get(at));
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + count);
  }
}

const print = (title, map) => {
  console.log(`\n${title} (of ${total} samples)`);
  for (const [k, count] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((100 * count) / total).toFixed(1).padStart(6)}%  ${k}`);
  }
};
print('self time', self);
print('total time', inclusive);

// With a third argument, the callees of that function, by inclusive time.
const focus = process.argv[4];
if (focus !== undefined) {
  const callees = new Map();
  const subtotal = (node) => (selfSamples.get(node.id) ?? 0) + (node.children ?? []).reduce((sum, c) => sum + subtotal(byId.get(c)), 0);
  for (const node of profile.nodes) {
    if (node.callFrame.functionName !== focus) continue;
    for (const child of node.children ?? []) {
      const c = byId.get(child);
      callees.set(key(c), (callees.get(key(c)) ?? 0) + subtotal(c));
    }
    callees.set('(self)', (callees.get('(self)') ?? 0) + (selfSamples.get(node.id) ?? 0));
  }
  print(`callees of ${focus}`, callees);
}

// Self time by source file, for esbuild bundles (which mark each file with a `// src/…` comment).
const files = new Map();
const sections = new Map();
function sectionOf(url, line) {
  if (!url.startsWith('file://')) return undefined;
  let marks = sections.get(url);
  if (marks === undefined) {
    marks = [];
    try {
      readFileSync(new URL(url), 'utf8').split('\n').forEach((text, k) => {
        const found = /^\/\/ (src\/\S+|\.\.\/\S+)$/.exec(text);
        if (found) marks.push([k + 1, found[1]]);
      });
    } catch {
      // not a file we can read
    }
    sections.set(url, marks);
  }
  let name;
  for (const [at, file] of marks) {
    if (at > line) break;
    name = file;
  }
  return name;
}
for (const [id, count] of selfSamples) {
  const { url, lineNumber } = byId.get(id).callFrame;
  const section = sectionOf(url, lineNumber + 1);
  const name = section ?? (url ? url.split('/').slice(-3).join('/') : '(native)');
  files.set(name, (files.get(name) ?? 0) + count);
}
print('self time by source file', files);
