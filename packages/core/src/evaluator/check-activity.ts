import { buildFinding } from '../findings/build-finding.js';
import { finishFindings } from '../findings/finish.js';
import type { Finding, Report, RuleExplanation } from '../findings/report.js';
import { verdictOf } from '../findings/verdict.js';
import type { Activity } from '../schema/activity.js';
import { CheckRun, type RunSettings } from './check-run.js';
import { clock } from './clock.js';
import { evaluateRule } from './evaluate-rule.js';
import { workDone } from './field-scan.js';
import { asIncomplete } from './incomplete.js';
import { incompleteFinding } from './incomplete-finding.js';
import type { LoadedPack } from './loaded-pack.js';

/**
 * Runs every rule of a loaded pack over a validated activity and builds the
 * report. Total: whatever happens inside a rule (a detector that throws, a
 * field too long to scan, the time budget running out) the rule is reported
 * as not checked through a `propriety/incomplete` finding, and the report is
 * returned, never an exception.
 */
export function checkActivity(
  pack: LoadedPack,
  activity: Activity,
  settings: RunSettings,
  budgetMs: number | undefined,
): Report {
  const started = clock();
  // The clock is read again only after real work (see `workDone`).
  let workSeen = -1;
  const run = new CheckRun(pack, activity, settings);
  const findings: Finding[] = [];
  const explanation: RuleExplanation[] | undefined = settings.explain ? [] : undefined;
  const notChecked = new Map<string, { what: string; rules: string[] }>();
  const skip = (rule: string, key: string, what: string) => {
    let entry = notChecked.get(key);
    if (entry === undefined) {
      entry = { what, rules: [] };
      notChecked.set(key, entry);
    }
    entry.rules.push(rule);
    explanation?.push({ rule, outcome: 'not-fired', reason: `not checked: ${what}` });
  };

  for (const rule of pack.rules) {
    if (rule.severity === 'off') {
      explanation?.push({ rule: rule.id, outcome: 'off', reason: 'its severity is `off`, so it is not checked' });
      continue;
    }
    if (budgetMs !== undefined && (budgetMs === 0 || workDone() !== workSeen)) {
      workSeen = workDone();
      if (clock() - started >= budgetMs) {
        skip(rule.id, 'budget', `the time budget of ${budgetMs} ms ran out`);
        continue;
      }
    }
    try {
      const result = evaluateRule(rule, run);
      if (result.fired) {
        findings.push(buildFinding(rule, result.hits, result.facts, (field, start, end) => run.span(field, start, end)));
      }
      explanation?.push({
        rule: rule.id,
        outcome: result.fired ? 'fired' : 'not-fired',
        reason: result.reason,
        ...(result.fired && result.toPass.length > 0 ? { toPass: result.toPass.slice(0, 10) } : {}),
      });
    } catch (error) {
      const incomplete = asIncomplete(error, `checking rule \`${rule.id}\``);
      skip(rule.id, incomplete.key, incomplete.what);
    }
  }

  for (const { what, rules } of notChecked.values()) findings.push(incompleteFinding(what, rules, pack.ir.name));
  const finished = finishFindings(findings);
  return {
    ...(activity.id !== undefined ? { id: activity.id } : {}),
    verdict: verdictOf(finished),
    findings: finished,
    packs: pack.ir.packs.map((p) => ({ name: p.name, version: p.version })),
    ...(explanation !== undefined ? { explanation } : {}),
  };
}
