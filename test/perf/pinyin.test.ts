import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pinyinOf } from '../../src/lexicon/chinese.js';
import { loadReadings, type Readings } from '../../src/lexicon/readings.js';

/** The reading of text character by character that the memoized reader replaces: the reference. */
function referencePinyin(text: string, readings: Readings, surname = false): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length;) {
    let matched = 0;
    if (!(surname && i === 0) && i + 1 < chars.length && (readings.startsWord?.(chars[i]!) ?? true)) {
      for (let n = Math.min(4, chars.length - i); n >= 2; n--) {
        const spoken = readings.wordReading(chars.slice(i, i + n).join(''));
        if (spoken) {
          out.push(...spoken.split(' '));
          matched = n;
          break;
        }
      }
    }
    if (matched) {
      i += matched;
      continue;
    }
    out.push((surname && i === 0 ? readings.surnameReading(chars[i]!) : readings.reading(chars[i]!)) ?? '');
    i++;
  }
  return out;
}

describe('pinyinOf', () => {
  const readings = loadReadings();
  const piece = fc.constantFrom('重', '庆', '重庆', '曾', '长', '长城', '银', '行', '银行', '成都', '的', '了', '不', '一', '年',
    '，', '。', 'A', 'a', '1', ' ', '𠀀', '𪚥', '〇', '乐', '音乐', '快乐', '朝', '阳', '朝阳', '单', '于', '单于');
  it('reads what the character-by-character reader reads', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((xs) => xs.join('')), fc.boolean(), (text, surname) => {
      expect(pinyinOf(text, readings, surname)).toEqual(referencePinyin(text, readings, surname));
    }), { numRuns: 3000 });
  });

  it('reads 80,000 characters in well under two seconds', () => {
    const text = '成都市软件和信息技术服务业收入增长了百分之十二，重庆的银行也在朝阳区开了分行。'.repeat(2000);
    const start = performance.now();
    const syllables = pinyinOf(text, readings);
    expect(syllables.length).toBeGreaterThan(text.length * 0.9);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
