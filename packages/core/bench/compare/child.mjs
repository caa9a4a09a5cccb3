import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadContender } from './contender.mjs';
import { termList } from './inputs.mjs';

// One contender in its own process (forked by run.mjs). It builds its checker
// once, then answers timing requests one at a time over IPC, so that the
// parent can interleave the contenders repetition by repetition.

let contender;
let context;
let check;
let posts = [];
let document = '';
let realTerms = [];
// Every result is folded into this, so no call can be optimised away.
let sink = 0;

const gc = globalThis.gc ?? (() => {});

function timePosts(count, step) {
  gc();
  const started = performance.now();
  for (let i = 0, done = 0; done < count; i = (i + step) % posts.length, done++) sink = (sink + check(posts[i])) | 0;
  return performance.now() - started;
}

/** Runs posts in order until `budgetMs` has passed or all have run; the JIT warms up on the way. */
function calibratePosts(budgetMs) {
  const started = performance.now();
  let count = 0;
  while (count < posts.length) {
    const end = Math.min(posts.length, count + 32);
    for (; count < end; count++) sink = (sink + check(posts[count])) | 0;
    if (performance.now() - started >= budgetMs) break;
  }
  return { count, ms: performance.now() - started };
}

function timeOnce(text) {
  const started = performance.now();
  sink = (sink + check(text)) | 0;
  return performance.now() - started;
}

/**
 * Median time of one check of `text`: short texts are timed in batches of
 * calls long enough for the clock, long ones call by call. Stops early when
 * one call already takes longer than `maxMs`.
 */
function timeText(text, { samples = 5, minBatchMs = 10, maxMs = Infinity } = {}) {
  gc();
  const first = timeOnce(text);
  if (first > maxMs) return { ms: first, samples: 1 };
  const second = timeOnce(text);
  const perCall = Math.max(Math.min(first, second), 1e-4);
  const batch = Math.max(1, Math.min(100_000, Math.ceil(minBatchMs / perCall)));
  const times = [];
  for (let s = 0; s < samples; s++) {
    // No collection forced between samples: a full collection before every
    // call is no workload's pattern, and V8 then drops optimised code and type
    // feedback that real use keeps.
    const started = performance.now();
    for (let k = 0; k < batch; k++) sink = (sink + check(text)) | 0;
    times.push((performance.now() - started) / batch);
  }
  times.sort((a, b) => a - b);
  return { ms: times[times.length >> 1], samples: samples * batch };
}

const handlers = {
  async init(message) {
    context = message.context;
    contender = await loadContender(message.contender);
    posts = JSON.parse(readFileSync(message.inputs.posts, 'utf8'));
    document = readFileSync(message.inputs.document, 'utf8');
    realTerms = JSON.parse(readFileSync(message.inputs.realTerms, 'utf8'));
    const started = performance.now();
    check = await contender.build(context);
    return { buildMs: performance.now() - started };
  },
  async withTerms({ count }) {
    const terms = termList(realTerms, count);
    check = undefined;
    gc();
    const started = performance.now();
    check = await contender.buildWithTerms(context, terms);
    return { buildMs: performance.now() - started };
  },
  async calibratePosts({ budgetMs }) {
    return calibratePosts(budgetMs);
  },
  async posts({ count, step = 1 }) {
    return { ms: timePosts(count, step) };
  },
  async prefix({ length, ...options }) {
    return timeText(length >= document.length ? document : document.slice(0, length), options);
  },
  async once({ length }) {
    const text = length >= document.length ? document : document.slice(0, length);
    gc();
    return { ms: timeOnce(text) };
  },
  async text({ text, ...options }) {
    return timeText(text, options);
  },
  async rss() {
    return { maxRssKiB: process.resourceUsage().maxRSS, sink };
  },
};

process.on('message', async (message) => {
  try {
    const result = await handlers[message.cmd](message);
    process.send({ id: message.id, ok: true, result });
  } catch (error) {
    process.send({ id: message.id, ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});
process.send({ ready: true });
