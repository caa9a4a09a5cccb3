import type { ConditionIR } from '../../ir/schema.js';
import type { CheckRun } from '../check-run.js';
import type { SourceMatch, SourceRef } from '../field-scan.js';
import { IncompleteError } from '../incomplete.js';
import { nearPartners } from './near.js';
import { FALSE_OUTCOME, listPlaces, quietlyTrue, testOutcome, type Hit, type Outcome } from './outcome.js';

type HasIR = Extract<ConditionIR, { op: 'has' }>;

/** What one field instance contributed to a `has` test, for the explanation. */
interface InstanceResult {
  path: string;
  satisfied: boolean;
  count: number;
  /** For `near`: how many matches of the other source there were. */
  otherCount?: number;
  /** For `near`: how many primary matches had a partner. */
  paired?: number;
  hits: Hit[];
  partnerHits: Hit[];
}

/**
 * `F has S`, `F has at least N S`, `F has S near T within N words`. For an
 * attachment field every attachment is tested and the test holds when any
 * attachment satisfies it on its own; the places in every attachment that
 * does are kept as evidence. Near is looked for only once the first source
 * has matched often enough, so its detector does not run in vain.
 */
export function evaluateHas(condition: HasIR, run: CheckRun): Outcome {
  const atLeast = condition.atLeast ?? 1;
  if (!run.settings.explain) {
    // Only the evidence matters, so nothing is kept of the instances that fail.
    let hits: Hit[] | undefined;
    for (const instance of run.values(condition.field)) {
      if (typeof instance.value !== 'string') continue;
      const result = testInstance(condition, atLeast, run, instance.path, instance.value);
      if (!result.satisfied) continue;
      hits ??= [];
      for (const hit of result.hits) hits.push(hit);
      for (const hit of result.partnerHits) hits.push(hit);
    }
    return hits === undefined ? FALSE_OUTCOME : quietlyTrue(hits, []);
  }
  const results: InstanceResult[] = [];
  for (const instance of run.values(condition.field)) {
    if (typeof instance.value !== 'string') continue;
    results.push(testInstance(condition, atLeast, run, instance.path, instance.value));
  }
  const satisfied = results.filter((result) => result.satisfied);
  const hits = satisfied.flatMap((result) => [...result.hits, ...result.partnerHits]);
  return testOutcome(run, condition, satisfied.length > 0, { hits }, () => explainHas(condition, atLeast, run, results, satisfied));
}

const NO_HITS: Hit[] = [];
Object.freeze(NO_HITS);

function toHits(path: string, source: SourceRef, matches: readonly SourceMatch[]): Hit[] {
  return matches.map((match) => hitOf(path, source, match));
}

function testInstance(condition: HasIR, atLeast: number, run: CheckRun, path: string, text: string): InstanceResult {
  const scan = run.scan(path, text);
  const primary = scan.matches(condition.source);
  const count = primary.matches.length;
  if (condition.near === undefined) {
    const satisfied = count >= atLeast;
    if (!satisfied && primary.truncated) throw tooMany(condition, path);
    return { path, satisfied, count, hits: satisfied ? toHits(path, condition.source, primary.matches) : NO_HITS, partnerHits: NO_HITS };
  }
  if (count < atLeast) {
    if (primary.truncated) throw tooMany(condition, path);
    return { path, satisfied: false, count, hits: NO_HITS, partnerHits: NO_HITS };
  }
  const other = scan.matches(condition.near.source);
  for (const match of primary.matches) scan.words(match);
  for (const match of other.matches) scan.words(match);
  const partners = nearPartners(primary.matches, other.matches, condition.near.within);
  const paired: SourceMatch[] = [];
  const partnerMatches: SourceMatch[] = [];
  partners.forEach((partner, i) => {
    if (partner === undefined) return;
    paired.push(primary.matches[i]!);
    partnerMatches.push(partner);
  });
  const satisfied = paired.length >= atLeast;
  if (!satisfied && (primary.truncated || other.truncated)) throw tooMany(condition, path);
  return {
    path,
    satisfied,
    count,
    otherCount: other.matches.length,
    paired: paired.length,
    hits: satisfied ? toHits(path, condition.source, paired) : NO_HITS,
    partnerHits: satisfied ? toHits(path, condition.near.source, partnerMatches) : NO_HITS,
  };
}

