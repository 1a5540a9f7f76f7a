import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { formatTable } from '../../src/format/index.js';

const moneyFindings = (text: string) => align(text).findings
  .filter((f) => f.ruleId === 'money-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

const page = (lines: [string, string][]) => lines.map(([en, zh]) => `${en}\n\n${zh}`).join('\n\n') + '\n';

describe('the dollar a page\'s bare $ is', () => {
  it('is the dollar the Chinese names for the page\'s other bare amounts', () => {
    const text = page([
      ['Pollination fees rose to $210 per hive this spring.', '今年春季授粉费用涨至每箱210美元。'],
      ['A new truck cost the family $64,000.', '一辆新卡车花了这家人6.4万美元。'],
      ['Buyers in Ontario paid $95 per hive.', '安大略省买家每箱支付95加元。'],
    ]);
    expect(moneyFindings(text)).toEqual([expect.stringMatching(/^error EN "\$95" .* vs ZH "95加元" .*currency differs/)]);
  });

  it('is any dollar where the page names none, or names two alike', () => {
    expect(moneyFindings(page([['Buyers in Ontario paid $95 per hive.', '安大略省买家每箱支付95加元。']]))).toEqual([]);
    expect(moneyFindings(page([
      ['Pollination fees rose to $210 per hive this spring.', '今年春季授粉费用涨至每箱210美元。'],
      ['Buyers in Ontario paid $95 per hive.', '安大略省买家每箱支付95加元。'],
    ]))).toEqual([]);
  });

  it('holds for a Hong Kong page whose bare $ the Chinese gives as 港元', () => {
    const text = page([
      ['Tickets cost $80 at the gate.', '門票售價80港元。'],
      ['Parking costs $25 an hour.', '泊車每小時收費25港元。'],
      ['A souvenir mug sells for $12.', '紀念杯售價12美元。'],
    ]);
    expect(moneyFindings(text)).toEqual([expect.stringMatching(/^error EN "\$12" .*currency differs/)]);
  });
});

describe('a couple of values a finding names', () => {
  it('is shown in the table with the finding\'s mark, not as a match', () => {
    const result = align(page([
      ['Pollination fees rose to $210 per hive this spring.', '今年春季授粉费用涨至每箱210美元。'],
      ['A new truck cost the family $64,000.', '一辆新卡车花了这家人6.4万美元。'],
      ['Buyers in Ontario paid $95 per hive.', '安大略省买家每箱支付95加元。'],
    ]));
    const table = formatTable([result]);
    expect(table).toMatch(/≠ money \$95/);
    expect(table).not.toMatch(/= money \$95/);
    expect(table).toMatch(/= money \$210/);
  });
});

describe('won after an amount', () => {
  it('is the South Korean won', () => {
    expect(moneyFindings(page([['The ministry will spend 42 trillion won on housing.', '该部将在住房上投入42万亿日元。']])))
      .toEqual([expect.stringMatching(/^error EN "42 trillion won" \(42 trillion KRW\) vs ZH "42万亿日元" \(42 trillion JPY\): currency differs/)]);
    expect(moneyFindings(page([['The ministry will spend 42 trillion won on housing.', '该部将在住房上投入42万亿韩元。']]))).toEqual([]);
  });
});
