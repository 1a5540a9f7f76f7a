import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string) => align(`Posted 15 June 2024\n\n${en}\n\n${zh}\n`, { entities: false }).findings
  .filter((f) => f.ruleId === 'number-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('a level crossed or topped, on both sides', () => {
  it.each([
    ['Passenger trips top 90 million for the first time.', '旅客发送量首次突破9000万人次。'],
    ['The 50-billion mark was passed in May.', '5月突破500亿大关。'],
  ])('agree: %s', (en, zh) => {
    expect(findings(en, zh)).toEqual([]);
  });

  it('tells a level topped against a bound under it', () => {
    expect(findings('Passenger trips top 90 million.', '旅客发送量不到9000万人次。')).toEqual([expect.stringMatching(/^warning .*opposite directions/)]);
  });

  it('tells a hyphened scale that differs', () => {
    expect(findings('The 50-billion mark was passed in May.', '5月突破5000亿大关。')).toEqual([expect.stringMatching(/^error /)]);
  });
});

describe('a rank, a tonnage class and a length of days', () => {
  it('leaves a rank unbound by the clause\'s words', () => {
    expect(findings('Orders will stay firm at least until the end of the second quarter.', '订单至少在第二季度末之前将保持稳定。')).toEqual([]);
  });

  it('reads a tonnage class as bounding nothing', () => {
    expect(findings('Vessels of up to 3,000 tonnes can use the new berth.', '新泊位可停靠3000吨级船舶。')).toEqual([]);
  });

  it('reads 历时 before days as a length', () => {
    expect(findings('The fair lasted four days.', '展会历时四日。')).toEqual([]);
    expect(findings('The fair lasted four days.', '展会历时六日。')).toEqual([expect.stringMatching(/^error .*differ/)]);
  });

  it('keeps a larger unit after a comma out of the length before', () => {
    expect(findings('The trip now takes about 40 hours, half a day less than before.', '行程现需约40小时，比以前少半天。')).toEqual([]);
  });
});

describe('破 before a figure, a level broken through', () => {
  it('agrees with a level topped', () => {
    expect(align('Posted 15 June 2024\n\nThe film tops 2 billion yuan at the box office.\n\n该片票房破20亿元。\n', { entities: false }).findings
      .filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('is no bound where it ends another word (打破, broke)', () => {
    expect(findings('The team broke 4 records.', '该队打破4项纪录。')).toEqual([]);
  });
});
