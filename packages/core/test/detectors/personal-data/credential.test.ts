import fc from 'fast-check';
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

describe('credential: codes of doors, alarms, safes and gates', () => {
  it.each([
    ['the door code for the office is 4821', '4821'],
    ['keypad code: 1234', '1234'],
    ['alarm code 0000', '0000'],
    ['the safe combination is 12-34-56', '12-34-56'],
    ['the gate PIN is 5678', '5678'],
    ['Door code for the 4th floor is 4821, see you all there', '4821'],
    ['key safe code 0417 if you get there first', '0417'],
    ['Entry code #2580', '2580'],
    ['padlock combination: 9 3 7', '9 3 7'],
  ])('finds the code in %j', (text, code) => {
    expect(found(credentialDetector, text)).toEqual([code]);
    expect(confidenceOf(credentialDetector, text, code)).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    'area code 020',
    'my postcode is SW1A 1AA',
    'the dress code: smart casual',
    'scan the QR code 1234 times if you like',
    'a code 3 ambulance was sent',
    'error code 404 again',
    'The door code is on the noticeboard by reception',
    'a combination of 3 factors',
    'the building code 2021 applies',
  ])('finds nothing in %j', (text) => {
    expect(found(credentialDetector, text)).toEqual([]);
  });

  it('scores a code given as an example below 0.5', () => {
    expect(confidenceOf(credentialDetector, 'for example, door code: 1234', '1234')).toBeLessThan(0.5);
  });

  it('finds any code of three to twelve digits after a door code cue, with its exact span', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('door code', 'alarm code', 'keypad code', 'gate code', 'key safe code', 'lockbox code'),
        fc.constantFrom(' is ', ': ', ' '),
        fc.stringMatching(/^[0-9]{3,12}$/),
        fc.constantFrom('', '.', ', thanks', ' x'),
        (cueText, link, code, tail) => {
          const text = `The ${cueText}${link}${code}${tail}`;
          expect(found(credentialDetector, text)).toEqual([code]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
