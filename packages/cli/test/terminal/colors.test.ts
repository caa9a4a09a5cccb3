import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/terminal/colors.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('wantsColor', () => {
  it('colours a terminal and not a pipe by default', () => {
    expect(wantsColor(tty, undefined, {})).toBe(true);
    expect(wantsColor(pipe, undefined, {})).toBe(false);
  });

  it('switches colour off with NO_COLOR, unless it is empty', () => {
    expect(wantsColor(tty, undefined, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(tty, undefined, { NO_COLOR: '' })).toBe(true);
  });

  it('lets FORCE_COLOR win over NO_COLOR and a pipe, except FORCE_COLOR=0 or false', () => {
    expect(wantsColor(pipe, undefined, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(pipe, undefined, { FORCE_COLOR: '', NO_COLOR: '1' })).toBe(true);
    expect(wantsColor(tty, undefined, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColor(tty, undefined, { FORCE_COLOR: 'false' })).toBe(false);
  });

  it('lets --color and --no-color win over everything', () => {
    expect(wantsColor(pipe, true, { NO_COLOR: '1' })).toBe(true);
    expect(wantsColor(tty, false, { FORCE_COLOR: '3' })).toBe(false);
  });
});
