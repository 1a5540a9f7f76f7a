import { describe, expect, it } from 'vitest';
import { withoutFigureSpaces } from '../../../src/locales/zh/index.js';
import { extractCandidates } from '../../../src/pipeline/extract.js';
import { readings } from '../readings.js';

/** The facts of a Chinese text, by what they read (not where). */
const read = (text: string): string[] => readings(text, 'zh');

/** The spans of a Chinese text's facts, as written. */
const spans = (text: string): string[] => extractCandidates(text, 'zh').map((c) => text.slice(c.start, c.end));

/** The text with one space set between Chinese and figures, as many pages do. */
const spaced = (text: string): string => text.replace(/(\p{Script=Han})(?=\d)|(\d)(?=\p{Script=Han})/gu, '$1$2 ');

describe('Chinese with a space between characters and figures reads as without it', () => {
  const sentences = [
    '全年营业收入超过5000亿元，同比增长12.5%。',
    '约30家企业参加了第12届博览会。',
    '近700名代表出席，会期3天。',
    '该市2023年10月8日发布了新规。',
    '项目投资至少100万美元，工期不到6个月。',
    '去年出口额达1.2万亿元，增加了2.5个百分点。',
    '现场有5000多人，比去年多出300余人。',
    '报名费为3至5元，名额在10万人以上。',
  ];
  it.each(sentences)('%s', (text) => {
    const wide = spaced(text);
    expect(wide).not.toBe(text);
    expect(read(wide)).toEqual(read(text));
  });

  it('keeps the spaces inside the spans it gives', () => {
    expect(spans('收入超过 5000 亿元，召开第 21 届大会。')).toEqual(['超过 5000 亿元', '第 21']);
    expect(spans('会议于 2024 年 1 月 10 日开幕。')).toEqual(['2024 年 1 月 10 日']);
  });

  it('takes an ideographic space and a no-break space as a space', () => {
    expect(read('超过\u30005000\u3000亿元')).toEqual(read('超过5000亿元'));
    expect(read('至少\u00a0100\u00a0万美元')).toEqual(read('至少100万美元'));
  });

  it('leaves a wider gap, and spaces between figures, as they are', () => {
    expect(withoutFigureSpaces('超过  5000亿元')).toBeUndefined();
    expect(withoutFigureSpaces('编号 12 34')?.text).toBe('编号12 34');
    expect(withoutFigureSpaces('no Chinese 12 here')).toBeUndefined();
  });

  it('gives each code unit of the text it makes its offset in the text', () => {
    const out = withoutFigureSpaces('第 21 届');
    expect(out?.text).toBe('第21届');
    expect([...out!.at]).toEqual([0, 2, 3, 5]);
  });
});
