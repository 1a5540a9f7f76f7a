import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { toldPair as told } from '../helpers.js';
import { partnerlessKind } from '../../src/checks/block-kind.js';
import type { Block } from '../../src/types.js';


describe('bounds', () => {
  it('a threshold passed in words of scale (`pass half a billion`) is the lower bound 突破 states', () => {
    expect(told('Subscribers pass half a billion as profit climbs', '用户突破5亿 利润攀升')).toEqual([]);
    expect(told('The firm now has half a billion subscribers.', '该公司用户突破5亿。')).toHaveLength(1);
  });

  it('a bound before the whole a share is of, and its 的, bounds the share (略超总量的一半, 不低於月薪的6%)', () => {
    expect(told('The terminal handled just over half of the total.', '该码头的吞吐量略超总量的一半。')).toEqual([]);
    expect(told('Employers must pay at least 6 percent of the monthly wage.', '雇主須提繳不低於勞工月薪的6%。')).toEqual([]);
    expect(told('Employers must pay 6 percent of the monthly wage.', '雇主須提繳不低於勞工月薪的6%。')).toHaveLength(1);
  });

  it('`add up to another` bounds the value added, no sum', () => {
    expect(told('Workers may add up to another 6 percent of their wage.', '勞工可另自願提繳最多6%。')).toEqual([]);
    expect(told('The fees add up to 6 percent of the wage.', '各项费用合计占工资的6%。')).toEqual([]);
  });

  it('a clause\'s bound leaves a product\'s term alone (不低於二年期定期存款利率)', () => {
    expect(told('Returns are guaranteed to be no lower than the two-year deposit rate of local banks.', '保證收益不低於當地銀行二年期定期存款利率。')).toEqual([]);
  });
});

