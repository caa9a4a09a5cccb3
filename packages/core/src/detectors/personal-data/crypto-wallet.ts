import type { Detector, DetectorMatch } from '../detector.js';
import { clampConfidence, cue, cueBefore, isInstructional } from './shared/context.js';
import { keepConfident, redaction } from './shared/matches.js';
import { confidenceOptionsSchema, type ConfidenceOptions } from './shared/options.js';
import { nextMatch } from './shared/leading-lookbehind.js';

/** Bitcoin (legacy, script and bech32) and Ethereum addresses. Bounded patterns. */
const WALLETS: readonly RegExp[] = [
  /(?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9])/g,
  /(?<![A-Za-z0-9])bc1[ac-hj-np-z02-9]{11,71}(?![A-Za-z0-9])/g,
  /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g,
];
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
