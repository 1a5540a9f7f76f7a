import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { formatTable } from '../../src/format/table.js';

const amountFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings
    .filter((f) => f.ruleId === 'money-mismatch' || f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a range on one side, its two ends written out on the other', () => {
  it.each([
    ['Day passes cost 30 to 45 yuan.', '日票售价30元至45元。'],
    ['Monthly rents run from 8,000 yuan to 12,000 yuan in the new district.', '新区月租在8000元到1.2万元之间。'],
    ['The fare went from $2 to $3.', '车费从2美元涨到3美元。'],
    ['Between 20,000 and 30,000 visitors are expected.', '预计将有2万人至3万人到访。'],
    ['Annual fees range from 3,000 to 5,000 Hong Kong dollars.', '年费为3000港元-5000港元。'],
  ])('%s', (en, zh) => {
    expect(amountFindings(en, zh)).toEqual([]);
  });

  it.each([
    // one end is another figure: still a finding
    ['Day passes cost 30 to 45 yuan.', '日票售价30元至54元。'],
    // the two amounts are in another currency
    ['Day passes cost 30 to 45 yuan.', '日票售价30美元至45美元。'],
    // the two figures stand far apart: not one range
    ['Day passes cost 30 to 45 yuan.', '日票售价30元，而去年同期的年票售价折合每天还不到45元。'],
  ])('a finding for %s', (en, zh) => {
    expect(amountFindings(en, zh)).not.toEqual([]);
  });

  it.each([
    ['Participants were aged 40 to 69.', '参与者年龄在40至79岁之间。'],
    ['Day passes cost 30 to 45 yuan.', '日票售价30至54元。'],
    ['Growth of 5% to 7% is forecast.', '预计增长5%至9%。'],
    ['Adults need 150 to 300 minutes a week.', '成年人每周需要150至400分钟。'],
  ])('an error where one end of two ranges differs: %s', (en, zh) => {
    expect(amountFindings(en, zh).filter((f) => f.startsWith('error'))).toHaveLength(1);
  });

  it.each([
    ['Day passes cost 30 to 45 yuan.', '日票售价30元至54元。', '"54元"'],
    ['Participants were aged 40 to 69.', '参与者年龄在40岁至96岁之间。', '"96"'],
    ['Day passes cost 30 to 45 yuan.', '日票售价3元至45元。', '"3元"'],
  ])('one error, naming the end written wrong: %s %s', (en, zh, end) => {
    const findings = amountFindings(en, zh);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/^error /);
    expect(findings[0]).toContain(end);
  });

  it('shows the range against both ends in the table, the range written once', () => {
    const table = formatTable([align('Day passes cost 30 to 45 yuan.\n\n日票售价30元至45元。\n', { entities: false })], { columns: 100 });
    const facts = table.split('\n').filter((l) => l.includes('money'));
    expect(facts).toHaveLength(2);
    expect(facts[0]).toMatch(/^= money 30 to 45 yuan.*│ = money 30元/);
    expect(facts[1]).toMatch(/^ +│ = money 45元/);
  });
});

describe('a range of days on one side, its two ends told as days on the other', () => {
  const dateFindings = (en: string, zh: string): string[] =>
    align(`Posted 2 January 2025\n\n${en}\n\n${zh}\n`, { entities: false }).findings
      .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

  it.each([
    ['The tenancy starts on 1 April 2025 and ends on 31 March 2026.', '租期自2025年4月1日起至2026年3月31日止。'],
    ['Early voting opens on 4 November and closes on 9 November.', '提前投票于11月4日至9日进行。'],
    ['The exhibition runs from 12 to 20 June.', '展览于6月12日开幕，持续至20日。'],
  ])('agrees: %s', (en, zh) => {
    expect(dateFindings(en, zh)).toEqual([]);
  });

  it('still tells a day inside the range that is none of its ends', () => {
    expect(dateFindings('Early voting opens on 6 November.', '提前投票于11月4日至9日进行。'))
      .toEqual([expect.stringMatching(/^warning .*a range against a single day inside it/)]);
  });
});

describe('a year after a part of it, before `to` and an amount', () => {
  it.each([
    ['Cargo rose in the first four months of 2025 to 2.46 million tonnes.', '2025年前4个月，货物量增至246万吨。'],
    ['Sales climbed in the first half of 2024 to 3.1 million units.', '2024年上半年，销量攀升至310万辆。'],
  ])('is the year, not a range\'s first end: %s', (en, zh) => {
    expect(amountFindings(en, zh)).toEqual([]);
  });

  it('leaves the amount a slip where it is one', () => {
    expect(amountFindings('Cargo rose in the first four months of 2025 to 2.46 million tonnes.', '2025年前4个月，货物量增至264万吨。'))
      .toEqual([expect.stringMatching(/2\.46 million.*2\.64 million/)]);
  });
});
