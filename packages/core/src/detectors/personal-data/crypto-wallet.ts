import type { Detector, DetectorMatch } from '../detector.js';
import { clampConfidence, cue, cueBefore, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { digitRunLengths, runLengthBit } from './shared/digit-runs.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/** Bitcoin (legacy, script and bech32) and Ethereum addresses. Bounded patterns. Exported for the tests of their filter. @internal */
export const WALLETS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g,
  /(?<![A-Za-z0-9])bc1[ac-hj-np-z02-9]{11,71}(?![A-Za-z0-9])/g,
  /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g,
];
/** A whole run of 14 letters and digits or more (tried only where a run starts, so the search is linear). */
const LONG_RUN = /(?:^|[^A-Za-z0-9])([A-Za-z0-9]{14,})/g;

/**
 * Whether the text has a run of ASCII letters and digits 14 to 74 long:
 * every address is one whole such run (no letter or digit stands next to
 * it), 26–35 long for legacy Bitcoin, 14–74 for bech32 and 42 for
 * Ethereum. A run of fifty thousand digits is none. Exported for the tests.
 *
 * @internal
 */
export function mayHoldWallet(text: string): boolean {
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(text); m; m = LONG_RUN.exec(text)) if (m[1]!.length <= 74) return true;
  return false;
}
const WALLET_CONTEXT = cue(['wallet', 'bitcoin', 'btc', 'crypto', 'cryptocurrency', 'ethereum', 'eth', 'send', 'address', 'pay', 'payment']);

/**
 * `crypto-wallet`: Bitcoin and Ethereum wallet addresses. Their shape alone is
 * only a hint (hashes look similar), so a wallet word nearby is needed to
 * reach 0.5.
 */
export const cryptoWalletDetector: Detector<ConfidenceOptions> = {
  name: 'crypto-wallet',
  description: 'Bitcoin and Ethereum wallet addresses, with wallet words nearby',
  options: confidenceOptionsSchema,
  detect(input, options) {
    const { text } = input;
    const matches: DetectorMatch[] = [];
    // A long run of digits is where the legacy pattern would try every position; only then is the
    // search for runs of the right length worth its cost.
    if ((digitRunLengths(text) & runLengthBit(31)) !== 0 && !mayHoldWallet(text)) return matches;
    for (const pattern of WALLETS) {
      pattern.lastIndex = 0;
      for (let m = nextMatch(pattern, text); m; m = nextMatch(pattern, text)) {
        const start = m.index;
        const end = start + m[0].length;
        // Legacy Bitcoin addresses mix cases and digits; a plain word or number of that length is not one.
        if (/^[13]/.test(m[0]) && !(/[a-z]/.test(m[0]) && /[A-Z]/.test(m[0]))) continue;
        let score = cueBefore(text, start, WALLET_CONTEXT, 40) ? 0.85 : 0.45;
        if (isInstructional(text, start, end)) score = 0.3;
        matches.push({ start, end, confidence: clampConfidence(score), label: 'cryptocurrency wallet address', replacement: redaction('wallet address') });
      }
    }
    return keepConfident(matches, options.minConfidence);
  },
};
