import type { Finding } from '../findings/report.js';
import { INCOMPLETE_RULE } from './limits.js';
import { listWords } from './conditions/outcome.js';

/**
 * The finding that says part of a check could not be done: severity
 * `review`, so that a check that did not finish is never taken for `ok`.
 *
 * @param what - the cause in plain words ("detector `boom` failed on `text`")
 * @param rules - the ids of the rules that could not be checked
 * @param pack - the pack to name as the finding's source
 */
export function incompleteFinding(what: string, rules: readonly string[], pack: string): Finding {
  const which = rules.length === 1 ? `rule ${listWords(rules)}` : `rules ${listWords(rules, 8)}`;
  return {
    rule: INCOMPLETE_RULE,
    pack,
    severity: 'review',
    tags: ['incomplete'],
    message: `Not fully checked: ${what}, so ${which} could not be checked`,
    advice: 'If in doubt, do not post: read it over yourself or ask your press office or line manager before publishing',
    spans: [],
    evidence: [],
    suggestions: [],
  };
}