describe('the year a part of it is of', () => {
  it('is the last one where the part has not passed on the page\'s day', () => {
    const page = (en: string, zh: string) => align(`Published: 8 January 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
      .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');
    expect(page('Members withdrew HK$15.7 billion in the first 11 months of the year.', '去年首11個月，成員提取157億港元。')).toEqual([]);
    expect(page('Members withdrew HK$15.7 billion in the first 11 months of this year.', '去年首11個月，成員提取157億港元。')).toHaveLength(1);
  });
});

describe('three digits before 年', () => {
  it('are a year after a dynasty\'s name (初唐642年), a length elsewhere', () => {
    const dates = (zh: string) => align(`The murals are old.\n\n${zh}\n`, { entities: false }).facts.filter((f) => f.lang === 'zh').map((f) => `${f.kind} ${String(f.value)}`);
    expect(dates('壁画绘于初唐642年。')).toEqual(['date 0642']);
    expect(dates('壁画已保存642年。')).toEqual(['duration P642Y']);
  });
});

describe('Taiwan\'s words of a change and its basis (年增, 月增)', () => {
  it('are told against the other basis, and the month named before `to` and an amount', () => {
    expect(told('Revenue climbed 2.9 percent from September to NT$16.8 billion.', '營收年增2.9%，達168億元。', 'basis-mismatch')).toHaveLength(1);
    expect(told('Revenue rose 2.9 percent year on year.', '營收月增2.9%。', 'basis-mismatch')).toHaveLength(1);
    expect(told('Revenue rose 2.9 percent year on year.', '營收年增2.9%。', 'basis-mismatch')).toEqual([]);
    // 年 of another word
    expect(told('Revenue rose 2.9 percent from a month earlier.', '今年增長2.9%。', 'basis-mismatch')).toEqual([]);
    expect(told('Revenue climbed 2.9 percent from September to December.', '營收9月至12月年增2.9%。', 'basis-mismatch')).toEqual([]);
  });
});

describe('lines of a page that are no translation unit', () => {
  const kind = (text: string) => partnerlessKind({ id: 'b5', index: 4, text, start: 0, end: text.length, lang: 'en' } as Block);

  it('a dateline beside a release named by its issuer', () => {
    expect(kind('Lisbon, 3 March 2025 | Port Authority of Lisbon press release (Chinese translation: Tagus Review)')).toBe('byline');
  });

  it('a hotline with its opening hours in both languages', () => {
    expect(kind('Hotline 热线: 2800 1234 (Mon–Fri 9am–5pm | 星期一至五上午9时至下午5时)')).toBe('byline');
    expect(kind('Call 2800 1234 after 9am to book one of the 300 places still open this week.')).toBeUndefined();
  });
});

describe('amounts and bounds written other ways', () => {
  it('a code that is also a word before a small amount after a word of price (`capped at MOP 200 a day`)', () => {
    const money = (text: string) => align(`${text}\n\n。\n`, { entities: false }).facts.filter((f) => f.kind === 'money').map((f) => f.raw);
    expect(money('Discounts are capped at MOP 200 a day at restaurants.')).toEqual(['MOP 200']);
    expect(money('The TOP 100 firms paid more.')).toEqual([]);
    expect(told('Rebates are capped at MOP 200 a day for spending at cafes and MOP 100 a day at markets.', '在咖啡店消費的回贈每日上限為100元，在街市消費則每日上限200元。', 'swapped-values')).toHaveLength(1);
  });

  it('或以內 after a length bounds it as `or less` does', () => {
    expect(told('Deliveries within 24 hours or less were cited by 71% of buyers.', '71%買家表示24小時或以內送達。')).toEqual([]);
  });

  it('a plus after a number bounds it in Chinese as in English (「1+」, 100+城市)', () => {
    expect(told('Fifth drug approved under "1+" mechanism', '「1+」機制下第五種藥物獲批')).toEqual([]);
  });

  it('a bound the Chinese gives a value it also states plainly is no bound dropped', () => {
    expect(told('Sales this year should total NT$100 billion, the third year in a row above that mark.', '今年業績將達1,000億元，連續第3年突破千億大關。')).toEqual([]);
  });
});

describe('a length over days from a day', () => {
  it('starts on the day (`over five days from 14 April`), no day five days on', () => {
    const page = (en: string, zh: string) => align(`Published: 2 April 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
      .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');
    expect(page('The committee will meet over five days from 14 April.', '委員會由4月14日起一連五天開會。')).toEqual([]);
    expect(page('The report is due five days from 14 April.', '報告須於4月14日提交。')).toHaveLength(1);
  });
});

describe('a deadline told as a day and as the end of a period', () => {
  const page = (en: string, zh: string) => align(`Published: 2 April 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info');

  it('is one deadline (`before December 31`, 年底前; `by the end of the year`, 12月31日前)', () => {
    expect(page('The city will open three tram lines before December 31.', '年底前該市將開通三條電車線。')).toEqual([]);
    expect(page('The city will open three tram lines by the end of the year.', '該市將於12月31日前開通三條電車線。')).toEqual([]);
  });

  it('is told where the day is another, or neither side sets a deadline', () => {
    expect(page('The city will open three tram lines before November 30.', '年底前該市將開通三條電車線。')).toHaveLength(1);
    expect(page('The city will open three tram lines at the end of the year.', '該市將於12月31日開通三條電車線。')).toHaveLength(1);
  });
});

describe('a range of percentages, the unit on both ends', () => {
  it('is read after `between` and after a verb of ranging, and told against one of its ends', () => {
    expect(told('Sales should fall by between 4% and 9% from last year.', '銷售額將較去年下跌9%。')).toEqual([expect.stringMatching(/a range against a single value inside it/)]);
    expect(told('Discounts ranged from 20 percent to 70 percent.', '各產品折扣達70%。')).toEqual([expect.stringMatching(/a range against a single value inside it/)]);
    expect(told('Discounts ranged from 20 percent to 70 percent.', '各產品折扣由20%至70%不等。')).toEqual([]);
  });

  it('is no range where `from … to` tells a change', () => {
    expect(told('Its share rose from 20 percent to 70 percent.', '其份額由20%升至70%。')).toEqual([]);
  });
});

describe('values around a clock time, a fraction and a cap', () => {
  it('a weekday after a clock time with `p.m.` takes its tense from the whole sentence', () => {
    const page = (en: string, zh: string) => align(`Saturday, November 16, 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
      .filter((f) => f.severity !== 'info').map((f) => f.message);
    expect(page('The final will run over 12 laps from 2:30 p.m. on Sunday.', '決賽將於周日下午2時30分開始，賽程12圈。')).toEqual([]);
    expect(page('The final will run over 12 laps from 2:30 p.m. on Sunday.', '決賽將於周一下午2時30分開始，賽程12圈。')).toHaveLength(1);
  });

  it('a fraction opens no range of amounts (減少三分之一至31億港元), a range of fractions still (三分之一至二分之一)', () => {
    expect(told('Charges fell by a third to HK$2.4 billion.', '支出減少三分之一至24億港元。')).toEqual([]);
    const numbers = (zh: string) => align(`Some.\n\n${zh}\n`, { entities: false }).facts.filter((f) => f.lang === 'zh').map((f) => f.raw);
    expect(numbers('约三分之一至二分之一的居民受影响。')).toEqual(['约三分之一至二分之一']);
  });

  it('a cap named after the value and what it counts (…名新生的上限) is the cap `a cap of` states', () => {
    expect(told('The state set a cap of 185,000 new students.', '政府設定了18.5萬名新生的上限。')).toEqual([]);
    expect(told('The state set a cap of 185,000 new students.', '政府設定了28.5萬名新生的上限。')).toHaveLength(1);
  });
});

describe('a bound before a wage a share is of, without 的', () => {
  it('bounds the share (不低於勞工每月工資6%)', () => {
    expect(told('Employers must pay at least 6 percent of the monthly wage, and staff may add up to another 6 percent.', '僱主須提繳不低於員工每月工資6%，員工另可自願提繳最多6%。')).toEqual([]);
    expect(told('Employers must pay 6 percent of the monthly wage.', '僱主須提繳不低於員工每月工資6%。')).toHaveLength(1);
  });
});

describe('a base a change is measured from, with a word of degree', () => {
  it('is told where the two sides move it in opposite directions (`down slightly from`, 略有上升)', () => {
    expect(told('Colleges got about 16 per cent of the funds this year, down slightly from 19 per cent in 2023.', '今年高校获得约16%的经费，比2023年的19%略有上升。', 'direction-mismatch')).toHaveLength(1);
    expect(told('Colleges got about 16 per cent of the funds this year, down slightly from 19 per cent in 2023.', '今年高校获得约16%的经费，比2023年的19%略有下降。', 'direction-mismatch')).toEqual([]);
  });
});
