import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const money = (text: string): string[] => facts(text).filter((f) => f.startsWith('money'));

describe('prices as they are spoken: a last digit after 块 or 毛', () => {
  it.each([
    ['菜市场的西红柿每斤3块5，比上周便宜。', 'money 3块5 3.5 CNY'],
    ['一瓶矿泉水两毛五，现在贵多了。', 'money 两毛五 0.25 CNY'],
    ['这支笔卖五块七毛八。', 'money 五块七毛八 5.78 CNY'],
    ['找了我三块零五。', 'money 三块零五 3.05 CNY'],
    ['公交票价一块五呢。', 'money 一块五 1.5 CNY'],
    ['摊上的黄瓜2块5一斤。', 'money 2块5 2.5 CNY'],
  ])('%s', (text, want) => {
    expect(money(text)).toEqual([want]);
  });

  it('reads both ends of a spoken range', () => {
    expect(money('早餐的价格从三块五到四块。')).toEqual(['money 三块五 3.5 CNY', 'money 四块 4 CNY']);
  });

  it.each([
    // the digit counts pieces or belongs to a word after it
    ['他买了3块5寸的屏幕。', 'money 3块5 3.5 CNY'],
    ['这块地三块五毛一平方。', 'money 三块五毛一 3.51 CNY'],
  ])('no spoken digit in %s', (text, not) => {
    expect(money(text)).not.toContain(not);
  });
});

describe('a currency named before an amount that ends the phrase', () => {
  it('reads 港币3.14 as Hong Kong dollars', () => {
    expect(money('该股收报港币3.14，跌2%。')).toEqual(['money 港币3.14 3.14 HKD']);
  });

  it('leaves a term after the name alone', () => {
    expect(money('美元2年期国债收益率回落。')).toEqual([]);
  });
});

describe('a hyphen after an amount\'s unit joins a range', () => {
  it('reads 10万元-20万元 as two positive amounts', () => {
    expect(money('岗位月薪10万元-20万元。')).toEqual(['money 10万元 100000 CNY', 'money 20万元 200000 CNY']);
  });

  it('keeps a minus after a verb', () => {
    expect(facts('最低气温降至-5℃。').some((f) => f.includes('-5'))).toBe(true);
  });
});

describe('the currency named before the first amount of a range or a list', () => {
  it.each([
    ['票价在新台币400元至950元之间。', ['money 新台币400元 400 TWD', 'money 950元 950 TWD']],
    ['套餐价格为港币68元到98元。', ['money 港币68元 68 HKD', 'money 98元 98 HKD']],
    ['押金为澳门币200元和300元两档。', ['money 澳门币200元 200 MOP', 'money 300元 300 MOP']],
  ])('%s', (text, want) => {
    expect(money(text)).toEqual(want);
  });

  it('leaves an amount after a stop in the local currency', () => {
    expect(money('押金为港币68元，另收服务费10元。')).toEqual(['money 港币68元 68 HKD', 'money 10元 10 CNY']);
  });
});

describe('块 and 角 that count or name things', () => {
  it.each([
    ['天线由2160块三角形面板拼成。'],
    ['工地上堆着300块木板。'],
    ['每人分到两块五角星形的饼干。'],
  ])('no money in %s', (text) => {
    expect(money(text)).toEqual([]);
  });

  it('keeps the prices', () => {
    expect(money('一斤苹果卖十块一斤。')).toEqual(['money 十块 10 CNY']);
    expect(money('他找回五块三角五分。')).toEqual(['money 五块三角五分 5.35 CNY']);
    expect(money('这件衬衫只卖80块，很便宜。')).toEqual(['money 80块 80 CNY']);
  });
});
