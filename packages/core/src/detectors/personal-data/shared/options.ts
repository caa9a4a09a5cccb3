import { z } from 'zod';

/**
 * The options every personal-data detector takes. `minConfidence` hides the
 * matches the detector is less sure of; decoys and specimen values score
 * below the default of 0.5, so they only show when a pack asks for them.
 */
export const confidenceOptionsSchema = z.object({
  minConfidence: z.number().min(0).max(1).default(0.5),
});

/** Options of a detector that only takes `minConfidence`. */
export type ConfidenceOptions = z.output<typeof confidenceOptionsSchema>;
