import { defineLexicon } from '../shared-lexicons.js';
import { z } from 'zod';
import { normalise } from '../../text/normalise.js';
import type { NormalisedText } from '../../text/normalised-text.js';
import type { TermMatcher } from '../../text/term-matcher.js';
import type { Detector, DetectorInput, DetectorMatch } from '../detector.js';
import { buildWordTable, WORD_BREAK_BEFORE, WORD_CAPITALISED, WORD_UPPER } from '../offensive/word-table.js';
import { findTags, splitTagWords } from '../political/hashtags.js';
import { COMMENT_REQUESTS, HANDLE_PARTS, MEDIA_ROLES, NOT_MEDIA, OUTLETS, type MediaTerm } from './terms.js';

/** Options of the `media-contact` detector. */
export const mediaContactOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
});

/** Options of the `media-contact` detector, defaults applied. */
export type MediaContactOptions = z.output<typeof mediaContactOptionsSchema>;

/** Confidence of the whole-text match when the calling tool says the reply goes to a journalist or blogger. */
export const REPLY_TO_MEDIA_CONFIDENCE = 0.9;

const LIST = { role: 'role', outlet: 'outlet', request: 'request', not: 'not' } as const;
const LABEL: Record<string, string> = {
  [LIST.role]: 'journalist or media role',
  [LIST.outlet]: 'news outlet',
  [LIST.request]: 'request for comment',
};

const BY_TEXT = new Map<string, MediaTerm>(
  [
    ...MEDIA_ROLES.map((t) => [`${LIST.role}\u0000${t.text}`, t] as const),
    ...OUTLETS.map((t) => [`${LIST.outlet}\u0000${t.text}`, t] as const),
    ...COMMENT_REQUESTS.map((t) => [`${LIST.request}\u0000${t.text}`, t] as const),
  ],
);

const plain = (ts: readonly { text: string }[] | readonly string[]): { text: string; prefix: boolean }[] =>
  ts.map((t) => ({ text: typeof t === 'string' ? t : t.text, prefix: false }));

/** The media detector's word lists, in the built-in detectors' shared automaton. */
const MEDIA_LEXICON: TermMatcher = defineLexicon('media', () => [
  { id: LIST.role, inflect: false, terms: plain(MEDIA_ROLES) },
  { id: LIST.outlet, inflect: false, terms: plain(OUTLETS) },
  { id: LIST.request, inflect: false, terms: plain(COMMENT_REQUESTS) },
  { id: LIST.not, inflect: false, terms: plain(NOT_MEDIA) },
]);

interface Hit {
  start: number;
  end: number;
  confidence: number;
  label: string;
}

/** Whether a field describes the account being replied to, where titles and outlet names are evidence. */
function isReplyTargetField(field: string): boolean {
  return field.startsWith('inReplyTo.');
}

/**
 * Scans one text for media terms. Roles and outlets count only when
 * `profile` is true (the reply target's bio, name or handle); requests for
 * comment count anywhere. Everyday senses (`video editor`, `press the
 * button`) are dropped, and cased outlet names must be written as names.
 */
function scanMedia(normalised: NormalisedText, profile: boolean): Hit[] {
  const words = buildWordTable(normalised);
  const hits: Hit[] = [];
  let notEnd = -1;
  for (const m of MEDIA_LEXICON.scan(normalised)) {
    if (m.list === LIST.not) {
      notEnd = Math.max(notEnd, m.end);
      continue;
    }
    if (m.end <= notEnd) continue;
    if (!profile && m.list !== LIST.request) continue;
    const term = BY_TEXT.get(`${m.list}\u0000${m.term}`)!;
    const f = words.flags[m.firstWord]!;
    if (term.cased === 'upper' && (f & WORD_UPPER) === 0) continue;
    const asName = (f & (WORD_CAPITALISED | WORD_UPPER)) !== 0 && (f & WORD_BREAK_BEFORE) === 0;
    if (term.cased === 'capital' && !asName) continue;
    hits.push({ start: m.start, end: m.end, confidence: term.confidence, label: LABEL[m.list]! });
  }
  return hits;
}

/**
 * How surely a handle (`BBCLauraK`, `guardiannews`) names an outlet or a
 * journalist, 0 if not at all: split at capitals and scanned like a bio,
 * and, written run together, compared by its first and last letters with
 * outlet names.
 */
