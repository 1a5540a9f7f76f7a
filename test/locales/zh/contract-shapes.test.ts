import { describe, expect, it } from 'vitest';
import { align } from '../../../src/index.js';
import { facts } from './describe-facts.js';
import { extractCandidates } from '../../../src/pipeline/extract.js';

const read = (text: string): string[] => extractCandidates(text, 'zh').map((c) => `${c.kind} ${text.slice(c.start, c.end)} ${c.value}${c.unit ? ` ${c.unit}` : ''}`);

const findings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId}`);

describe('days counted with 日, as contracts and rules write them', () => {
  it.each([
    ['承租人应于收到通知后15日内搬离。', 'duration 15日 P15D'],
    ['冷静期为7日。', 'duration 7日 P7D'],
    ['逾期超过45日的，出租人可解除合同。', 'duration 超过45日 P45D ~ over'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it.each([['会议于12日举行。', 'date 12日 ---12'], ['5月8日后恢复供电。', 'date 5月8日后 --05-08 over']])('a day of the month stays one: %s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('holds a changed number of days as an error', () => {
    expect(findings('The tenant must move out within 15 days of the notice.', '承租人应于收到通知后15日内搬离。')).toEqual([]);
    expect(findings('The tenant must move out within 15 days of the notice.', '承租人应于收到通知后25日内搬离。')).toContain('error number-mismatch');
  });
});

describe('amounts in financial numerals with their jiao', () => {
  it.each([
    ['总价人民币柒拾陆元伍角。', 'money 人民币柒拾陆元伍角 76.5 CNY'],
    ['计人民币贰仟零叁元捌角。', 'money 人民币贰仟零叁元捌角 2003.8 CNY'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('agrees with the figures', () => {
    expect(findings('The total is RMB 76.50.', '总价人民币柒拾陆元伍角。')).toEqual([]);
  });
});

describe('bounds after the points of a score and after 不满', () => {
  it.each([
    ['总分需达到75分以上。', 'number 75分以上 75 ~ over'],
    ['不满14岁的儿童须由成人陪同。', 'number 不满14 14 ~ under'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('leaves minutes alone', () => {
    expect(facts('会议持续了45分钟以上。')).toContain('duration 45分钟以上 PT45M ~ over');
  });
});

describe('telephone numbers', () => {
  it.each([
    ['如有查询，请致电2575 3000。', 'number 2575 3000 25753000 tel'],
    ['客服热线：400-886-2025', 'number 400-886-2025 4008862025 tel'],
    ['联系电话：0755-86013388', 'number 0755-86013388 075586013388 tel'],
    ['请拨打+852 2575 3000', 'number +852 2575 3000 85225753000 tel'],
  ])('are one number of digits: %s', (text, want) => {
    expect(read(text)).toEqual([want]);
  });

  it('agree digit by digit, and a changed digit is an error', () => {
    expect(findings('For enquiries, please call 2575 3000.', '如有查询，请致电2575 3000。')).toEqual([]);
    expect(findings('For enquiries, please call 2575 3000.', '如有查询，请致电2575 3003。')).toContain('error number-mismatch');
  });

  it('end before a bracket they open and do not close', () => {
    const text = 'Call our hotline on 1300-555-0188 (9 am to 5 pm).';
    const found = extractCandidates(text, 'en', {}).map((f) => `${text.slice(f.start, f.end)} ${String(f.value)}`);
    expect(found).toEqual(['1300-555-0188 13005550188', '9 am to 5 pm T09:00/T17:00']);
  });

  it('leave ranges and years with a dash alone', () => {
    expect(read('销量增长5-7%，2023-2024年度')).toEqual(['percent 5-7% 5 %', 'date 2023-2024年 2023/2024']);
  });
});

describe('bounds after degrees', () => {
  it.each([
    ['电池请勿在45°C以上充电。', 'number 45°C以上 45 ~ over'],
    ['药品应在20℃以下保存。', 'number 20℃以下 20 ~ under'],
  ])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('meet the English bound', () => {
    expect(findings('Do not charge the battery above 45°C.', '电池请勿在45°C以上充电。')).toEqual([]);
  });
});

describe('a number in words restated in figures in brackets', () => {
  const readEn = (text: string): string[] => extractCandidates(text, 'en').map((c) => `${c.kind} ${text.slice(c.start, c.end)} ${c.value}`);

  it.each([
    ['The lease runs for eighteen (18) months.', ['duration eighteen (18) months P18M']],
    ['The buyer may inspect two (2) samples.', ['number two (2) 2']],
  ])('is one fact, the unit after the brackets its own: %s', (text, want) => {
    expect(readEn(text)).toEqual(want);
  });

  it.each([
    ['租期为十八（18）个月。', ['duration 十八（18）个月 P18M']],
    ['卖方应于十五（15）日内交货。', ['duration 十五（15）日 P15D']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('leaves a figure that says another number as it is', () => {
    expect(readEn('The buyer may inspect two (3) samples.')).toEqual(['number two 2', 'number 3 3']);
  });

  it('holds the unit against the other side', () => {
    expect(findings('The lease runs for eighteen (18) months.', '租期为十八（18）个月。')).toEqual([]);
    expect(findings('The lease runs for eighteen (18) months.', '租期为十八（18）年。')).toContain('error number-mismatch');
  });
});

describe('one unit after the word for a term', () => {
  it.each([['保修期为一年。', 'duration 一年 P1Y'], ['本协议有效期限为一年。', 'duration 一年 P1Y']])('%s', (text, want) => {
    expect(facts(text)).toContain(want);
  });

  it('agrees with the months of the English', () => {
    expect(findings('The warranty period is 12 months.', '保修期为一年。')).toEqual([]);
  });
});
