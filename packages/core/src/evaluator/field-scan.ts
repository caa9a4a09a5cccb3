import type { NormalisedText } from '../text/normalised-text.js';
import { normalise } from '../text/normalise.js';
import { plainText } from '../text/pooled-text.js';
import { lineColumn } from '../text/locate.js';
import { wordIndexAt } from '../text/words.js';
import type { Activity } from '../schema/activity.js';
import { IncompleteError, errorDetail } from './incomplete.js';
import type { LoadedPack } from './loaded-pack.js';
import { runPattern } from './run-pattern.js';

/** What a `has` test looks for: a term list, a pattern or a detector, by id. */
export interface SourceRef {
  kind: 'terms' | 'pattern' | 'detector';
  id: string;
}

/** One place a term list, pattern or detector matched, in ORIGINAL offsets. */
export interface SourceMatch {
  start: number;
  end: number;
  /** The term as written in the pack, the detector's label, or the text a pattern matched. */
  matched: string;
  normalised?: string | undefined;
  confidence?: number | undefined;
  replacement?: string | undefined;
  /** Word indices for `near`; -1 until {@link FieldScan.words} fills them in. */
  firstWord: number;
  lastWord: number;
}

/** The matches of one source in one field. */
export interface SourceMatches {
  matches: readonly SourceMatch[];
  /** True when a pattern stopped at the match limit, so there may be more. */
  truncated: boolean;
}

/** The answer for a term list with no match (shared, frozen). */
const NO_MATCHES: SourceMatches = Object.freeze({ matches: Object.freeze([]) as readonly SourceMatch[], truncated: false });

/**
 * The lazily computed, memoised facts about one text field of one check:
 * the field is normalised at most once, scanned by the term matcher at most
 * once (for every list together), and each pattern and detector runs over it
 * at most once, and only when a condition asks. A detector that throws is
 * remembered as failed, so every rule that needs it is told the same.
 */
export class FieldScan {
  private normalisedText: NormalisedText | undefined;
  private termMatches: Map<string, SourceMatches> | undefined;
  private readonly patternMatches = new Map<string, SourceMatches>();
  private readonly detectorMatches = new Map<string, SourceMatches | IncompleteError>();
  /** What a shared detector run returned (or threw), by {@link LoadedDetector.shared} key. */
  private sharedRuns: Map<string, { raw: unknown } | { error: unknown }> | undefined;
  private locator: ((offset: number) => { line: number; column: number }) | undefined;

  /**
   * @param path - the concrete field path (`text`, `attachments.0.name`)
   * @param original - the field's original text
   */
  constructor(
    readonly path: string,
    readonly original: string,
    private readonly pack: LoadedPack,
    private readonly activity: Activity,
    private readonly maxLength: number,
  ) {}

  /** Every match of `source` in this field, sorted by start offset. */
  matches(source: SourceRef): SourceMatches {
    if (this.original.length > this.maxLength) {
      throw new IncompleteError(
        `too-long:${this.path}`,
        `\`${this.path}\` is ${this.original.length} characters long, more than the ${this.maxLength} a check scans`,
      );
    }
    if (source.kind === 'terms') return this.terms().get(source.id) ?? NO_MATCHES;
    if (source.kind === 'pattern') return this.pattern(source.id);
    return this.detector(source.id);
  }

  /** Fills in the word indices of a pattern or detector match (term matches come with them). */
  words(match: SourceMatch): void {
    if (match.firstWord >= 0) return;
    const text = this.normalised();
    match.firstWord = wordIndexAt(text, match.start);
    match.lastWord = Math.max(match.firstWord, wordIndexAt(text, Math.max(match.start, match.end - 1)));
  }

  /** The 1-based line and column of an original offset. */
  locate(offset: number): { line: number; column: number } {
    this.locator ??= lineColumn(this.original);
    return this.locator(offset);
  }

  private normalised(): NormalisedText {
    // Detectors read the offset maps word by word: they get every field made at once, as plain data.
    this.normalisedText ??= plainText(normalise(this.original));
    return this.normalisedText;
  }

