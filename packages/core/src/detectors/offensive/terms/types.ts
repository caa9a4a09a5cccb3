/** How offensive a word is, from a mild oath to a slur. */
export type Severity = 'mild' | 'moderate' | 'severe';

/** The severities in rising order, for comparisons. */
export const SEVERITIES: readonly Severity[] = ['mild', 'moderate', 'severe'];

/**
 * What kind of offence a word gives. It decides how the attack detector
 * reads it: a `slur` always targets a group, an `insult` names a person as
 * something, a `pejorative` only attacks when it is aimed at someone, and
 * `swearing` and `sexual` words are offensive whoever they are about.
 */
export type OffensiveKind = 'swearing' | 'sexual' | 'slur' | 'insult' | 'pejorative';

/** One entry of the offensive-language lexicon. */
export interface OffensiveTerm {
  /** The word or phrase, written plainly; the term matcher normalises it. */
  text: string;
  severity: Severity;
  kind: OffensiveKind;
  /** Match any word that starts with the term (`fuck` also finds `fuckwit`). */
  prefix?: boolean;
  /** The word has a common innocent sense (`cock`, `hoe`, `dyke`), so it is reported with less confidence. */
  ambiguous?: boolean;
}

/** Rank of a severity, 0 for mild to 2 for severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
