import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const numberFindings = (en: string, zh: string): string[] =>
  align(`${en}\n\n${zh}\n`, { entities: false }).findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('the numbers of a date or a length of time', () => {
  it.each([
    // 12 is the month of 12月底 and of December; 21 the first of the last ten days of a month.
    ['Cloud revenue grew 31% to 9.4 billion yuan by the end of December.', '云业务收入增长13%至94亿元，截至12月底。'],
    ['Exports rose 21% in the month to 41.2 billion dollars, the bureau said at the end of May.', '海关5月底表示，当月出口增长12%至412亿美元。'],
    ['Fares went up 15% on March 15.', '3月15日，票价上涨了5%。'],
    ['Output grew 3 times in the three years to 2024.', '截至2024年的三年里，产量增长了4倍。'],
  ])('vouch for no share or multiple of the other side: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([expect.stringMatching(/^error /)]);
  });

  it.each([
    ['The 12 stalls open on December 12.', '12个摊位将于12月12日开业。'],
    ['Fares went up 15% on March 15.', '3月15日，票价上涨了15%。'],
    ['The park, opened in 2019, drew visitors in 2019 and 2020.', '该公园于2019年开放，2019年和2020年均吸引了游客。'],
    ['The fair runs on the 21st and 22nd.', '博览会于21日和22日举行。'],
  ])('still vouch for counts, years and days: %s', (en, zh) => {
    expect(numberFindings(en, zh)).toEqual([]);
  });
});

describe('the parts of a length of several units', () => {
  it('vouch for no bare number of the other side', () => {
    expect(numberFindings('The winner, 31, finished in 2:31:05.', '31岁的冠军以2小时31分5秒完赛。')).toEqual([]);
    expect(numberFindings('The winner, 31, finished in 2:31:05.', '33岁的冠军以2小时31分5秒完赛。')).toEqual([expect.stringMatching(/^error .*"31".*"33".*differ/)]);
  });
});
