import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, readNumeral } from '../../../src/locales/zh/index.js';

const DIGITS = '零一二三四五六七八九';

/** Writes 1..9999 the standard way (一千零五, 三百二十). */
function section(n: number): string {
  const units = ['', '十', '百', '千'];
  let out = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += DIGITS[d]! + units[p]!;
  }
  return out;
}

/** Writes a whole number in Chinese numerals (一万零五百, 六千三百五十亿), as a reference. */
function chinese(n: number): string {
  if (n === 0) return '零';
  const big = ['', '万', '亿', '万亿'];
  const parts: number[] = [];
  for (let m = n; m > 0; m = Math.floor(m / 10000)) parts.push(m % 10000);
  let out = '';
  let gap = false;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    if (p === 0) {
      if (out) gap = true;
      continue;
    }
    if (out && (gap || p < 1000)) out += '零';
    gap = false;
    out += section(p) + big[i]!;
  }
  return out.startsWith('一十') ? out.slice(1) : out;
}

describe('zh numerals', () => {
  it('reads back every whole number written in Chinese numerals', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
      const text = chinese(n);
      const read = readNumeral(text, 0);
      expect(read?.end).toBe(text.length);
      expect(read?.value).toBe(n);
    }), { numRuns: 2000 });
  });

  it('reads Arabic numbers with thousands separators, full-width too', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (n) => {
      const grouped = n.toLocaleString('en-US');
      expect(readNumeral(grouped, 0)?.value).toBe(n);
      const wide = normalize(grouped.replace(/[0-9,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
      expect(readNumeral(wide, 0)?.value).toBe(n);
    }), { numRuns: 500 });
  });

  it('reads Arabic numbers grouped by spaces of any kind, each group of three', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9_999_999_999 }), fc.constantFrom(' ', '\u00a0', '\u2009', '\u202f'), (n, space) => {
      const grouped = n.toLocaleString('en-US').replace(/,/g, space);
      expect(readNumeral(grouped, 0)).toEqual(expect.objectContaining({ end: grouped.length, value: n }));
    }), { numRuns: 500 });
    // a group of other than three digits, or a comma group before the space, ends the number
    expect(readNumeral('12 34', 0)?.value).toBe(12);
    expect(readNumeral('1234 567', 0)?.value).toBe(1234);
    expect(readNumeral('1,234 567', 0)?.value).toBe(1234);
  });

  it.each([
    ['两千四百五', 2450], ['一百五', 150], ['三万五', 35000], ['百二万', 1200000], ['千三', 1300], ['廿三', 23],
    ['壹佰零壹萬壹千', 1011000], ['拾六万零五百零六', 160506], ['四万万', 400000000], ['一万五千亿', 1500000000000],
    ['七兆三十五亿六万八千三', 7003500068300], ['一百零十万', 1100000], ['2千零30万', 20300000], ['1,100万', 11000000],
  ])('%s = %d', (text, value) => {
    expect(readNumeral(normalize(text), 0)?.value).toBe(value);
  });
});
