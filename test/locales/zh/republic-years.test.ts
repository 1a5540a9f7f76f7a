import { describe, expect, it } from 'vitest';
import { align } from '../../../src/index.js';
import { facts } from './describe-facts.js';

const TAIWAN = { rocYears: true };
const dates = (text: string, context = {}) => facts(text, context).filter((f) => f.startsWith('date '));

describe('years of the Republic of China in a text that counts years so', () => {
  it.each([
    ['新制度預計於118年前上路。', ['date 118年前 2029 under']],
    ['計畫自116年起至120年止。', ['date 自116年起至120年止 2027/2031']],
    ['本市去（113）年觀光人次創新高。', ['date 去（113）年 2024']],
    ['今（2025）年的預算已通過。', ['date 今（2025）年 2025']],
  ])('%s', (text, want) => {
    expect(dates(text, TAIWAN)).toEqual(want);
  });

  it.each([
    '這座廟已有150年歷史。',
    '校園落成110年來首次整修。',
    '這條鐵路長達105年沒有停駛。',
  ])('leaves a length of years a length: %s', (text) => {
    expect(dates(text, TAIWAN)).toEqual([]);
  });

  it('reads three digits before 年 as a count where the text gives no sign of the calendar', () => {
    expect(dates('新制度預計於118年前上路。')).toEqual([]);
  });

  it('knows the calendar from the text: the era name, a bracketed year, a year before its month', () => {
    const findings = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false }).findings.map((f) => `${f.severity} ${f.ruleId}`);
    const en = 'The grant scheme runs from 2027 to 2031. Applications close in 2029.';
    expect(findings(en, '補助計畫自民國116年起至120年止，申請於118年截止。')).toEqual([]);
    expect(findings(en, '補助計畫自民國116年起至120年止，申請於117年截止。')).toContain('error date-mismatch');
  });
});

describe('a start left open, then closed', () => {
  it('自2025年起至2030年 is one range', () => {
    expect(dates('自2025年起至2030年')).toEqual(['date 自2025年起至2030年 2025/2030']);
  });
});
