import { isSafePattern } from 'redos-detector';
import { boundedWays } from './bounded-ways.js';

/**
 * Why a pattern was refused: `invalid-pattern` when it is not a regular
 * expression a pack may use at all, `unsafe-pattern` when it is valid but could
 * take time that grows faster than the text it runs over.
 */
export type PatternProblemCode = 'invalid-pattern' | 'unsafe-pattern';

/** The answer of {@link checkPattern}. */
export type PatternCheck =
  | { ok: true }
  | {
      ok: false;
      /** Which kind of problem this is; also the diagnostic code the compiler reports. */
      code: PatternProblemCode;
      /** What is wrong, as a clause that reads after "the pattern … is refused:" (no trailing period). */
      reason: string;
      /** What to write instead. */
      help?: string;
    };

/** The flags a pack may give a pattern: `i` (ignore case) and `u` (Unicode). */
export const PATTERN_FLAGS: readonly string[] = ['i', 'u'];

/**
 * Longer patterns are refused before the safety analysis runs, which keeps
 * the cost of checking (at compile time and when an engine loads untrusted IR)
 * bounded.
 */
export const MAX_PATTERN_LENGTH = 1000;

/**
 * The analysis budget. Both are counts, not clocks, so the verdict on a
 * pattern is the same on every machine and every run. `maxScore` is the most
 * backtracking paths one prefix of a text may open; `maxSteps` bounds the
 * analysis itself, and a pattern whose analysis does not finish within it is
 * refused (we fail closed: "could not prove it safe" counts as unsafe).
 */
const REDOS_OPTIONS = { maxScore: 200, maxSteps: 5000 } as const;

/**
 * The larger budget of the second try, given only to patterns whose every
 * repetition is bounded (`{1,6}`, `?`, but no `*`, `+` or `{2,}`). Bounded
 * repetitions unroll into many paths, so the analysis of a plainly linear
 * pattern such as `[0-9]{1,6} (?:million|billion)` needs more steps; but its
 * paths are short, so each step stays cheap. An unbounded repetition that
 * exhausts the first budget is where the steps get dearer the longer the
 * analysis runs (`(a|a)*b` takes seconds at this budget), so it gets no
 * second try.
 */
const BOUNDED_REDOS_OPTIONS = { maxScore: 200, maxSteps: 20_000 } as const;

const UNSAFE_HELP =
  'rewrite it so that no part can match the same text in two ways (for example `\\w+(?:\\s\\w+)*` instead of `(\\w+\\s?)*`), or find email addresses and links with a built-in detector';

/** Advice when the analysis runs out of steps on a pattern with unbounded repetition. */
const GAVE_UP_HELP =
  'simplify it so that the check can finish: split alternatives into separate patterns, bound repetitions (`[0-9]{1,6}` rather than `[0-9]+`), or write repeated parts so that they cannot match the same text in two ways (`\\w+(?:\\s\\w+)*` rather than `(\\w+\\s?)*`)';

/** Advice when the analysis runs out of steps, or of paths, on a pattern whose repetitions are all bounded. */
const BOUNDED_HELP = 'simplify it: split alternatives into separate patterns, or use fewer or tighter repetitions';

/**
 * Checks that a pattern written in a pack is a valid regular expression with
 * allowed flags that runs in time linear in the text: no backreferences or
 * lookbehind (the safety analysis cannot reason about them), and no ambiguous
 * repetition that could backtrack super-linearly, as judged by `redos-detector`.
 * Where the analysis runs out of budget the pattern is refused as well, and
 * the reason says that the check gave up rather than that it found a fault.
 *
 * Deterministic and total: it never throws, and the same pattern and flags
 * always get the same answer. The engine runs it again when it loads IR it
 * did not compile itself.
 *
 * @param regex - the source between the slashes, as written
 * @param flags - the flags after the closing slash
 */
export function checkPattern(regex: string, flags: string): PatternCheck {
  const key = `${flags}/${regex}`;
  const known = verdicts.get(key);
  if (known !== undefined) return known;
  const verdict = Object.freeze(decide(regex, flags));
  if (verdicts.size >= VERDICTS_KEPT) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(key, verdict);
  return verdict;
}

