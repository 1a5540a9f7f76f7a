import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const dated = (en: string, zh: string, rule: string) => findings(`Posted 2025-06-18\n\n${en}`, zh, rule);

describe('a calendar week', () => {
  it('is told from a month of other days', () => {
    expect(dated('The ferry company said last month that fares would rise.', '渡轮公司上周表示，票价将上调。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "last month" \(May 2025\) vs ZH "上周" \(2025-W24\): month differs/)]);
    expect(dated('The ferry company said last week that fares would rise.', '渡轮公司上月表示，票价将上调。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*month differs/)]);
  });

  it('is told from another week', () => {
    expect(dated('The ferry company will raise fares next week.', '渡轮公司本周将上调票价。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*week differs/)]);
  });

  it('meets the same week, the span up to today and a day inside it', () => {
    expect(dated('The ferry company said last week that fares would rise.', '渡轮公司上周表示，票价将上调。', 'date-mismatch')).toEqual([]);
    expect(dated('Over the past week, fares rose twice.', '过去一周，票价两度上调。', 'date-mismatch')).toEqual([]);
    expect(dated('Fares rose this month, the company said last week.', '公司上周表示，本月票价已上调。', 'date-mismatch')).toEqual([]);
  });
});
