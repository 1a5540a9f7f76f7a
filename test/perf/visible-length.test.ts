import { describe, expect, it } from 'vitest';
import { visibleLength } from '../../src/checks/length-ratio.js';

describe('visibleLength', () => {
  it('leaves out exactly the code units `\\s` matches', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const unit = String.fromCharCode(c);
      if (visibleLength(unit) !== (/\s/.test(unit) ? 0 : 1)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('counts the characters of mixed text without its blanks', () => {
    const text = 'Chengdu\u3000software  \t成都软件\n\u00a0产业 2024';
    expect(visibleLength(text)).toBe(text.replace(/\s+/g, '').length);
  });
});
