import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

/** The two-sided links of a text, as the first lines of their English and Chinese blocks. */
const links = (text: string) => {
  const result = align(text, { entities: false });
  const line = (id: string) => result.blocks.find((b) => b.id === id)!.line;
  return result.pairs.filter((p) => p.en.length && p.zh.length).map((p) => `${p.en.map(line).join('+')} => ${p.zh.map(line).join('+')}`);
};

describe('a release\'s date and time told in both languages', () => {
  it('pair as lines of their own', () => {
    const text = [
      'Library hours extended during exams',
      '',
      'Public libraries will stay open until 11 pm from Monday to support students preparing for examinations.',
      '',
      'Monday, April 14, 2025',
      'Issued at HKT 11:20',
      '',
      '考試期間延長圖書館開放時間',
      '',
      '公共圖書館由星期一起開放至晚上11時，支援備考學生。',
      '',
      '2025年4月14日（星期一）',
      '香港時間11時20分',
      '',
    ].join('\n');
    expect(links(text)).toEqual(['1 => 8', '3 => 10', '5 => 12', '6 => 13']);
  });

  it('leave alone a date two lines of one side give, and a line with other figures', () => {
    const text = [
      'Library hours extended during exams',
      '',
      'Public libraries will stay open until 11 pm from Monday to support students preparing for examinations.',
      '',
      'April 14, 2025',
      '',
      'Updated April 14, 2025',
      '',
      '考試期間延長圖書館開放時間',
      '',
      '公共圖書館由星期一起開放至晚上11時，支援備考學生。',
      '',
      '2025年4月14日 閱讀量：320',
      '',
    ].join('\n');
    expect(links(text)).toEqual(['1 => 9', '3 => 11']);
  });
});
