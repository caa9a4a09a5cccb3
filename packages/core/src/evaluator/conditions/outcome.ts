import type { ConditionIR } from '../../ir/schema.js';
import type { CheckRun } from '../check-run.js';
import { describeCondition } from '../describe-condition.js';

/** A place in a field's text that made a `has` test true. */
export interface Hit {
  /** Concrete field path: `text`, `attachments.0.name`. */
  field: string;
  start: number;
  end: number;
  kind: 'terms' | 'pattern' | 'detector';
  /** The id of the term list, pattern or detector. */
  source: string;
  matched: string;
  normalised?: string | undefined;
  confidence?: number | undefined;
  replacement?: string | undefined;
}

/** A field value that made a test true (`capacity` is `personal`), for evidence without a span. */
export interface Fact {
  field: string;
  value: string;
}

/** The result of evaluating a condition. */
export interface Outcome {
  value: boolean;
  /** When `value` is true: the places, from tests that are not negated, that made it true. */
  hits: Hit[];
  /** When `value` is true: the field values, from tests that are not negated, that made it true. */
  facts: Fact[];
  /** Only when explaining a single test: why it held or not, without the test itself ("`capacity` is `official`"). */
  detail?: string | undefined;
  /** Only when explaining: the deciding reason, naming the test as DSL text. */
  why: string;
  /** Only when explaining and `value` is true: changes that would each make it false. */
  toPass: string[];
}

const NOTHING: never[] = [];
Object.freeze(NOTHING);

/**
 * A condition that is false, for a check that does not explain: nothing to
 * say about it, so every false test shares this one, frozen so that no one
 * can change it for the others.
 */
export const FALSE_OUTCOME: Outcome = Object.freeze({ value: false, hits: NOTHING, facts: NOTHING, why: '', toPass: NOTHING });

/** A condition that is true without evidence (`not …`), for a check that does not explain; shared and frozen likewise. */
export const TRUE_OUTCOME: Outcome = Object.freeze({ value: true, hits: NOTHING, facts: NOTHING, why: '', toPass: NOTHING });

/** A true condition with its evidence, for a check that does not explain. */
export function quietlyTrue(hits: Hit[], facts: Fact[]): Outcome {
  return { value: true, hits, facts, why: '', toPass: NOTHING };
}

/** The outcome of a single test, with its reason written only when the check explains. */
export function testOutcome(
  run: CheckRun,
  condition: ConditionIR,
  value: boolean,
  evidence: { hits?: Hit[]; facts?: Fact[] },
  explain: () => { detail: string; toPass?: string[] },
): Outcome {
  if (!run.settings.explain) return value ? quietlyTrue(evidence.hits ?? [], evidence.facts ?? []) : FALSE_OUTCOME;
  const outcome: Outcome = {
    value,
    hits: value ? evidence.hits ?? [] : [],
    facts: value ? evidence.facts ?? [] : [],
    why: '',
    toPass: [],
  };
  if (run.settings.explain) {
    const { detail, toPass } = explain();
    outcome.detail = detail;
    outcome.why = `\`${describeCondition(condition)}\` ${value ? 'held' : 'was false'}: ${detail}`;
    if (value && toPass !== undefined) outcome.toPass = toPass;
  }
  return outcome;
}

/** "`a`, `b` and `c`", with at most `limit` items named. */
export function listWords(words: readonly string[], limit = 5): string {
  const quoted = words.slice(0, limit).map((word) => `\`${word}\``);
  const more = words.length - limit;
  if (more > 0) return `${quoted.join(', ')} and ${more} more`;
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** "`Brexit` at 1:10, `abortion` at 2:4 and 3 more": hits as the writer would find them. */
export function listPlaces(run: CheckRun, hits: readonly Hit[], limit = 5): string {
  const seen = new Set<string>();
  const places: string[] = [];
  for (const hit of hits) {
    const key = `${hit.field}:${hit.start}:${hit.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    places.push(`\`${quoteSafe(run.slice(hit.field, hit.start, hit.end))}\` at ${run.where(hit.field, hit.start)}`);
  }
  const more = places.length - limit;
  const shown = places.slice(0, limit);
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Keeps a quoted match on one line and short, so that a reason stays readable. */
function quoteSafe(text: string): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/`/g, "'");
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
