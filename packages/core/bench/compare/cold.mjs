import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadContender } from './contender.mjs';

// Cold start of one contender in a fresh process: import its library and
// build its checker, nothing else. Then, with `--first-check`, check one
// short post and time that check on its own (work a library defers to its
// first check belongs to its start-up cost, and is shown beside it); or,
// with `--document`, check the long document once. Prints the process's
// peak resident memory as JSON (before the first check, with
// `--first-check`; after the document, with `--document`). The parent
// times the whole process against a bare `node -e ''`.
//
//   node cold.mjs <contender> <context.json> [--first-check | --document <file>]

/** A short everyday post: every rule and detector of a pack looks at it. */
const FIRST_POST = 'Looking forward to the team away day in Leeds next week!';

const [id, contextFile, flag, documentFile] = process.argv.slice(2);
const context = JSON.parse(readFileSync(contextFile, 'utf8'));
const contender = await loadContender(id);
const check = await contender.build(context);
const builtRssKiB = process.resourceUsage().maxRSS;
let result = 0;
let firstCheckMs;
if (flag === '--document') result = check(readFileSync(documentFile, 'utf8'));
if (flag === '--first-check') {
  const started = performance.now();
  result = check(FIRST_POST);
  firstCheckMs = performance.now() - started;
}
const maxRssKiB = flag === '--document' ? process.resourceUsage().maxRSS : builtRssKiB;
process.stdout.write(JSON.stringify({ maxRssKiB, result, firstCheckMs, afterFirstCheckRssKiB: process.resourceUsage().maxRSS }));