/**
 * Verdicts already reached, oldest first. The analysis costs milliseconds per
 * pattern and the same packs are compiled and loaded again and again (every
 * child compile re-reads its parents, every engine load re-checks the IR), so
 * a bounded memo pays; since the verdict depends only on the key, it cannot
 * change what is decided.
 */
const verdicts = new Map<string, PatternCheck>();
const VERDICTS_KEPT = 512;

function decide(regex: string, flags: string): PatternCheck {
  for (const flag of flags) {
    if (!PATTERN_FLAGS.includes(flag)) {
      return {
        ok: false,
        code: 'invalid-pattern',
        reason: `the flag \`${flag}\` is not allowed`,
        help: 'only `i` (ignore case) and `u` (Unicode) may follow the closing `/`',
      };
    }
  }
  if (new Set(flags).size !== flags.length) {
    return {
      ok: false,
      code: 'invalid-pattern',
      reason: `the flags \`${flags}\` repeat a flag`,
      help: 'write each flag once',
    };
  }
  if (regex.length === 0) {
    return {
      ok: false,
      code: 'invalid-pattern',
      reason: 'it is empty and would match everywhere',
      help: 'write what the pattern should find between the slashes',
    };
  }
  if (regex.length > MAX_PATTERN_LENGTH) {
    return {
      ok: false,
      code: 'unsafe-pattern',
      reason: `it is ${regex.length} characters long, more than the ${MAX_PATTERN_LENGTH} that can be checked for safety`,
      help: 'split it into several shorter patterns, or put lists of words in a term list',
    };
  }
  try {
    new RegExp(regex, flags);
  } catch (error) {
    return {
      ok: false,
      code: 'invalid-pattern',
      reason: `it is not a valid regular expression (${engineReason(error)})`,
      help: 'check for an unclosed `(` or `[`, a stray `)`, or a `\\` before a character that needs none',
    };
  }
  const scanned = scanConstructs(regex);
  if ('problem' in scanned) return scanned.problem;

  const unicode = flags.includes('u');
  const caseInsensitive = flags.includes('i');
  let options: { unicode: boolean; caseInsensitive: boolean } = { unicode, caseInsensitive };
  if (unicode && caseInsensitive) {
    // redos-detector cannot analyse `i` and `u` together. Unicode case folding
    // only adds equivalences with characters outside Latin-1 (the Kelvin sign
    // and `k`, the long s and `s`, …), so a pattern written in ASCII without
    // Unicode escapes overlaps with itself under `iu` only where it already
    // does under plain `i`: analysing it without `u` is then sound.
    if (!scanned.asciiOnly || !validWithout(regex, 'i')) {
      return {
        ok: false,
        code: 'unsafe-pattern',
        reason: 'its running time cannot be checked with both `i` and `u` when it has characters beyond ASCII or Unicode escapes',
        help: 'drop `i` and write both cases, such as `[Ee]mbargo`, or drop `u`',
      };
    }
    options = { unicode: false, caseInsensitive: true };
  }
  if (scanned.bounded && scanned.asciiOnly) {
    // Most patterns in packs are short and plainly bounded: counting their
    // ways directly proves them in well under a millisecond, where the
    // general analysis takes tens or hundreds. The count is never below the
    // one the analysis scores, so whatever it accepts the analysis would
    // too (or would give up on); anything else goes to the analysis.
    if (boundedWays(scanned.analysed, flags, REDOS_OPTIONS.maxScore) !== undefined) return { ok: true };
  }
  let verdict;
  try {
    verdict = isSafePattern(scanned.analysed, { ...REDOS_OPTIONS, ...options });
    if (!verdict.safe && verdict.error === 'hitMaxSteps' && scanned.bounded) {
      verdict = isSafePattern(scanned.analysed, { ...BOUNDED_REDOS_OPTIONS, ...options });
    }
  } catch {
    return {
      ok: false,
      code: 'unsafe-pattern',
      reason: 'it uses a construct whose running time cannot be checked',
      help: 'use plain characters, classes such as `[0-9]`, groups, `|` and bounded repetition',
    };
  }
  if (verdict.safe) return { ok: true };
  if (verdict.error === 'hitMaxSteps') {
    // The analysis ran out of steps: nothing was found wrong, but nothing
    // was proved either, and the author should hear exactly that.
    return {
      ok: false,
      code: 'unsafe-pattern',
      reason: 'the safety check gave up before it could prove that it runs in time linear in the text',
      help: scanned.bounded ? BOUNDED_HELP : GAVE_UP_HELP,
    };
  }
  if (scanned.bounded) {
    // Without unbounded repetition the time per place in the text is
    // bounded; what the check refuses is how many ways it can try there.
    return {
      ok: false,
      code: 'unsafe-pattern',
      reason: `the safety check could not prove that it runs in time linear in the text: some texts give it more than ${REDOS_OPTIONS.maxScore} ways to try at one place`,
      help: BOUNDED_HELP,
    };
  }
  return {
    ok: false,
    code: 'unsafe-pattern',
    reason: 'some texts make it backtrack so much that checking could take time that grows faster than the text',
    help: UNSAFE_HELP,
  };
}

