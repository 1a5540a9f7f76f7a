import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const bases = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'basis-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('basis-mismatch: a change against a year before on one side, against the period before on the other', () => {
  it.each([
    ['Retail sales rose 4.1% year on year in October.', '10月社会消费品零售总额环比增长4.1%。',
      'EN "4.1%" (year on year) vs ZH "4.1%" (环比): the English measures the change against the same time a year before, the Chinese against the period just before'],
    ['Factory output grew 0.7% month on month in May.', '5月工业产出同比增长0.7%。',
      'EN "0.7%" (month on month) vs ZH "0.7%" (同比): the English measures the change against the period just before, the Chinese against the same time a year before'],
    ['New home prices slipped 0.3% from the previous month.', '新房价格较去年同期下跌0.3%。',
      'EN "0.3%" (from the previous month) vs ZH "0.3%" (较去年同期): the English measures the change against the period just before, the Chinese against the same time a year before'],
    ['Air cargo volumes were up 12.5% from a year earlier.', '航空貨運量按月環比上升12.5%。',
      'EN "12.5%" (from a year earlier) vs ZH "12.5%" (環比): the English measures the change against the same time a year before, the Chinese against the period just before'],
    // Hong Kong's and Macao's words of the bases before a verb of change
    ['Visitor arrivals rose 18% year on year to 3.1 million.', '訪港旅客人次按月上升18%至310萬。',
      'EN "18%" (year on year) vs ZH "18%" (按月): the English measures the change against the same time a year before, the Chinese against the period just before'],
    ['Retail sales value fell 2.4% from the previous month.', '零售業總銷貨價值按年下跌2.4%。',
      'EN "2.4%" (from the previous month) vs ZH "2.4%" (按年): the English measures the change against the period just before, the Chinese against the same time a year before'],
    // the month before named: a change against it
    ['In May, card spending grew 4.2 percent from April.', '5月银行卡消费同比增长4.2%。',
      'EN "4.2 percent" (from April) vs ZH "4.2%" (同比): the English measures the change against the period just before, the Chinese against the same time a year before'],
  ])('%s', (en, zh, message) => {
    expect(bases(en, zh)).toEqual([`warning ${message}`]);
  });
});

describe('basis-mismatch: stays quiet', () => {
  it.each([
    // the same basis, in other words
    ['Exports rose 6.2% from a year earlier.', '出口同比增长6.2%。'],
    ['Prices fell 0.4% month-on-month.', '价格环比下降0.4%。'],
    // a basis on one side only
    ['Exports rose 6.2% in March.', '3月出口同比增长6.2%。'],
    // both bases on a side, each with its own amount
    ['Sales rose 3% year on year and 1% from the previous month.', '销量同比增长3%，环比增长1%。'],
    // a basis in another clause than the amount
    ['Output rose 2%, while year-on-year figures were not given.', '产量增长2%，但未公布环比数据。'],
    // Hong Kong's words of the bases, met
    ['Visitor arrivals rose 18% year on year.', '訪港旅客人次按年上升18%。'],
    // `按月` without a verb of change is `monthly`
    ['Subsidies of 2% of the rent are paid year on year.', '津貼按月發放，為租金的2%。'],
    // a month after `from` that opens a span, or has its year, is no basis
    ['Card spending grew 4.2 percent from April to June.', '4月至6月银行卡消费同比增长4.2%。'],
    ['Card spending grew 4.2 percent from April 2023.', '银行卡消费同比增长4.2%。'],
    // `mom` is a word too
    ['A mom of two said prices rose 5%.', '一位两个孩子的母亲说，价格同比上涨5%。'],
  ])('%s', (en, zh) => {
    expect(bases(en, zh)).toEqual([]);
  });
});
