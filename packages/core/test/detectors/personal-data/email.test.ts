import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailDetector, findEmails } from '../../../src/detectors/personal-data/email.js';
import { confidenceOf, filler, found, run, trailer, validEmail } from './helpers.js';

describe('email', () => {
  it('finds addresses and trims sentence punctuation', () => {
    const text = 'Write to john.smith@acme.co.uk. Or (jane+news@mail.example-corp.io), thanks';
    expect(found(emailDetector, text)).toEqual(['john.smith@acme.co.uk', 'jane+news@mail.example-corp.io']);
    expect(run(emailDetector, text)[0]!.replacement).toBe('[email removed]');
  });

  it('refuses what is not an address', () => {
    for (const text of ['@handle', 'a@b', 'name@localhost', 'x@.com', 'x@domain.c', 'a..b@mail.com', 'me@mail.com1', '@@@']) {
      expect(findEmails(text), text).toEqual([]);
    }
  });

  it('scores example, placeholder and organisational mailboxes below 0.5', () => {
    expect(confidenceOf(emailDetector, 'email someone@example.com', 'someone@example.com')).toBeLessThan(0.5);
    expect(confidenceOf(emailDetector, 'firstname.lastname@cabinetoffice.gov.uk', 'firstname.lastname@cabinetoffice.gov.uk')).toBeLessThan(0.5);
    expect(confidenceOf(emailDetector, 'Contact press.office@dft.gov.uk', 'press.office@dft.gov.uk')).toBeLessThan(0.5);
    expect(confidenceOf(emailDetector, 'my email is jo.bloggs@gmail.com', 'jo.bloggs@gmail.com')).toBeGreaterThan(0.9);
  });

  it('finds every generated address with its span inside other text', () => {
    fc.assert(
      fc.property(filler, validEmail, trailer, (before, email, after) => {
        const matches = run(emailDetector, before + email + after);
        expect(matches.map((m) => [m.start, m.end])).toEqual([[before.length, before.length + email.length]]);
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a generated address once its domain has no dot', () => {
    fc.assert(
      fc.property(validEmail, (email) => {
        const [local, domain] = email.split('@') as [string, string];
        const broken = `${local}@${domain.replace(/\./g, '')}`;
        expect(found(emailDetector, `mail ${broken} now`)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
