import { z } from 'zod';
import type { Detector, DetectorMatch } from './detector.js';
import { foldWord, followsWordChar, isLetterAt, wordCharLength } from './char-class.js';
import { minConfidenceOption, wordListOption } from './options.js';

/** The options of the `mention` detector. */
export const mentionOptions = z.strictObject({
  /** Only report mentions of these handles, compared without case; a leading `@` is optional. */
  handles: wordListOption.optional(),
  minConfidence: minConfidenceOption,
});

/** The options of the `mention` detector, with defaults applied. */
export type MentionOptions = z.output<typeof mentionOptions>;

/** One mention found by {@link findMentions}. */
export interface FoundMention {
  start: number;
  end: number;
  /** The handle without the leading `@`: `cabinetofficeuk`, `jo@mastodon.social`, `jo.bsky.social`. */
  handle: string;
  confidence: number;
}

/**
 * Finds `@handle` mentions as social platforms write them: X and Instagram
 * handles (`@CabinetOfficeUK`), Bluesky handles, which are domains
 * (`@jo.bsky.social`), and Mastodon's `@user@server`. An `@` inside a word,
 * as in an email address, is not a mention.
 *
 * One pass: after each `@` the handle is read once and scanning resumes
 * after it.
 */
export function findMentions(text: string): FoundMention[] {
  const mentions: FoundMention[] = [];
  const n = text.length;
  let at = text.indexOf('@');
  while (at >= 0) {
    let next = at + 1;
    if (!followsHandleChar(text, at)) {
      const localEnd = readHandle(text, at + 1);
      if (localEnd > at + 1) {
        let end = localEnd;
        let problem = false;
        if (text.charCodeAt(localEnd) === 64 /* @ */) {
          // Mastodon `@user@server`: the server must look like a domain.
          const serverEnd = readHandle(text, localEnd + 1);
          if (serverEnd > localEnd + 1 && text.slice(localEnd + 1, serverEnd).includes('.')) end = serverEnd;
          else problem = true;
        }
        if (!problem) {
          const handle = text.slice(at + 1, end);
          mentions.push({ start: at, end, handle, confidence: hasLetter(text, at + 1, localEnd) ? 0.95 : 0.4 });
        }
        next = end;
      }
    }
    at = next < n ? text.indexOf('@', next) : -1;
  }
  return mentions;
}

/** The `mention` detector: see {@link findMentions}. Labels read `mention of @handle`. */
export const mentionDetector: Detector<MentionOptions> = {
  name: 'mention',
  description: '`@handle` mentions of accounts on social platforms (not email addresses)',
  options: mentionOptions,
  detect(input, options) {
    const wanted = options.handles === undefined
      ? undefined
      : new Set(options.handles.map((handle) => foldWord(handle.replace(/^@/, ''))));
    const matches: DetectorMatch[] = [];
    for (const mention of findMentions(input.text)) {
      if (wanted !== undefined && !wanted.has(foldWord(mention.handle))) continue;
      matches.push({
        start: mention.start,
        end: mention.end,
        confidence: mention.confidence,
        label: `mention of @${mention.handle}`,
      });
    }
    return matches;
  },
};

/** Letters, digits and `_`, with single `.` or `-` between them (Bluesky handles are domains). */
function readHandle(text: string, from: number): number {
  let end = from;
  let p = from;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 95 /* _ */) {
      p++;
      end = p;
      continue;
    }
    if (c === 46 /* . */ || c === 45 /* - */) {
      // Only inside a handle: a following handle character must come next.
      if (p === from || wordCharLength(text, p + 1) === 0) break;
      p++;
      continue;
    }
    const length = wordCharLength(text, p);
    if (length === 0) break;
    p += length;
    end = p;
  }
  return end;
}

/** An `@` straight after a letter, digit, `_` or another handle character belongs to an email or a word. */
function followsHandleChar(text: string, at: number): boolean {
  if (followsWordChar(text, at)) return true;
  const before = text.charCodeAt(at - 1);
  return before === 64 /* @ */ || before === 46 /* . */ || before === 45 /* - */ || before === 43 /* + */ ||
    before === 47 /* / */;
}

function hasLetter(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    if (isLetterAt(text, p)) return true;
  }
  return false;
}
