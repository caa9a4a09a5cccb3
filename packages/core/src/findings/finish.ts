import { dedupeFindings } from './dedupe.js';
import type { Finding } from './report.js';
import { sortFindings } from './sort.js';

/** The post-processing of a check's findings, in order: dedupe, then sort. */
export function finishFindings(findings: readonly Finding[]): Finding[] {
  return sortFindings(dedupeFindings(findings));
}
