import { describe, expect, it } from 'vitest';
import { lineColumn } from '../../src/text/locate.js';

describe('lineColumn', () => {
  it('counts lines across \\n, \\r\\n and \\r', () => {
    const at = lineColumn('ab\ncd\r\nef\rgh');
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(4)).toEqual({ line: 2, column: 2 });
    expect(at(7)).toEqual({ line: 3, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 1 });
    expect(at(12)).toEqual({ line: 4, column: 3 });
  });

  it('counts columns in UTF-16 units', () => {
    expect(lineColumn('😀x')(2)).toEqual({ line: 1, column: 3 });
  });
});
