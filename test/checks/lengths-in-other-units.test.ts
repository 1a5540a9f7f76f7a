import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import { formatTable } from '../../src/format/index.js';

const numberFindings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('a length of time written in other units on the other side', () => {
  it.each([
    ['The ferry crossing takes 90 minutes.', '渡轮航程需要一个半小时。'],
    ['The renovation will take 18 months.', '翻修工程将耗时一年半。'],
    ['Results are expected within 48 hours.', '结果预计在两天内公布。'],
    ['The course lasts two weeks.', '课程为期14天。'],
  ])('%s has its counterpart', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it('shows the two as one in the table', () => {
    const table = formatTable([align('The ferry crossing takes 90 minutes.\n\n渡轮航程需要一个半小时。\n', { entities: false })]);
    expect(table).toMatch(/= duration 90 minutes +│ = duration 一个半小时/);
  });

  it.each([
    ['The ferry crossing takes 80 minutes.', '渡轮航程需要一个半小时。'],
    ['The renovation will take 30 days.', '翻修工程将耗时一个月。'],
  ])('%s: not the same length, still told', (en, zh) => {
    expect(numberFindings(en, zh).length).toBeGreaterThan(0);
  });

  it('keeps the same number in another unit an error', () => {
    expect(numberFindings('The ferry crossing takes 90 minutes.', '渡轮航程需要90小时。')).toEqual([
      'error EN "90 minutes" (90 minutes) vs ZH "90小时" (90 hours): the same number in another unit of time',
    ]);
  });
});

describe('power and energy with a Chinese scale before the unit', () => {
  it.each([
    ['Installed wind capacity reached about 490 GW.', '风电装机容量约4.9亿千瓦。'],
    ['Solar capacity reached 887 GW.', '光伏装机容量达8.87亿千瓦。'],
    ['Solar capacity rose to 6.3 GW.', '光伏装机增至630万千瓦。'],
    ['Output was 215.7 billion kWh.', '发电量为2157亿千瓦时。'],
    // a scale of two characters (万亿, a trillion)
    ['Hydropower generated 1,340 terawatt-hours.', '水电发电量达1.34万亿千瓦时。'],
  ])('%s is the same amount', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });

  it('still tells a slip of scale', () => {
    expect(numberFindings('Output was 215.7 billion kWh.', '发电量为215.7亿千瓦时。')).toEqual([expect.stringMatching(/^error .*10x apart/)]);
  });
});
