import { describe, expect, it } from 'vitest';
import { facts } from './describe-facts.js';

const dates = (text: string): string[] => facts(text, { referenceDate: '2025-03-12' }).filter((f) => f.startsWith('date'));

describe('an hour in digits before 时 is a time of day', () => {
  it.each([
    ['气象台于21时发布暴雨橙色预警。', ['date 21时 T21:00']],
    ['截至今天17时，共转移群众1200人。', ['date 截至今天17时 2025-03-12T17:00 under']],
    ['台风预计周五8时前后登陆。', ['date 周五8时 2025-03-14T08:00']],
    ['展馆每日9时至17时开放', ['date 9时至17时 T09:00/T17:00']],
  ])('%s', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  it.each([
    '列车最高时速350公里',
    '全程约需3小时',
    '他当时25岁',
    '这是一个2时代的产品',
    '两地时差8时区',
  ])('no time of day in %s', (text) => {
    expect(dates(text).filter((f) => f.includes('T'))).toEqual([]);
  });
});
