import { describe, expect, it } from 'vitest';
import { cryptoWalletDetector } from '../../../src/detectors/personal-data/crypto-wallet.js';
import { confidenceOf, found } from './helpers.js';

describe('crypto-wallet', () => {
  it('finds wallet addresses named as such', () => {
    expect(found(cryptoWalletDetector, 'My crypto wallet is 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, for the payment.')).toEqual(['1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa']);
    expect(found(cryptoWalletDetector, 'send ETH to 0x52908400098527886E0F7030069857D2E4169EE7')).toEqual(['0x52908400098527886E0F7030069857D2E4169EE7']);
    expect(found(cryptoWalletDetector, 'bitcoin: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toEqual(['bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq']);
  });

  it('keeps a bare look-alike below 0.5 and refuses single-case strings', () => {
    expect(confidenceOf(cryptoWalletDetector, 'hash 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa', '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa')).toBeLessThan(0.5);
    expect(found(cryptoWalletDetector, 'wallet 1111111111111111111111111111')).toEqual([]);
  });
});
