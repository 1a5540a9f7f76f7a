import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { extractCandidates } from '../../src/pipeline/extract.js';

const dates = (text: string, lang: 'en' | 'zh') => extractCandidates(text, lang, { referenceYear: 2024 })
  .filter((f) => f.kind === 'date').map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);
const dateFindings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('ranges of years and centuries before the common era', () => {
  it.each<[string, 'en' | 'zh', string[]]>([
    ['陶罐，约公元前4500—前3800年。', 'zh', ['公元前4500—前3800年 -4499/-3799']],
    ['铜镜，约公元前8—前6世纪。', 'zh', ['公元前8—前6世纪 -0799/-0500']],
    ['东周（公元前770—前256年）。', 'zh', ['公元前770—前256年 -0769/-0255']],
    ['奥古斯都在位于公元前27年至公元14年。', 'zh', ['公元前27年至公元14年 -0026/0014']],
    ['Bronze mirror, 8th–6th century BC.', 'en', ['8th–6th century BC -0799/-0500']],
    ['Houses of the 16th to 18th centuries survive.', 'en', ['the 16th to 18th centuries 1500/1799']],
  ])('%s', (text, lang, want) => {
    expect(dates(text, lang)).toEqual(want);
  });

  it('agree across the translation, and a wrong end is a slip', () => {
    expect(dateFindings('Pottery jar, about 4500–3800 BC.', '陶罐，约公元前4500—前3800年。')).toEqual([]);
    expect(dateFindings('Bronze mirror, 8th–6th century BC.', '铜镜，约公元前8—前6世纪。')).toEqual([]);
    expect(dateFindings('The Eastern Zhou (770–256 BC) was long.', '东周（公元前770—前255年）历时很长。'))
      .toEqual([expect.stringMatching(/^error .*year differs/)]);
  });
});

describe('the years of an age in brackets after its name', () => {
  it.each<[string, 'en' | 'zh', string[]]>([
    ['宋朝（960—1279年）商业繁荣。', 'zh', ['960—1279年 0960/1279']],
    ['The Song dynasty (960–1279) traded widely.', 'en', ['960–1279 0960/1279']],
  ])('%s', (text, lang, want) => {
    expect(dates(text, lang)).toEqual(want);
  });

  it('leaves a range of counts in brackets alone', () => {
    expect(dates('Sales rose (300-500) in units, and Section B (120-150) is long.', 'en')).toEqual([]);
    expect(extractCandidates('这些古树树龄300—500年。', 'zh', {}).map((f) => f.kind)).toEqual(['duration']);
  });
});

describe('words that hold a date word without being dates', () => {
  it('reads 一日 alone as a length, not the first of a month', () => {
    expect(dates('每逾期一日，按未付金额的千分之五计收违约金。', 'zh')).toEqual([]);
    expect(dates('每次服药一日3次。', 'zh')).toEqual([]);
    expect(dates('本办法自一日起施行。', 'zh')).toEqual(['自一日起 ---01']);
  });

  it('reads 中期 of results, elections and exams as no middle of the year', () => {
    expect(dates('集团公布2024年中期业绩。', 'zh')).toEqual(['2024年 2024']);
    expect(dates('2022年中期选举结果揭晓。', 'zh')).toEqual(['2022年 2022']);
    expect(dates('2023年中期，产量回升。', 'zh')).toEqual(['2023年中 2023-05-01/2023-08-31']);
  });

  it('reads 年中 and 月底 alone, not after a word that ends in 年 or 月', () => {
    expect(dates('新馆预计年中开放。', 'zh')).toEqual(['年中 2024-05-01/2024-08-31']);
    // 成年 adult, 青年 young people, 岁月 the years: their 中 is `in` or `among`
    expect(dates('湿地里的成年中华秋沙鸭不足百只。', 'zh')).toEqual([]);
    expect(dates('青年中有三成选择租房。', 'zh')).toEqual([]);
    expect(dates('在漫长的岁月中，小镇变化不大。', 'zh')).toEqual([]);
  });
});
