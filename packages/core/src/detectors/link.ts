import type { NormalisedText } from '../text/normalised-text.js';
import { TextMemo } from '../text/text-memo.js';
import { z } from 'zod';
import type { Detector, DetectorMatch } from './detector.js';
import { foldWord, isLetterAt, wordCharLength } from './char-class.js';
import { minConfidenceOption, wordListOption } from './options.js';
import { TLD_CONFIDENCE } from './tlds.js';

/** The options of the `link` detector. */
export const linkOptions = z.strictObject({
  /** Only report links to these domains or their subdomains (`gov.uk` also covers `www.gov.uk`). */
  domains: wordListOption.optional(),
  minConfidence: minConfidenceOption,
});

/** The options of the `link` detector, with defaults applied. */
export type LinkOptions = z.output<typeof linkOptions>;

/** One link found by {@link findLinks}. */
export interface FoundLink {
  start: number;
  end: number;
  /** The host name, lower case: `www.gov.uk`. */
  host: string;
  confidence: number;
}

/**
 * Finds web addresses: `http://` and `https://` links, and bare domains such
 * as `www.example.org` or `gov.uk/guidance` whose ending is a known top-level
 * domain. Email addresses are not links.
 *
 * Runs in one left-to-right pass: each character is looked at a bounded
 * number of times, so a run of 50,000 letters or dots costs the same as any
 * other text of that length.
 */
export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  // A link is a scheme's `://` or a domain of two labels at least: without either there is none, and
  // texts without a dot (a run of joiners, marks or letters) need no pass at all.
  if (!text.includes('.') && !text.includes('://')) return links;
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (hostCharLength(text, i) === 0) {
      i++;
      continue;
    }
    const tokenStart = i;
    let tokenEnd = i;
    let dotted = false;
    while (tokenEnd < n) {
      const length = hostCharLength(text, tokenEnd);
      if (length === 0) break;
      if (text.charCodeAt(tokenEnd) === 46) dotted = true;
      tokenEnd += length;
    }
    // A run without a dot is one label: no bare domain.
    const link = isScheme(text, tokenStart, tokenEnd)
      ? schemeLink(text, tokenStart, tokenEnd + 3)
      : dotted ? bareDomain(text, tokenStart, tokenEnd) : undefined;
    if (link !== undefined) links.push(link);
    i = Math.max(tokenEnd, link?.end ?? 0);
  }
  return links;
}

const linksByText = new TextMemo<FoundLink[]>();

/**
 * The links of a field, found once for the detectors that read them (`link`
 * and `claim`); the list is shared: read it, do not change it.
 */
export function linksOf(normalised: NormalisedText): FoundLink[] {
  let links = linksByText.get(normalised);
  if (links === undefined) {
    links = findLinks(normalised.original);
    linksByText.set(normalised, links);
  }
  return links;
}

/** The `link` detector: see {@link findLinks}. Labels read `link to <host>`. */
export const linkDetector: Detector<LinkOptions> = {
  name: 'link',
  description: 'web addresses: `https://…` links and bare domains such as `gov.uk/guidance`',
  options: linkOptions,
  detect(input, options) {
    const domains = options.domains?.map(normaliseDomain);
    const matches: DetectorMatch[] = [];
    for (const link of linksOf(input.normalised)) {
      if (domains !== undefined && !domains.some((domain) => isWithin(link.host, domain))) continue;
      matches.push({ start: link.start, end: link.end, confidence: link.confidence, label: `link to ${link.host}` });
    }
    return matches;
  },
};

/** A letter, digit, mark, `-` or `.`: what a host name is made of. */
function hostCharLength(text: string, index: number): number {
  const c = text.charCodeAt(index);
  if (c === 45 || c === 46) return 1;
  return wordCharLength(text, index);
}

function isScheme(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 4 && length !== 5) return false;
  if (!text.startsWith('://', end)) return false;
  const word = text.slice(start, end).toLowerCase();
  return word === 'http' || word === 'https';
}

/** A link starting with `http://` or `https://` at `start`; `from` is just after the `//`. */
function schemeLink(text: string, start: number, from: number): FoundLink | undefined {
  let hostStart = from;
  let hostEnd = runOfHostChars(text, hostStart);
  if (text.charCodeAt(hostEnd) === 64 /* @ */) {
    // `user@host`: the host is what follows the `@`.
    hostStart = hostEnd + 1;
    hostEnd = runOfHostChars(text, hostStart);
  }
  while (hostEnd > hostStart && text.charCodeAt(hostEnd - 1) === 46) hostEnd--;
  if (hostEnd === hostStart) return undefined;
  const end = trimUrlEnd(text, urlExtent(text, hostEnd), hostEnd);
  return { start, end, host: text.slice(hostStart, hostEnd).toLowerCase(), confidence: 0.99 };
}

function runOfHostChars(text: string, from: number): number {
  let end = from;
  while (end < text.length) {
    const length = hostCharLength(text, end);
    if (length === 0) break;
    end += length;
  }
  return end;
}

/**
 * A bare domain inside the run `[start, end)` of host characters, or
 * undefined. Labels are checked in one forward pass; an empty or malformed
 * label starts the domain afresh after it, so `etc...gov.uk` still finds
 * `gov.uk`.
 */