  private terms(): Map<string, SourceMatches> {
    if (this.termMatches !== undefined) return this.termMatches;
    const byList = new Map<string, SourceMatches>();
    if (this.pack.matcher !== undefined) {
      for (const match of this.pack.matcher.scan(this.normalised())) {
        let list = byList.get(match.list);
        if (list === undefined) {
          list = { matches: [], truncated: false };
          byList.set(match.list, list);
        }
        (list.matches as SourceMatch[]).push({
          start: match.start,
          end: match.end,
          matched: match.term,
          normalised: match.normalised,
          firstWord: match.firstWord,
          lastWord: match.lastWord,
        });
      }
    }
    this.termMatches = byList;
    return byList;
  }

  private pattern(id: string): SourceMatches {
    let found = this.patternMatches.get(id);
    if (found === undefined) {
      const pattern = this.pack.patterns.get(id);
      // Load resolves every pattern a rule names; a missing one is a fault, and a fault must not read as "no match".
      if (pattern === undefined) throw new IncompleteError(`unknown:pattern:${id}`, `pattern \`${id}\` is not loaded`);
      found = runPattern(pattern.regex, this.original);
      this.patternMatches.set(id, found);
    }
    return found;
  }

  private detector(id: string): SourceMatches {
    let found = this.detectorMatches.get(id);
    if (found === undefined) {
      found = this.runDetector(id);
      this.detectorMatches.set(id, found);
    }
    if (found instanceof IncompleteError) throw found;
    return found;
  }

  private runDetector(id: string): SourceMatches | IncompleteError {
    const loaded = this.pack.detectors.get(id);
    if (loaded === undefined) return new IncompleteError(`unknown:detector:${id}`, `detector \`${id}\` is not loaded`);
    const what = `detector \`${id}\` failed on \`${this.path}\``;
    let raw: unknown;
    const run = (options: unknown): unknown => loaded.detector.detect(
      { text: this.original, normalised: this.normalised(), field: this.path, activity: this.activity },
      options,
    );
    try {
      if (loaded.shared === undefined) raw = run(loaded.options);
      else {
        // One run for every declaration of the detector that differs only in threshold (see `shareRuns`).
        this.sharedRuns ??= new Map();
        let shared = this.sharedRuns.get(loaded.shared.key);
        if (shared === undefined) {
          try {
            shared = { raw: run(loaded.shared.options) };
          } catch (error) {
            shared = { error };
          }
          this.sharedRuns.set(loaded.shared.key, shared);
        }
        if ('error' in shared) throw shared.error;
        raw = shared.raw;
      }
    } catch (error) {
      return new IncompleteError(`detector:${id}:${this.path}`, `${what} (${errorDetail(error)})`);
    }
    if (!Array.isArray(raw)) {
      return new IncompleteError(`detector:${id}:${this.path}`, `${what} (it returned no list of matches)`);
    }
    const matches: SourceMatch[] = [];
    for (const match of raw as unknown[]) {
      const checked = this.checkDetectorMatch(match);
      if (checked === undefined) {
        return new IncompleteError(`detector:${id}:${this.path}`, `${what} (it returned a match outside the text)`);
      }
      if (checked.confidence !== undefined && checked.confidence >= loaded.minConfidence) matches.push(checked);
    }
    matches.sort((a, b) => a.start - b.start || a.end - b.end);
    return { matches, truncated: false };
  }

  /** A detector is code the pack's host supplied; its output is checked before a span is built from it. */
  private checkDetectorMatch(value: unknown): SourceMatch | undefined {
    if (value === null || typeof value !== 'object') return undefined;
    const { start, end, confidence, label, replacement } = value as Record<string, unknown>;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return undefined;
    const s = start as number;
    const e = end as number;
    if (s < 0 || e < s || e > this.original.length) return undefined;
    if (typeof confidence !== 'number' || Number.isNaN(confidence)) return undefined;
    return {
      start: s,
      end: e,
      matched: typeof label === 'string' ? label : 'match',
      confidence,
      replacement: typeof replacement === 'string' ? replacement : undefined,
      firstWord: -1,
      lastWord: -1,
    };
  }
}
