import { describe, expect, it } from 'vitest';
import { facts, type Row } from './helpers.js';
import { align } from '../../../src/index.js';

const YEAR = { referenceYear: 2026 };

describe('two seasons in a row joined by `and`, `to` or a dash', () => {
  it.each<[string, Row[]]>([
    ['Demand peaks in autumn and winter.', [['date', 'autumn and winter', '2026-09/2027-02']]],
    ['Rain fell through spring and summer.', [['date', 'spring and summer', '2026-03/2026-08']]],
    ['Output fell during the autumn and winter of 2025.', [['date', 'autumn and winter of 2025', '2025-09/2026-02']]],
    ['Prices rose in summer and winter.', [['date', 'summer', '2026-06/2026-08'], ['date', 'winter', '2026-12/2027-02']]],
  ])('%s', (text, rows) => {
    expect(facts(text, YEAR)).toEqual(rows);
  });

  it('meets 秋冬季 on the Chinese side with no finding', () => {
    const result = align('Demand for heating peaks in autumn and winter.\n\n秋冬季取暖需求达到高峰。\n', { entities: false, referenceYear: 2026 });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a level by its number and a bound after it', () => {
  it.each<[string, Row[]]>([
    ['Applicants need Level 5 or above.', [['ordinal', '5 or above', 5, { approx: true, bound: 'over' }]]],
    ['Pupils at Grade 3 and below ride free.', [['ordinal', '3 and below', 3, { approx: true, bound: 'under' }]]],
    ['She finished 4th or higher in every race.', [['ordinal', '4th', 4]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });

  it('meets 五级及以上 on the Chinese side with no finding', () => {
    const result = align('Applicants need Level 5 or above in the test.\n\n申请者须达到考试五级及以上。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('`hand over` before a number', () => {
  it.each<[string, Row[]]>([
    ['The maker handed over 420 jets.', [['number', '420', 420]]],
    ['The maker hands over 35 jets a month.', [['number', '35', 35]]],
    ['The trip took over 3 hours.', [['duration', '3 hours', 'PT3H']]],
    ['The firm shipped over 420 jets.', [['number', 'over 420', 420, { approx: true, bound: 'over' }]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });
});

describe('a month in capitals before another it is listed with', () => {
  it.each<[string, Row[]]>([
    ['Water use is capped for May and June combined.', [['date', 'May', '2026-05'], ['date', 'June', '2026-06']]],
    ['Theresa May and her aides met.', []],
  ])('%s', (text, rows) => {
    expect(facts(text, YEAR).filter((r) => r[0] === 'date')).toEqual(rows);
  });
});

describe('a level by a Roman numeral of one character in Chinese', () => {
  it('meets the English level with no finding', () => {
    const result = align('The commission launched a Level IV drought response for Henan and Shandong.\n\n委员会针对河南、山东两省启动干旱防御Ⅳ级应急响应。\n', { entities: false });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a ceiling set by `limit … to`', () => {
  it.each<[string, Row[]]>([
    ['The rule limits each visit to 30 minutes.', [['duration', '30 minutes', 'PT30M', { approx: true, bound: 'under' }]]],
    ["A cap limits local players' pay to $2mn and foreign players' to $4mn.", [
      ['money', '$2mn', 2000000, { unit: 'USD', approx: true, bound: 'under' }], ['money', '$4mn', 4000000, { unit: 'USD', approx: true, bound: 'under' }]]],
    ['They limited damage and went to 5 stores.', [['number', '5', 5]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });
});

describe('a score is two numbers, no range', () => {
  it.each<[string, Row[]]>([
    ['She dropped the opening game 9-11 before winning 11-6, 11-8.', [['number', '9', 9], ['number', '11', 11], ['number', '11', 11], ['number', '6', 6], ['number', '11', 11], ['number', '8', 8]]],
    ['Lin beat Ortiz 4-2 in the final.', [['number', '4', 4], ['number', '2', 2]]],
    ['Each side won 3-5 games.', [['number', '3-5', 3, { max: 5 }]]],
    ['Children aged 9-11 may enter.', [['number', '9-11', 9, { max: 11 }]]],
  ])('%s', (text, rows) => {
    expect(facts(text)).toEqual(rows);
  });
});