function hitOf(field: string, source: SourceRef, match: SourceMatch): Hit {
  return {
    field,
    start: match.start,
    end: match.end,
    kind: source.kind,
    source: source.id,
    matched: match.matched,
    normalised: match.normalised,
    confidence: match.confidence,
    replacement: match.replacement,
  };
}

function tooMany(condition: HasIR, path: string): IncompleteError {
  return new IncompleteError(
    `too-many:${condition.source.id}:${path}`,
    `pattern \`${condition.source.id}\` matched \`${path}\` more times than a check counts`,
  );
}

function explainHas(
  condition: HasIR,
  atLeast: number,
  run: CheckRun,
  results: readonly InstanceResult[],
  satisfied: readonly InstanceResult[],
): { detail: string; toPass?: string[] } {
  if (results.length === 0) {
    const attachment = /^attachments\.(.+)$/.exec(condition.field);
    return { detail: attachment === null ? `there is no \`${condition.field}\`` : `no attachment has a \`${attachment[1]}\`` };
  }
  if (satisfied.length === 0) {
    return { detail: results.map((result) => whyNot(condition, atLeast, result)).join('; ') };
  }
  const hits = satisfied.flatMap((result) => result.hits);
  if (condition.near === undefined) {
    const total = satisfied.reduce((sum, result) => sum + result.count, 0);
    const needed = total - atLeast + 1;
    const remove = satisfied.length === 1 && atLeast > 1 && needed < total
      ? `remove ${needed} of ${listPlaces(run, hits)}`
      : `remove ${listPlaces(run, hits)}`;
    return { detail: listPlaces(run, hits), toPass: [remove] };
  }
  const partners = satisfied.flatMap((result) => result.partnerHits);
  const within = condition.near.within;
  return {
    detail: `${listPlaces(run, hits)} ${hits.length === 1 ? 'is' : 'are'} within ${within} words of ${listPlaces(run, partners)}`,
    toPass: [
      `remove ${listPlaces(run, hits)}, or move ${hits.length === 1 ? 'it' : 'them'} more than ${within} words away from ${listPlaces(run, partners)}`,
    ],
  };
}

function whyNot(condition: HasIR, atLeast: number, result: InstanceResult): string {
  const field = `\`${result.path}\``;
  if (result.count === 0) return nothingFound(condition.source, field);
  if (result.count < atLeast) {
    return `there ${result.count === 1 ? 'is' : 'are'} only ${countOf(result.count, condition.source)} in ${field}, fewer than ${atLeast}`;
  }
  const near = condition.near!;
  if (result.otherCount === 0) return nothingFound(near.source, field);
  if ((result.paired ?? 0) === 0) {
    return `\`${condition.source.id}\` and \`${near.source.id}\` never come within ${near.within} words of each other in ${field}`;
  }
  return `only ${countOf(result.paired ?? 0, condition.source)} ${result.paired === 1 ? 'comes' : 'come'} within ${near.within} words of \`${near.source.id}\` in ${field}, fewer than ${atLeast}`;
}

function nothingFound(source: SourceRef, field: string): string {
  if (source.kind === 'terms') return `no term of \`${source.id}\` appears in ${field}`;
  if (source.kind === 'pattern') return `pattern \`${source.id}\` does not match ${field}`;
  return `detector \`${source.id}\` finds nothing in ${field}`;
}

function countOf(count: number, source: SourceRef): string {
  if (source.kind === 'terms') return `${count} ${count === 1 ? 'term' : 'terms'} of \`${source.id}\``;
  const what = source.kind === 'pattern' ? 'pattern' : 'detector';
  return `${count} ${count === 1 ? 'match' : 'matches'} of ${what} \`${source.id}\``;
}