function handleConfidence(handle: string): number {
  if (handle === '' || handle.length > 60) return 0;
  let best = 0;
  const split = splitTagWords(handle);
  if (split !== undefined) {
    for (const hit of scanMedia(normalise(split), true)) best = Math.max(best, hit.confidence);
  }
  const letters = handle.toLowerCase().replace(/[^a-z]/g, '');
  for (const part of HANDLE_PARTS) {
    // Two-letter parts (`tv`, `fm`) name an outlet only at the end: `@capitalfm`, not `@fmlife`.
    const front = part.text.length > 2 && letters.startsWith(part.text);
    if (letters === part.text || (letters.length > part.text.length && (front || letters.endsWith(part.text)))) {
      best = Math.max(best, part.confidence);
    }
  }
  return best;
}

const HANDLE_LABEL = 'news outlet or journalist handle';

/** The reply target's handle field: one match over the handle, without its `@`. */
function scanHandleField(text: string): Hit[] {
  const trimmed = text.trim();
  const body = trimmed.startsWith('@') ? trimmed.slice(1) : trimmed;
  const start = text.indexOf(body);
  const confidence = handleConfidence(body);
  return confidence > 0 ? [{ start, end: start + body.length, confidence, label: HANDLE_LABEL }] : [];
}

/** Handles written inside a bio or name (`Reporter @thetimes`). */
function scanHandlesIn(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const tag of findTags(text)) {
    if (!tag.handle) continue;
    const confidence = handleConfidence(text.slice(tag.start + 1, tag.end));
    if (confidence > 0) hits.push({ start: tag.start, end: tag.end, confidence, label: HANDLE_LABEL });
  }
  return hits;
}

/** Merges overlapping hits (`BBC` and `BBC News`) into one, keeping the stronger one's label. */
function mergeHits(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last !== undefined && h.start < last.end) {
      if (h.confidence > last.confidence) {
        last.confidence = h.confidence;
        last.label = h.label;
      }
      last.end = Math.max(last.end, h.end);
      continue;
    }
    out.push({ ...h });
  }
  return out;
}

/**
 * Several pieces of evidence strengthen each other: a bio saying `views my
 * own` means little, beside `@Guardian` it means a journalist. Each hit keeps
 * its own strength and gains half of each other hit's.
 */
function combine(hits: Hit[]): DetectorMatch[] {
  let rest = 1;
  for (const h of hits) rest *= 1 - 0.5 * h.confidence;
  return hits.map((h) => {
    const others = rest / (1 - 0.5 * h.confidence);
    const confidence = 1 - (1 - h.confidence) * others;
    const rounded = Math.round(Math.min(0.97, confidence) * 100) / 100;
    return { start: h.start, end: h.end, confidence: rounded, label: h.label };
  });
}

/**
 * Finds signs that a post is contact with the media. In the reply target's
 * fields (`inReplyTo.bio`, `inReplyTo.name`, `inReplyTo.handle`) it finds
 * journalists' and bloggers' titles (`political correspondent`, `editor`,
 * `blogger`), outlets (`BBC`, `the Guardian`, `Sky News`) and outlet handles;
 * in any field it finds requests for comment (`for a piece I'm writing`,
 * `can you confirm on the record`, `our deadline is`).
 *
 * When the field is `text` and the calling tool says the reply goes to a
 * journalist or blogger (`inReplyTo.kind`), the evidence is not in the text
 * at all, yet a rule on `text` should still see it: the detector then returns
 * one match spanning the whole text, labelled `reply to a journalist` (or
 * `blogger`), at 0.9. An empty text has no span to return, so it gets none.
 */
export function detectMediaContact(input: DetectorInput, options: MediaContactOptions): DetectorMatch[] {
  const profile = isReplyTargetField(input.field);
  const hits =
    input.field === 'inReplyTo.handle'
      ? scanHandleField(input.text)
      : [...scanMedia(input.normalised, profile), ...(profile ? scanHandlesIn(input.text) : [])];
  const out = combine(mergeHits(hits));
  const kind = input.activity.inReplyTo?.kind;
  if (input.field === 'text' && input.text.length > 0 && (kind === 'journalist' || kind === 'blogger')) {
    const label = `reply to a ${kind}`;
    out.unshift({ start: 0, end: input.text.length, confidence: REPLY_TO_MEDIA_CONFIDENCE, label });
  }
  return out.filter((m) => m.confidence >= options.minConfidence);
}

/** The `media-contact` detector: replies to journalists, bloggers and outlets, and requests for comment. */
export const mediaContactDetector: Detector<MediaContactOptions> = {
  name: 'media-contact',
  description: 'a reply to a journalist, blogger or news outlet, or a request for comment from one',
  options: mediaContactOptionsSchema,
  detect: detectMediaContact,
  thresholdOnly: true,
};
