import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const findings = (en: string, zh: string, entities = false) => align(`${en}\n\n${zh}\n`, { entities }).findings
  .filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);
const page = (text: string) => align(text).findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.ruleId} ${f.message}`);

describe('a cap or a floor as notices write it', () => {
  it('keeps the bound: 上限各为, 下限为, 限制在', () => {
    expect(findings('Each side pays at most HK$2,400 a month.', '双方供款上限各为每月2,400港元。')).toEqual([]);
    expect(findings('Entry stays capped at 25,000 a day.', '每日入场人数仍限制在2.5万人次。')).toEqual([]);
    expect(findings('The base is at least 4,200 yuan.', '缴费基数下限为4200元。')).toEqual([]);
    // a cap kept or set at the value, the period between
    expect(findings('The payroll cap stays at NT$30 million per club per season.', '各球團薪資上限維持每季3,000萬元。')).toEqual([]);
    expect(findings('The floor on the rate was set at 2.5%.', '利率下限定为2.5%。')).toEqual([]);
  });

  it('still tells another value', () => {
    expect(findings('Entry stays capped at 25,000 a day.', '每日入场人数仍限制在3万人次。'))
      .toEqual([expect.stringMatching(/^error number-mismatch .*differ/)]);
  });
});

describe('a length within', () => {
  it('is loose wording against less than, within and in', () => {
    expect(findings('Most claims are settled in less than 14 days.', '大多数理赔会在14天内办结。')).toEqual([]);
    expect(findings('The gauge logged 310 mm of rain in 6 hours.', '雨量计6小时内录得310毫米雨量。')).toEqual([]);
  });

  it('still tells another length', () => {
    expect(findings('Most claims are settled in less than 14 days.', '大多数理赔会在10天内办结。'))
      .toEqual([expect.stringMatching(/^error number-mismatch .*differ/)]);
  });
});

describe('a round figure reached', () => {
  it('is one the Chinese breaks through', () => {
    expect(findings('The reading app reaches 20 million users.', '阅读应用用户突破2000万。')).toEqual([]);
    expect(findings('The festival hits 300 events.', '艺术节活动突破300场。')).toEqual([]);
    // a figure first reached, as the Chinese says 首破
    expect(findings('The terminal handled 30 million passengers for the first time last year.', '该航站楼去年旅客吞吐量首破3000万人次。')).toEqual([]);
  });

  it('still tells a figure that is not round, or no verb of reaching', () => {
    expect(findings('The reading app reaches 23.4 million users.', '阅读应用用户突破2340万。'))
      .toEqual([expect.stringMatching(/^warning number-mismatch .*lower bound/)]);
    expect(findings('The reading app has 20 million users.', '阅读应用用户突破2000万。'))
      .toEqual([expect.stringMatching(/^warning number-mismatch .*lower bound/)]);
  });
});

describe('others beside the ones named', () => {
  it('meet the count of all after 等', () => {
    expect(findings('The tax bureau and three other agencies issued the rules.', '税务局等四部门发布了规定。')).toEqual([]);
    // 等 closing the list in the clause before the count
    expect(findings('The tax bureau, with the customs office and two other agencies, issued the rules.', '税务局会同海关等部门，四部门联合发布了规定。')).toEqual([]);
  });

  it('still tell another count without others or 等', () => {
    expect(findings('Three agencies issued the rules.', '四个部门发布了规定。')).toEqual([expect.stringMatching(/^error number-mismatch .*differ/)]);
  });
});

describe('weeks ending on a day', () => {
  it('are the seven days to it on both sides', () => {
    expect(findings('The index rose 0.8 percent in the week to May 9.', '该指数截至5月9日当周上涨0.8%。')).toEqual([]);
    expect(findings('The index rose 0.8 percent in the week ended May 9.', '该指数截至5月9日止一周上涨0.8%。')).toEqual([]);
  });

  it('still differ from the week holding another day', () => {
    expect(findings('The index rose 0.8 percent in the week to May 9.', '该指数截至5月2日当周上涨0.8%。'))
      .toEqual([expect.stringMatching(/^error date-mismatch /)]);
  });
});

describe('the year ahead', () => {
  it('is the coming year and 未来一年', () => {
    expect(findings('Posted 2 March 2025. The levy will add £1.2 billion to costs in the coming year.', '2025年3月2日发布。该税将使未来一年的成本增加12亿英镑。')).toEqual([]);
  });
});

describe('labels and files a page offers', () => {
  it('are no paragraphs left untranslated', () => {
    const text = [
      'Rates rise 3% from July', '', 'The bureau said rates would rise 3% from July 1.', '',
      '中文译文如下：', '', '该局表示，费率将从7月1日起上调3%。', '',
      'Download 下载: 2026年费率表.xlsx (88 KB)', '',
    ].join('\n');
    expect(page(text)).toEqual([]);
  });

  it('still tell a paragraph left untranslated', () => {
    const text = ['The bureau said rates would rise 3% from July 1.', '', '该局表示，费率将从7月1日起上调3%。', '', '该局同时公布了新的缴费办法，涉及多个行业的雇主和雇员。', ''].join('\n');
    expect(page(text)).toEqual([expect.stringMatching(/missing-translation/)]);
  });
});

describe('a page of one dollar', () => {
  it('writes bare $ as 元 throughout', () => {
    const text = [
      'The cap rises from $5,200 to $5,800 a month.', '', '上限由每月5200元提高到5800元。', '',
      'A worker earning $4,000 pays $400.', '', '月入4000元的雇员缴交400元。', '',
    ].join('\n');
    expect(page(text)).toEqual([]);
  });

  it('tells 元 for $ on a page that names the yuan or the US dollar elsewhere', () => {
    const text = [
      'Exports rose to 3.1 billion yuan.', '', '出口增至31亿元。', '',
      'A buyer paid $4,000 and $400 in fees.', '', '买家支付了4000元及400元费用。', '',
    ].join('\n');
    expect(page(text)).toEqual([expect.stringMatching(/currency differs/), expect.stringMatching(/currency differs/)]);
  });
});

describe('shares in 成 on both ends of a range', () => {
  it('are the range', () => {
    expect(findings('The scheme would cut waste by 30 to 40 percent.', '该计划将减少垃圾三成至四成。')).toEqual([]);
    expect(findings('The scheme would cut waste by 30 to 40 percent.', '该计划将减少垃圾三成至五成。')).toEqual([expect.stringMatching(/^error number-mismatch .*differ/)]);
  });
});

describe('a value the English beats or misses', () => {
  it('is the target the Chinese exceeds or falls short of', () => {
    expect(findings('Its reuse rate reached 47 percent, beating the 45 percent target set by the city.', '其再利用率达到47%，超过该市设定的45%的目标。')).toEqual([]);
  });
});

describe('two approximate values of a thousand or more', () => {
  it('may round to one digit', () => {
    expect(findings('Crowds averaged roughly 6,950 a night.', '每晚观众约7000人。')).toEqual([]);
  });

  it('still differ further apart, or against an exact value', () => {
    expect(findings('Crowds averaged roughly 6,950 a night.', '每晚观众约8000人。')).toEqual([expect.stringMatching(/^error number-mismatch .*differ/)]);
    expect(findings('Crowds averaged 6,950 a night.', '每晚观众约7000人。')).toEqual([expect.stringMatching(/^error number-mismatch .*differ/)]);
  });
});

describe('a word-list entry with a note in brackets', () => {
  it('is page furniture', () => {
    const text = [
      'Riders climbed 2,100 metres on Friday.', '', '车手们周五爬升了2100米。', '',
      'Vocabulary 词汇', 'time trial 计时赛（车手逐一出发、按用时排名的赛段）', 'peloton 主车群', '',
    ].join('\n');
    expect(page(text)).toEqual([]);
  });

  it('is page furniture with two words of its Chinese apart by a slash', () => {
    const text = [
      'Riders climbed 2,100 metres on Friday.', '', '车手们周五爬升了2100米。', '',
      'Vocabulary 词汇', 'stage 赛段／分站（多日赛中的一天，「赛段」较常用）', 'peloton 主车群', '',
    ].join('\n');
    expect(page(text)).toEqual([]);
  });
});

describe('a list of days of one month', () => {
  it('is each day on both sides, not a range of the first two or the last two', () => {
    expect(findings('Night markets open on 5, 12, 19 and 26 October.', '夜市于10月5日、12日、19日、26日开放。')).toEqual([]);
    expect(findings('Night markets open on 5, 12, 19 and 27 October.', '夜市于10月5日、12日、19日、26日开放。'))
      .toEqual([expect.stringMatching(/^error date-mismatch EN "27 October" .* vs ZH "26日" .*day differs/)]);
  });

  it('of two days stays the span both sides read', () => {
    expect(findings('The talks are on 10 and 11 January.', '会谈于1月10日和11日举行。')).toEqual([]);
  });
});

describe('a rise up to a level', () => {
  it('bounds nothing', () => {
    expect(findings('The jobless rate edged up to 3.1 percent.', '失业率小幅上升至3.1%。')).toEqual([]);
    expect(findings('The two allowances add up to NT$24,000 a year.', '兩項津貼合共每年新台幣24,000元。')).toEqual([]);
    expect(findings('Payouts of up to 3.1 percent are allowed.', '允许派息3.1%。')).toEqual([expect.stringMatching(/^warning number-mismatch .*upper bound/)]);
  });
});

describe('the most a change may reach', () => {
  it('is an upper bound before a verb of two characters', () => {
    expect(findings('Costs could fall by up to 25 percent.', '成本最多可降低25%。')).toEqual([]);
    expect(findings('Costs could fall by at least 25 percent.', '成本最多可降低25%。'))
      .toEqual([expect.stringMatching(/^warning number-mismatch .*opposite directions/)]);
  });
});

describe('a quiz question over its options', () => {
  const text = (question: string) => [
    'The fair drew 3,000 firms.', '', '展会吸引了3000家企业。', '',
    'Quiz 小测验', question, 'A. 2008   B. 2010   C. 2012', 'Answer: B', '',
  ].join('\n');

  it('is study furniture', () => {
    expect(page(text('When was the fair first held?'))).toEqual([]);
  });

  it('leaves a question with no options under it a paragraph', () => {
    expect(page(['The fair drew 3,000 firms.', '', '展会吸引了3000家企业。', '', 'When was the fair first held?', ''].join('\n')))
      .toEqual([expect.stringMatching(/missing-translation|no Chinese/)]);
  });
});