/** The engine's own words for a syntax error, without the repeated pattern. */
function engineReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 writes "Invalid regular expression: /(/: Unterminated group"; keep the last part.
  const last = message.split(': ').pop() ?? message;
  const reason = last.trim();
  return reason.length === 0 ? 'syntax error' : reason.charAt(0).toLowerCase() + reason.slice(1);
}

/** What {@link scanConstructs} found out about a pattern. */
type Scan =
  | { problem: PatternCheck }
  | {
      /** The pattern with group names dropped (`(?<year>…)` becomes `(…)`), which the analysis cannot parse and does not need. */
      analysed: string;
      /** True when every character is ASCII and there is no `\u` or `\p` escape. */
      asciiOnly: boolean;
      /** True when no repetition is unbounded: no `*`, `+` or `{n,}` outside a class. */
      bounded: boolean;
    };

/**
 * Finds backreferences and lookbehind outside character classes, and prepares
 * the pattern for the analysis. The pattern is already known to be
 * syntactically valid, so a small scanner that tracks escapes and classes is
 * enough.
 */
function scanConstructs(regex: string): Scan {
  let inClass = false;
  let analysed = '';
  let asciiOnly = true;
  let bounded = true;
  for (let i = 0; i < regex.length; i++) {
    const c = regex[i]!;
    if (c.charCodeAt(0) > 0x7f) asciiOnly = false;
    if (c === '\\') {
      const next = regex[i + 1] ?? '';
      if (!inClass && next >= '1' && next <= '9') return { problem: backreference(`\\${next}`) };
      if (!inClass && next === 'k' && regex[i + 2] === '<') return { problem: backreference('\\k<…>') };
      if (next === 'u' || next === 'p' || next === 'P') asciiOnly = false;
      analysed += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      analysed += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
    } else if (c === '*' || c === '+' || (c === '{' && unboundedBraces(regex, i))) {
      bounded = false;
    } else if (c === '(' && regex[i + 1] === '?' && regex[i + 2] === '<') {
      const kind = regex[i + 3];
      if (kind === '=' || kind === '!') {
        return {
          problem: {
            ok: false,
            code: 'unsafe-pattern',
            reason: `it uses lookbehind \`(?<${kind}…)\`, whose running time cannot be checked`,
            help: 'match the preceding text as part of the pattern instead, or test it with a separate condition',
          },
        };
      }
      const close = regex.indexOf('>', i + 3);
      if (close > 0) {
        analysed += '(';
        i = close;
        continue;
      }
    }
    analysed += c;
  }
  return { analysed, asciiOnly, bounded };
}

/** Whether the `{` at `at` opens an unbounded repetition `{n,}`. */
function unboundedBraces(regex: string, at: number): boolean {
  let i = at + 1;
  while (i < regex.length && regex[i]! >= '0' && regex[i]! <= '9') i++;
  return i > at + 1 && regex[i] === ',' && regex[i + 1] === '}';
}

function validWithout(regex: string, flags: string): boolean {
  try {
    new RegExp(regex, flags);
    return true;
  } catch {
    return false;
  }
}

function backreference(written: string): PatternCheck {
  return {
    ok: false,
    code: 'unsafe-pattern',
    reason: `it uses the backreference \`${written}\`, which can take time that grows faster than the text`,
    help: 'write the repeated part out again instead of referring back to a group',
  };
}
