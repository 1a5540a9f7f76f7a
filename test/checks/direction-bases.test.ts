import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const directions = (text: string) => align(text, { entities: false }).findings
  .filter((f) => f.ruleId === 'direction-mismatch').map((f) => f.message);

describe('the base a change is measured from', () => {
  it('takes the change\'s direction on both sides', () => {
    expect(directions('Attendance was 62.5 per cent, down from 68.3 per cent in 2022.\n\n出席率为62.5%，较2022年的68.3%上升。\n')).toEqual([
      'EN "down from 68.3 per cent" vs ZH "68.3%上升": the English tells a fall, the Chinese a rise',
    ]);
    expect(directions('Vacancy stood at 9.1%, up from 7.4% a year earlier.\n\n空置率为9.1%，比一年前的7.4%下降。\n')).toHaveLength(1);
  });

  it('agrees where both sides tell the same way', () => {
    expect(directions('Attendance was 62.5 per cent, down from 68.3 per cent in 2022.\n\n出席率为62.5%，较2022年的68.3%下降。\n')).toEqual([]);
    expect(directions('Vacancy stood at 9.1%, up from 7.4% a year earlier.\n\n空置率为9.1%，较一年前的7.4%上升。\n')).toEqual([]);
  });

  it('reads no base in Chinese without 较 or 比 before it', () => {
    expect(directions('Attendance was 62.5 per cent, down from 68.3 per cent in 2022.\n\n出席率为62.5%，2022年为68.3%，增加了访客。\n')).toEqual([]);
  });
});

describe('the level a change reached, before its base', () => {
  it('takes the change\'s direction', () => {
    expect(directions('Yields averaged 4.1 percent in March, down from 4.6 percent in February.\n\n3月平均收益率升至4.1%，2月为4.6%。\n')).toHaveLength(1);
    expect(directions('Yields averaged 4.1 percent in March, down from 4.6 percent in February.\n\n3月平均收益率降至4.1%，2月为4.6%。\n')).toEqual([]);
  });

  it('is not read across a figure or a stop', () => {
    expect(directions('Yields were 4.1 percent. In 2023, down from the peak, they eased.\n\n收益率升至4.1%。\n')).toEqual([]);
  });
});

describe('a base or a level against a change of another role', () => {
  it('says nothing: a rise that slowed, and a rate that fell', () => {
    expect(directions('Consumer prices rose 0.4 percent in January, down from 0.6 percent in December.\n\n1月份居民消费价格同比上涨0.4%，12月份为上涨0.6%。\n')).toEqual([]);
    expect(directions('Growth was 0.4 percent in January, down from 0.6 percent.\n\n1月份增长0.4%，低于上月的0.6%。\n')).toEqual([]);
  });
});

describe('a rate\'s change in points', () => {
  it('weighs `down 0.3 points` against 个百分点', () => {
    expect(directions('The vacancy rate was down 0.3 points on the quarter.\n\n空置率按季上升0.3个百分点。\n')).toEqual([
      'EN "down 0.3" vs ZH "上升0.3个百分点": the English tells a fall, the Chinese a rise',
    ]);
    expect(directions('The vacancy rate was down 0.3 points on the quarter.\n\n空置率按季下降0.3个百分点。\n')).toEqual([]);
  });

  it('leaves basis points alone', () => {
    expect(directions('The bank cut its rate by 25 basis points.\n\n该行将利率上调0.25个百分点。\n')).toEqual([]);
  });
});
