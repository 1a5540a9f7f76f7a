import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = 'Posted 2024-06-27') => align(`${dateline}\n\n${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const facts = (text: string, kind: string) => align(text).facts.filter((f) => f.kind === kind).map((f) => `${f.raw} ${String(f.value)}`);

describe('a Macao name, its given name\'s syllables apart', () => {
  it('is the Chinese name its syllables spell in Cantonese', () => {
    expect(alarms('Chairwoman Lo Iok Kam said the fund would grow 12 percent.', '主席盧玉琴表示，基金將增長12%。', 'entity-mismatch')).toEqual([]);
    expect(alarms('Chairman Ma Kin Hang said the fund would grow 12 percent.', '主席馬建恆表示，基金將增長12%。', 'entity-mismatch')).toEqual([]);
  });

  it('not a Chinese name of another surname', () => {
    expect(alarms('Chairwoman Lo Iok Kam said the fund would grow 12 percent.', '主席何玉琴表示，基金將增長12%。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "Lo Iok Kam" .* vs ZH "何玉琴" .*different persons/)]);
  });
});

describe('a year before `level`', () => {
  it('is a year, no count (`the 2019 level`, `2019 levels`)', () => {
    expect(facts('Visitors reached 81 percent of the 2019 level.\n', 'date')).toEqual(['2019 2019']);
    expect(facts('Flights are back to 2018 levels.\n', 'date')).toEqual(['2018 2018']);
  });

  it('stands against the Chinese year, no change from the year before', () => {
    expect(alarms('Traffic was up 40 percent from the previous year and 81 percent of the 2019 level.', '客運量按年增長40%，約為2019年水平的81%。', 'date-mismatch')).toEqual([]);
  });
});

describe('a university\'s branch campus', () => {
  it('is one body, its place and 分校 read with it', () => {
    const orgs = extractEntities('加州大学洛杉矶分校的学者指出', 'zh').filter((e) => e.type === 'org').map((e) => String(e.value));
    expect(orgs).toEqual(['angeles california los university']);
  });

  it('the English name of the campus is that body', () => {
    expect(alarms('Scholars at the University of California, Los Angeles said 14 sites were surveyed.', '加州大学洛杉矶分校的学者指出，共调查了14处遗址。', 'entity-mismatch')).toEqual([]);
  });
});

describe('前天 and 后天 whose 前 or 后 closes a word before them', () => {
  it('are no days (目前天府, 之后天气)', () => {
    expect(facts('发布：2024-06-27\n\n目前天府新区已通地铁，之后天气转晴。\n', 'date').filter((f) => !f.startsWith('2024'))).toEqual([]);
  });

  it('alone they are', () => {
    expect(facts('发布：2024-06-27\n\n他前天抵达，后天离开。\n', 'date').filter((f) => !f.startsWith('2024'))).toEqual(['前天 2024-06-25', '后天 2024-06-29']);
  });
});

describe('近 and a count of years after a verb of putting off', () => {
  it('is a length (`延宕近两年`), weighed against the English length', () => {
    expect(facts('发布：2024-06-27\n\n新桥工程延宕近两年。\n', 'duration')).toEqual(['近两年 P2Y']);
    expect(alarms('The new bridge was delayed by nearly four years.', '新桥工程延宕近两年。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "four years" .* vs ZH "近两年" .*differ/)]);
  });

  it('not 近 opening a span up to now', () => {
    expect(facts('发布：2024-06-27\n\n近两年来客流下降。\n', 'date').filter((f) => !f.startsWith('2024'))).toEqual(['近两年 2022-06-27/2024-06-27']);
  });
});

describe('a length of months against a month named', () => {
  it('is not vouched for by the month\'s number (`6个月` is no `end of June`)', () => {
    expect(alarms('At the end of June, stocks covered about eight months of demand.', '6月底库存约可满足6个月的需求。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "eight months" .* vs ZH "6个月" .*differ/)]);
  });

  it('a date counted from a length still vouches for the length (`18个月前`)', () => {
    expect(alarms('The theatre will move by 2029, 18 months after losing its grant.', '该剧院将于2029年前搬迁。18个月前，它失去了资助。', 'number-mismatch')).toEqual([]);
  });
});

describe('a round count of centuries after a word of length', () => {
  it('is a length, no year (`跨越约1000年`)', () => {
    expect(facts('这些绘制时间跨越约1000年的壁画已褪色。\n', 'duration')).toEqual(['约1000年 P1000Y']);
    expect(facts('这些绘制时间跨越约1000年的壁画已褪色。\n', 'date')).toEqual([]);
  });

  it('a year after 约 alone, or a recent round year after a bound, stays a year', () => {
    expect(facts('约1500年，瘟疫爆发。\n', 'date')).toEqual(['1500年 1500']);
    expect(facts('房价回落至近2000年的水平。\n', 'date')).toEqual(['2000年 2000']);
  });
});

describe('`one` said in English', () => {
  it('is a count against another length in words (`within one year` against `两年内`)', () => {
    expect(alarms('The loan will be repaid within one year.', '贷款将在两年内偿还。', 'number-mismatch', 'Loans'))
      .toEqual([expect.stringMatching(/^error EN "one year" .* vs ZH "两年" .*differ/)]);
  });

  it('nor `a` alone, a count only as a length of one unit (see lengths-of-one-and-multiples)', () => {
    expect(alarms('The loan was one of a dozen approved.', '这笔贷款是获批的十二笔之一。', 'number-mismatch', 'Loans')).toEqual([]);
  });
});
