import { describe, expect, it } from 'vitest';
import { credentialDetector } from '../../../src/detectors/personal-data/credential.js';
import { confidenceOf, found, run } from './helpers.js';

describe('credential', () => {
  it('finds secrets given after their names', () => {
    expect(found(credentialDetector, 'My password is SecurePass123, please reset the account.')).toEqual(['SecurePass123']);
    expect(found(credentialDetector, 'My PIN is 2580, for the device unlock.')).toEqual(['2580']);
    expect(found(credentialDetector, 'The security question answer is Blue, my favourite colour.')).toEqual(['Blue']);
    expect(found(credentialDetector, 'the wifi password: "Kettle!Bridge9"')).toEqual(['Kettle!Bridge9']);
    expect(found(credentialDetector, 'My license key is LIC-1864-5662-9012, for the activation.')).toEqual(['LIC-1864-5662-9012']);
  });

  it('finds keys and tokens by their shape alone', () => {
    const text = 'AKIAIOSFODNN7EXAMPLF and ghp_' + 'a'.repeat(36) + ' and -----BEGIN RSA PRIVATE KEY----- and https://bob:hunter22@host.example.net/x';
    const labels = run(credentialDetector, text).map((m) => m.label);
    expect(labels).toEqual(['AWS access key', 'GitHub token', 'private key', 'password in a link']);
  });

  it('ignores talk about secrets that gives none', () => {
    for (const text of ['How do I reset my password without sharing it?', 'My password is wrong again', 'What is the PIN requirement for device unlock?', 'the key is to stay calm']) {
      expect(found(credentialDetector, text), text).toEqual([]);
    }
  });

  it('scores test, demo and placeholder values below 0.5', () => {
    expect(confidenceOf(credentialDetector, 'The test password is 000000, for demo?', '000000')).toBeLessThan(0.5);
    expect(confidenceOf(credentialDetector, 'The test key is LIC-0000-0000-0000, for demo?', 'LIC-0000-0000-0000')).toBeLessThan(0.5);
    expect(confidenceOf(credentialDetector, 'password: <your password>', '<your')).toBeLessThan(0.5);
  });
});
