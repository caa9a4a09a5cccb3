import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { attr, text } from '../../src/formats/junit.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false, trimValues: false, processEntities: true, htmlEntities: true });

describe('JUnit escaping', () => {
  it('gives well-formed XML for any text, in an attribute or an element', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const xml = `<a x="${attr(value)}">${text(value)}</a>`;
        expect(XMLValidator.validate(xml)).toBe(true);
        const parsed = parser.parse(xml) as { a: { x: string } | string };
        // Characters XML cannot hold become U+FFFD; everything else comes back as it was.
        const kept = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
        const x = typeof parsed.a === 'string' ? undefined : parsed.a.x;
        expect(x).toBe(kept);
      }),
      { numRuns: 300 },
    );
  });
});
