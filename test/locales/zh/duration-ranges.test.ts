import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';
import { facts as english } from '../en/helpers.js';

describe('a range of lengths of time', () => {
  it.each([
    ['审批周期缩短为5至7天', ['duration 5至7天 P5D..7']],
    ['项目建设需要2到3年', ['duration 2到3年 P2Y..3']],
    ['每次治疗约1-2个小时', ['duration 约1-2个小时 PT1H..2 ~']],
  ])('%s', (text, expected) => {
    expect(facts(text).filter((f) => f.startsWith('duration') || f.startsWith('number'))).toEqual(expected);
  });

  it('reads as the English range does', () => {
    expect(english('Approval now takes 5 to 7 days.').filter((f) => f[0] === 'duration')).toEqual([['duration', '5 to 7 days', 'P5D', { max: 7 }]]);
  });

  it.each([
    ['2019-2023年', 'date'],
    ['每周训练3至5次', 'number'],
  ])('no length of time in %s', (text, kind) => {
    expect(facts(text).map((f) => f.split(' ')[0])).toEqual([kind]);
  });
});

describe('约有, 大约有: about', () => {
  it.each([
    ['全市约有4.5万名志愿者', ['number 约有4.5万 45000 ~']],
    ['大约有120家企业参展', ['number 大约有120 120 ~']],
    // an agreement (签约, 合约) is no about
    ['已签约有12家企业', ['number 12 12']],
  ])('%s', (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });
});
