import { describe, expect, it } from 'vitest';
import { ipAddressDetector, ipv6Valid } from '../../../src/detectors/personal-data/ip-address.js';
import { confidenceOf, found } from './helpers.js';

describe('ip-address', () => {
  it('finds IPv4 addresses with valid octets', () => {
    expect(found(ipAddressDetector, 'Logged in from 81.2.69.160 at noon')).toEqual(['81.2.69.160']);
    expect(found(ipAddressDetector, 'bad 256.1.1.1 and 1.2.3 and 1.2.3.4.5')).toEqual([]);
  });

  it('finds IPv6 addresses and refuses times and MAC addresses', () => {
    expect(ipv6Valid('2a00:1450:4009:81f::200e')).toBe(true);
    expect(ipv6Valid('fe80::1ff:fe23:4567:890a')).toBe(true);
    expect(ipv6Valid('::ffff:81.2.69.160')).toBe(true);
    expect(ipv6Valid('12:30:45')).toBe(false);
    expect(ipv6Valid('00:1A:2B:3C:4D:5E')).toBe(false);
    expect(ipv6Valid('1::2::3')).toBe(false);
    expect(found(ipAddressDetector, 'my IP is 2a00:1450:4009:81f::200e.')).toEqual(['2a00:1450:4009:81f::200e']);
    expect(found(ipAddressDetector, 'at 12:30:45 today')).toEqual([]);
  });

  it('scores documentation ranges, version numbers and private ranges low', () => {
    expect(confidenceOf(ipAddressDetector, 'server 192.0.2.10', '192.0.2.10')).toBeLessThan(0.5);
    expect(confidenceOf(ipAddressDetector, 'version 1.2.3.4', '1.2.3.4')).toBeLessThan(0.5);
    expect(confidenceOf(ipAddressDetector, 'router 192.168.1.1 settings', '192.168.1.1')).toBeLessThan(confidenceOf(ipAddressDetector, 'router 81.2.69.160 settings', '81.2.69.160'));
    expect(confidenceOf(ipAddressDetector, 'see 2001:db8::1', '2001:db8::1')).toBeLessThan(0.5);
  });
});
