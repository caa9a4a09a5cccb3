import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM module without type declarations
import { README_MARKERS, replaceMarkedSection } from '../src/readme.mjs';

const { start, end } = README_MARKERS;

describe('the measured-figures section of a README', () => {
  it('replaces only what lies between the markers', () => {
    const text = `# Pack\n\n## Measured figures\n\n${start}\n*Not measured yet.*\n${end}\n\n## Develop\n`;
    expect(replaceMarkedSection(text, '| a | b |')).toBe(`# Pack\n\n## Measured figures\n\n${start}\n| a | b |\n${end}\n\n## Develop\n`);
  });

  it('leaves a README without markers, with markers in the wrong order or twice, alone', () => {
    expect(replaceMarkedSection('# Pack\n', 'x')).toBeUndefined();
    expect(replaceMarkedSection(`${end}\n${start}\n`, 'x')).toBeUndefined();
    expect(replaceMarkedSection(`${start}\n${end}\n${start}\n${end}\n`, 'x')).toBeUndefined();
  });

  it('keeps the text around the markers whatever it is, and is idempotent', () => {
    const free = fc.string().filter((s) => !s.includes('<!--'));
    fc.assert(
      fc.property(free, free, free, free, (before, old, after, content) => {
        const text = `${before}${start}${old}${end}${after}`;
        const once = replaceMarkedSection(text, content);
        expect(once.startsWith(`${before}${start}`)).toBe(true);
        expect(once.endsWith(`${end}${after}`)).toBe(true);
        expect(replaceMarkedSection(once, content)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
