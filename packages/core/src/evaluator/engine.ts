import type { Citation } from '../ir/schema.js';
import type { Report } from '../findings/report.js';
import { activitySchema } from '../schema/activity.js';
import { ActivityError } from './activity-error.js';
import { checkActivity } from './check-activity.js';
import type { CheckOptions } from './check-options.js';
import type { RunSettings } from './check-run.js';
import { dateFromInstant, parseDate, type DateValue } from './dates.js';
import { asIncomplete } from './incomplete.js';
import { incompleteFinding } from './incomplete-finding.js';
import { issuesFromZod } from './issues.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import type { LoadedPack } from './loaded-pack.js';

/** What an engine tells about one of its rules. */
export interface RuleInfo {
  id: string;
  /** The pack that declared (or last replaced) the rule. */
  pack: string;
  severity: 'block' | 'review' | 'advice' | 'off';
  tags: readonly string[];
  /** The message template, placeholders not filled. */
  message: string;
  citation?: Citation | undefined;
  /** The rule's documentation comment, Markdown. */
  doc?: string | undefined;
  /** Every activity field the rule's conditions read (empty for a rule that is off). */
  fields: readonly string[];
}

/** The answer of {@link Engine.safeCheck}. */
export type SafeCheckResult = { ok: true; report: Report } | { ok: false; error: ActivityError };

/** A loaded pack, ready to check activities. Made by {@link load}; safe to share and reuse. */
export interface Engine {
  /** The packs that went into the engine, the root of the `extends` chain first. */
  readonly packs: readonly { name: string; version: string }[];
  /** Every rule, in pack order, including those switched off. */
  readonly rules: readonly RuleInfo[];
  /**
   * Checks an activity against every rule.
   *
   * @param activity - at least `{ text }`; other fields default to a public personal post
   * @throws {@link ActivityError} when the activity does not match the activity schema;
   *   nothing else is ever thrown (a check that cannot finish reports it as a finding)
   */
  check(activity: unknown, options?: CheckOptions): Report;
  /** Like {@link Engine.check}, but an invalid activity is returned as an error instead of thrown. */
  safeCheck(activity: unknown, options?: CheckOptions): SafeCheckResult;
}

/** Wraps a loaded pack in the {@link Engine} interface. */
export function createEngine(pack: LoadedPack): Engine {
  const rules: RuleInfo[] = pack.rules.map((rule) => ({
    id: rule.id,
    pack: rule.pack,
    severity: rule.severity,
    tags: [...rule.tags],
    message: rule.message,
    ...(rule.citation !== undefined ? { citation: { ...rule.citation } } : {}),
    ...(rule.doc !== undefined ? { doc: rule.doc } : {}),
    fields: pack.plan.fieldsByRule.get(rule.id) ?? [],
  }));
  const packs = pack.ir.packs.map((p) => ({ name: p.name, version: p.version }));

  const safeCheck = (input: unknown, options: CheckOptions = {}): SafeCheckResult => {
    const parsed = activitySchema.safeParse(input);
    if (!parsed.success) return { ok: false, error: new ActivityError(issuesFromZod(parsed.error)) };
    // Reading the clock and formatting the time is left to the first rule that compares dates.
    let now: DateValue | undefined;
    const settings: RunSettings = {
      explain: options.explain === true,
      get now() {
        return (now ??= resolveNow(options.now));
      },
      maxTextLength: positiveOr(options.maxTextLength, MAX_TEXT_LENGTH),
    };
    const budget = typeof options.budgetMs === 'number' && !Number.isNaN(options.budgetMs)
      ? Math.max(0, options.budgetMs)
      : undefined;
    try {
      return { ok: true, report: checkActivity(pack, parsed.data, settings, budget) };
    } catch (error) {
      // A fault outside any one rule: still a report, and one that is not `ok`.
      const incomplete = asIncomplete(error, 'the check');
      const enabled = pack.rules.filter((rule) => rule.severity !== 'off').map((rule) => rule.id);
      const finding = incompleteFinding(incomplete.what, enabled, pack.ir.name);
      return {
        ok: true,
        report: {
          ...(parsed.data.id !== undefined ? { id: parsed.data.id } : {}),
          verdict: 'review',
          findings: [finding],
          packs: packs.map((p) => ({ ...p })),
        },
      };
    }
  };

  return {
    packs,
    rules,
    safeCheck,
    check(input, options) {
      const result = safeCheck(input, options);
      if (!result.ok) throw result.error;
      return result.report;
    },
  };
}

function resolveNow(now: CheckOptions['now']): DateValue {
  if (now instanceof Date && !Number.isNaN(now.getTime())) return dateFromInstant(now.getTime());
  if (typeof now === 'number' && Number.isFinite(now)) return dateFromInstant(now);
  if (typeof now === 'string') {
    const parsed = parseDate(now);
    if (parsed !== undefined) return parsed;
  }
  return dateFromInstant(Date.now());
}

function positiveOr(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}
