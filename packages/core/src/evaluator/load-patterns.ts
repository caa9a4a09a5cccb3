import type { PackIR } from '../ir/schema.js';
import { checkPattern, type PatternCheck } from '../patterns/check-pattern.js';
import type { Issue } from './issues.js';
import type { LoadedPattern } from './loaded-pack.js';

/** The safety check is deterministic and costs far more than a load otherwise does, so verdicts are kept. */
const verdicts = new Map<string, PatternCheck>();
const MAX_REMEMBERED = 512;

function checkOnce(regex: string, flags: string): PatternCheck {
  const key = `${flags}/${regex}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = checkPattern(regex, flags);
    if (verdicts.size >= MAX_REMEMBERED) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(key, verdict);
  }
  return verdict;
}

/**
 * Compiles every pattern of the IR once, refusing any that the safety check
 * does not accept: IR may come from anywhere, and a pattern that backtracks
 * could make one check take minutes.
 */
export function loadPatterns(ir: PackIR, issues: Issue[]): Map<string, LoadedPattern> {
  const patterns = new Map<string, LoadedPattern>();
  for (const [id, pattern] of Object.entries(ir.patterns)) {
    const verdict = checkOnce(pattern.regex, pattern.flags);
    if (!verdict.ok) {
      const help = verdict.help === undefined ? '' : `; ${verdict.help}`;
      issues.push({ path: `patterns.${id}.regex`, message: `is refused: ${verdict.reason}${help}` });
      continue;
    }
    try {
      // `g` lets the engine walk every match with `lastIndex`.
      patterns.set(id, { id, regex: new RegExp(pattern.regex, `${pattern.flags}g`) });
    } catch (error) {
      issues.push({ path: `patterns.${id}.regex`, message: `is not a valid regular expression (${String(error)})` });
    }
  }
  return patterns;
}