function bareDomain(text: string, start: number, end: number): FoundLink | undefined {
  let domainStart = -1;
  let labels = 0;
  let lastLabelStart = -1;
  let labelStart = start;
  for (let p = start; p <= end; p++) {
    if (p < end && text.charCodeAt(p) !== 46) continue;
    const valid = isValidLabel(text, labelStart, p);
    if (valid) {
      if (labels === 0) domainStart = labelStart;
      labels++;
      lastLabelStart = labelStart;
    } else if (p < end || labelStart < p) {
      // A bad label in the middle, or a bad last label: what came before is not part of this domain.
      labels = 0;
    }
    labelStart = p + 1;
  }
  if (labels < 2) return undefined;
  // The domain runs to the end of its last label; dots after it end a sentence.
  let domainEnd = lastLabelStart;
  while (domainEnd < end && text.charCodeAt(domainEnd) !== 46) domainEnd++;
  const endsRun = domainEnd === end;

  const before = text.charCodeAt(domainStart - 1);
  if (domainStart === start && isForbiddenBefore(before)) return undefined;
  if (endsRun && (text.charCodeAt(end) === 64 /* @ */ || text.charCodeAt(end) === 95 /* _ */)) return undefined;

  const tld = text.slice(lastLabelStart, domainEnd);
  if (tld.length < 2 || !isAllLetters(text, lastLabelStart, domainEnd)) return undefined;
  let confidence = TLD_CONFIDENCE.get(tld.toLowerCase());
  if (confidence === undefined) return undefined;

  const hostText = text.slice(domainStart, domainEnd);
  const host = hostText.toLowerCase();
  let linkEnd = domainEnd;
  let hasPath = false;
  if (endsRun) {
    const afterPort = skipPort(text, domainEnd);
    const next = text.charCodeAt(afterPort);
    if (next === 47 /* / */ || next === 63 /* ? */ || next === 35 /* # */) {
      hasPath = true;
      linkEnd = trimUrlEnd(text, urlExtent(text, afterPort), afterPort);
    } else {
      linkEnd = afterPort;
    }
  }
  if (host.startsWith('www.')) {
    confidence = 0.95;
  } else {
    if (hasPath) confidence = Math.max(confidence, 0.9);
    if (!hasPath && hasUpper(tld) && hasLower(hostText)) confidence = Math.min(confidence, 0.3);
  }
  return { start: domainStart, end: linkEnd, host, confidence };
}

function isValidLabel(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 1 || length > 63) return false;
  return text.charCodeAt(start) !== 45 && text.charCodeAt(end - 1) !== 45;
}

function isAllLetters(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) {
    if (!isLetterAt(text, p)) {
      // The low half of a surrogate pair was already judged with its high half.
      const c = text.charCodeAt(p);
      if (c >= 0xdc00 && c <= 0xdfff) continue;
      return false;
    }
  }
  return true;
}

/** Characters that, just before a domain, show it is part of something else: an email, a path, a tag. */
function isForbiddenBefore(c: number): boolean {
  return c === 64 /* @ */ || c === 95 /* _ */ || c === 47 /* / */ || c === 92 /* \ */ || c === 35 /* # */ ||
    c === 37 /* % */ || c === 36 /* $ */;
}

function skipPort(text: string, from: number): number {
  if (text.charCodeAt(from) !== 58 /* : */) return from;
  let p = from + 1;
  while (p < text.length && p - from <= 5) {
    const c = text.charCodeAt(p);
    if (c < 48 || c > 57) break;
    p++;
  }
  return p > from + 1 ? p : from;
}

/** The end of the characters a URL can contain, from `from`. */
function urlExtent(text: string, from: number): number {
  let p = from;
  while (p < text.length && isUrlChar(text.charCodeAt(p))) p++;
  return p;
}

function isUrlChar(c: number): boolean {
  if (c <= 32 || c === 127) return false;
  if (c < 128) {
    // < > " ` { } | \ ^ do not appear unescaped in links written in text.
    return !(c === 60 || c === 62 || c === 34 || c === 96 || c === 123 || c === 125 || c === 124 || c === 92 || c === 94);
  }
  return !isUnicodeSpace(c);
}

function isUnicodeSpace(c: number): boolean {
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Drops punctuation that ends the sentence rather than the link (`see
 * gov.uk/guidance.`), and closing brackets that close text around the link
 * rather than a bracket inside it. Never trims below `minEnd`.
 */
function trimUrlEnd(text: string, end: number, minEnd: number): number {
  let parens = 0;
  let squares = 0;
  for (let p = minEnd; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 40) parens++;
    else if (c === 41) parens--;
    else if (c === 91) squares++;
    else if (c === 93) squares--;
  }
  while (end > minEnd) {
    const c = text.charCodeAt(end - 1);
    if (isTrailingPunctuation(c)) {
      end--;
    } else if (c === 41 && parens < 0) {
      parens++;
      end--;
    } else if (c === 93 && squares < 0) {
      squares++;
      end--;
    } else {
      break;
    }
  }
  return end;
}

function isTrailingPunctuation(c: number): boolean {
  // . , ; : ! ? ' " * plus typographic quotes and the ellipsis.
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 39 || c === 34 ||
    c === 42 || c === 0x2019 || c === 0x201d || c === 0xbb || c === 0x2026;
}

function hasUpper(word: string): boolean {
  return word !== word.toLowerCase();
}

function hasLower(word: string): boolean {
  return word !== word.toUpperCase();
}

/** `https://www.Example.org/x` → `www.example.org`, so that pack authors may write a domain either way. */
function normaliseDomain(domain: string): string {
  let d = foldWord(domain.trim()).replace(/^[a-z]+:\/\//, '');
  const slash = d.search(/[/?#]/);
  if (slash >= 0) d = d.slice(0, slash);
  while (d.startsWith('.')) d = d.slice(1);
  while (d.endsWith('.')) d = d.slice(0, -1);
  return d;
}

function isWithin(host: string, domain: string): boolean {
  return host === domain || (host.length > domain.length && host.endsWith(domain) &&
    host.charCodeAt(host.length - domain.length - 1) === 46);
}
