import { readFileSync } from 'node:fs';
import { loadContender } from './contender.mjs';

// Cold start of one contender in a fresh process: import its library and
// build its checker, nothing else; then, with `--document`, check the long
// document once. Prints the process's peak resident memory as JSON. The
// parent times the whole process against a bare `node -e ''`.
//
//   node cold.mjs <contender> <context.json> [--document <file>]

const [id, contextFile, flag, documentFile] = process.argv.slice(2);
const context = JSON.parse(readFileSync(contextFile, 'utf8'));
const contender = await loadContender(id);
const check = await contender.build(context);
let result = 0;
if (flag === '--document') result = check(readFileSync(documentFile, 'utf8'));
process.stdout.write(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, result }));
