import { z } from 'zod';

/** The confidence below which detector matches are ignored unless a pack says otherwise. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

/**
 * The `minConfidence` option every detector accepts: matches the detector is
 * less sure of than this (0 to 1) are not shown to rules.
 */
export const minConfidenceOption = z.number().min(0).max(1).default(DEFAULT_MIN_CONFIDENCE);

/**
 * A list of words given to a detector option (`handles`, `tags`, `domains`);
 * the list must not be empty, since an empty list would silently switch the
 * detector off.
 */
export const wordListOption = z.array(z.string().min(1)).min(1);
