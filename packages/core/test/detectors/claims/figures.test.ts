import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/detectors/claims/figures.js';

function read(text: string): string[] {
  return findFigures(text).map((f) => `${f.kind}${f.weak ? ' (weak)' : ''}: ${text.slice(f.start, f.end)}`);
}

describe('findFigures', () => {
  it.each([
    ['unemployment rose 40%', ['percentage: 40%']],
    ['12.5 per cent of staff', ['percentage: 12.5 per cent']],
    ['up 7 percent', ['percentage: 7 percent']],
    ['We send the EU £350m a week', ['money amount: £350m']],
    ['a $2bn deal', ['money amount: $2bn']],
    ['€5 million', ['money amount: €5 million']],
    ['£10k bonus', ['money amount: £10k']],
    ['The coffee was £3', ['money amount (weak): £3']],
    ['3 in 4 nurses', ['proportion: 3 in 4']],
    ['9 out of 10 cats', ['proportion: 9 out of 10']],
    ['2 million people', ['large number: 2 million']],
    ['1,000,000 signatures', ['large number: 1,000,000']],
    ['10,000 jobs', ['large number (weak): 10,000']],
    ["I've got 99 problems", ['number (weak): 99']],
  ])('reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    'Meeting at 10:30 on 12/05/2024',
    'See you at 3pm on the 4th',
    'In 2019 we moved',
    'GE2024 and @user123 and #brexit2016',
    'It is 5m long and 3kg',
    'room 4B',
    'version v2.1',
  ])('finds no claim-like figure in %j', (text) => {
    expect(findFigures(text).filter((f) => !f.weak)).toEqual([]);
  });

  it('keeps figures inside the text, in order, without overlaps', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('1', '0', '5', ',', '.', '%', '£', '$', ' ', 'm', 'bn', 'in', 'per cent', 'out of', 'a', ':', '/'), { maxLength: 40 }),
        (parts) => {
          const text = parts.join('');
          let end = 0;
          for (const f of findFigures(text)) {
            expect(f.start).toBeGreaterThanOrEqual(end);
            expect(f.end).toBeGreaterThan(f.start);
            expect(f.end).toBeLessThanOrEqual(text.length);
            end = f.end;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
