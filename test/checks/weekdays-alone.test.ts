import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

const dateFindings = (text: string): string[] =>
  align(text, { entities: false }).findings.filter((f) => f.ruleId === 'date-mismatch').map((f) => `${f.severity} ${f.message}`);

describe('weekdays with no dated dateline to resolve them', () => {
  it.each([
    ['The board will vote on the merger on Friday.', '董事会将于周四就合并案进行表决。'],
    ['Talks resume this Monday.', '谈判于本周二恢复。'],
    ['The ferry sank on Sunday.', '渡轮于星期六沉没。'],
    // a week named off a day the text does not give: the weekdays alone, which differ
    ['The board voted last Friday.', '董事会上周四进行了表决。'],
  ])('tell a weekday slip: %s', (en, zh) => {
    expect(dateFindings(`${en}\n\n${zh}\n`)).toEqual([expect.stringMatching(/^error .*weekday differs/)]);
    // a dateline with no year resolves nothing either
    expect(dateFindings(`SHANGHAI, June 3 (Reuters) -\n\n${en}\n\n${zh}\n`)).toEqual([expect.stringMatching(/^error .*weekday differs/)]);
  });

  it.each([
    ['The board will vote on the merger on Friday.', '董事会将于周五就合并案进行表决。'],
    ['The ferry sank on Sunday.', '渡轮于礼拜天沉没。'],
    // a week named off a day the text does not give: the weekdays alone, which agree
    ['The board voted last Friday.', '董事会上周五进行了表决。'],
  ])('find nothing wrong with %s', (en, zh) => {
    expect(dateFindings(`${en}\n\n${zh}\n`)).toEqual([]);
  });
});

describe('days that recur', () => {
  it.each([
    ['The shop is shut every Monday.', '该店每周二休息。'],
    ['The night market opens on Fridays.', '夜市逢周六开放。'],
    ['Lessons are held each Thursday.', '课程于每个星期三举行。'],
  ])('tell a weekday slip: %s', (en, zh) => {
    expect(dateFindings(`${en}\n\n${zh}\n`)).toEqual([expect.stringMatching(/^error .*weekday differs/)]);
    // a dated dateline gives a recurring day no date
    expect(dateFindings(`SHANGHAI, June 3, 2024 -\n\n上海2024年6月3日电\n\n${en}\n\n${zh}\n`)).toEqual([expect.stringMatching(/^error .*weekday differs/)]);
  });

  it.each([
    ['The shop is shut every Monday.', '该店每周一休息。'],
    ['The night market opens on Fridays.', '夜市逢周五开放。'],
    ['Lessons are held each Thursday and Saturday.', '课程于每周四和周六举行。'],
    // counts a week, no day: 每周三天 is three days a week
    ['Volunteers train three days a week and meet twice.', '志愿者每周三天训练，每周两次聚会。'],
  ])('find nothing wrong with %s', (en, zh) => {
    expect(dateFindings(`${en}\n\n${zh}\n`)).toEqual([]);
    expect(dateFindings(`SHANGHAI, June 3, 2024 -\n\n上海2024年6月3日电\n\n${en}\n\n${zh}\n`)).toEqual([]);
  });
});

describe('a weekday that fits a day only a year away', () => {
  const page = (en: string, zh: string) => `HONG KONG, July 20, 2023 -\n\n香港2023年7月20日电\n\n${en}\n\n${zh}\n`;

  it('is a slip of the weekday, told on the day the piece gives, not another year', () => {
    // 28 July 2023 is a Friday; 28 July 2022 was a Thursday
    expect(dateFindings(page('The sale starts on Thursday, July 27.', '开售日期为7月28日（星期四）。'))).toEqual([
      expect.stringMatching(/^error .*\(27 July 2023\).*\(28 July 2023\): day differs$/),
    ]);
    expect(dateFindings(page('The sale starts on Friday, July 28.', '开售日期为7月28日（星期四）。'))).toEqual([
      expect.stringMatching(/^error .*\(28 July 2023\).*\(28 July 2023\): weekday differs$/),
    ]);
  });
});

describe('a weekday one side names with a day both sides agree on', () => {
  const page = (en: string, zh: string) => `TAIPEI, July 24, 2024 -\n\n臺北2024年7月24日電\n\n${en}\n\n${zh}\n`;
  const warnings = (text: string) => dateFindings(text).filter((f) => f.startsWith('warning'));

  it.each([
    ['Offices close on Friday (July 25).', '各機關7月25日停止上班。', /EN "Friday \(July 25\)".*25 July 2024 is a Thursday, not a Friday/],
    ['Offices close on July 25.', '各機關7月25日（星期五）停止上班。', /ZH "7月25日（星期五）".*25 July 2024 is a Thursday, not a Friday/],
  ])('is told when it is not that day\'s weekday: %s', (en, zh, message) => {
    expect(warnings(page(en, zh))).toEqual([expect.stringMatching(message)]);
  });

  it.each([
    ['Offices close on Thursday (July 25).', '各機關7月25日停止上班。'],
    ['Offices close on July 25.', '各機關7月25日（星期四）停止上班。'],
  ])('is not told when it is: %s', (en, zh) => {
    expect(warnings(page(en, zh))).toEqual([]);
  });

  it('is not weighed without a year to read the day in', () => {
    expect(warnings('Offices close on Friday (July 25).\n\n各機關7月25日停止上班。\n')).toEqual([]);
  });
});

describe('two single days of one pair', () => {
  it('are weighed against each other before a year the other side names too takes one of them', () => {
    const text = 'The 2027 Harbour Run will be held on March 14, 2027.\n\n2027海港跑将于2027年3月7日举行。\n';
    expect(dateFindings(text)).toEqual([expect.stringMatching(/^error .*"March 14, 2027".*"2027年3月7日".*day differs$/)]);
    expect(dateFindings('The 2027 Harbour Run will be held on March 7, 2027.\n\n2027海港跑将于2027年3月7日举行。\n')).toEqual([]);
  });
});

describe('a weekday written as a numeral alone in brackets after a day, as Taiwan pages write it', () => {
  const page = (en: string, zh: string) => `TAIPEI, Feb. 3, 2026 -\n\n臺北2026年2月3日電\n\n${en}\n\n${zh}\n`;

  it('is that day\'s weekday, weighed against the other side\'s', () => {
    expect(dateFindings(page('The office reopens on Thu., Feb. 12.', '辦公室2月12日（五）恢復上班。'))).toEqual([expect.stringMatching(/^error .*weekday differs$/)]);
    expect(dateFindings(page('The office reopens on Thu., Feb. 12.', '辦公室2月12日（四）恢復上班。'))).toEqual([]);
  });

  it('is no weekday after anything but a day', () => {
    expect(align('第三條（一）適用於全體員工。\n', { entities: false }).facts.filter((f) => f.kind === 'date')).toEqual([]);
  });
});

describe('a weekday a change starts from, placed in another week by each side\'s tense', () => {
  const page = (en: string, zh: string) => `Posted 15 June 2024\n\n${en}\n\n${zh}\n`;

  it.each([
    ['The ferry will run every 20 minutes from Monday.', '渡轮自周一起每20分钟一班。'],
    ['The ferry will run every 20 minutes from Monday.', '渡轮从星期一开始每20分钟一班。'],
  ])('is one day: %s', (en, zh) => {
    expect(dateFindings(page(en, zh))).toEqual([]);
  });

  it('tells another weekday', () => {
    expect(dateFindings(page('The ferry will run every 20 minutes from Monday.', '渡轮自周二起每20分钟一班。')))
      .toEqual([expect.stringMatching(/^error /)]);
  });
});

describe('a list of weekdays', () => {
  const page = (en: string, zh: string) => `TAIPEI, March 4, 2025 -\n\n台北2025年3月4日电\n\n${en}\n\n${zh}\n`;

  it('names each day, not a weekday before a date', () => {
    expect(dateFindings(page('The pool stays open until 10 pm on Friday, Saturday and the eve of public holidays.',
      '泳池逢週五、週六及公眾假期前夕開放至晚上10時。'))).toEqual([]);
    expect(dateFindings(page('The market opens on Tuesday, Thursday and Sunday.', '市集逢週二、週四及週日開放。'))).toEqual([]);
  });

  it('still tells a day of the list that differs', () => {
    expect(dateFindings(page('The market opens on Tuesday, Thursday and Sunday.', '市集逢週二、週五及週日開放。')))
      .toEqual([expect.stringMatching(/^error .*weekday differs/)]);
  });

  it('still reads a weekday before its day of the month', () => {
    expect(dateFindings(page('The vote is on Friday, the 7th.', '表决于7日（星期五）举行。'))).toEqual([]);
    expect(dateFindings(page('The vote is on Friday, the 7th.', '表决于8日（星期五）举行。'))).toEqual([expect.stringMatching(/^error .*day differs/)]);
  });
});

describe('the hours of a range of days', () => {
  const page = (en: string, zh: string) => `GUANGZHOU, April 2, 2025 -\n\n广州2025年4月2日电\n\n${en}\n\n${zh}\n`;

  it('are the days\' hours, read apart from the last day', () => {
    expect(dateFindings(page('The expo runs from 10 am to 5 pm on April 18 and 19 at the convention centre.',
      '博览会于4月18日至19日上午10点至下午5点在会展中心举行。'))).toEqual([]);
  });

  it('still tell an hour that differs', () => {
    expect(dateFindings(page('The expo runs from 10 am to 5 pm on April 18 and 19 at the convention centre.',
      '博览会于4月18日至19日上午10点至下午6点在会展中心举行。'))).toEqual([expect.stringMatching(/^error .*hour differs/)]);
  });

  it('leave a time that ends the range of days on the last day', () => {
    expect(dateFindings(page('Registration is open from April 18 until 9 am on April 19.', '报名时间为4月18日至19日上午9点。'))).toEqual([]);
  });
});

describe('a bare weekday after an infinitive, in a page dated on a Tuesday', () => {
  const page = (en: string, zh: string) => `Tue, Mar 3, 2026\n\n${en}\n\n${zh}\n`;

  it.each([
    ['Free dental checks to start Thursday', '免費牙科檢查本週四起展開'],
    ['The dental scheme is to begin on Thursday, the bureau said.', '局方表示，牙科計劃將於本週四開始。'],
    ['The publicly funded dental scheme is to begin on Thursday, the bureau said.', '局方表示，公費牙科計劃將於本週四開始。'],
  ])('is the day ahead: %s', (en, zh) => {
    expect(dateFindings(page(en, zh)).filter((f) => !f.startsWith('info'))).toEqual([]);
  });

  it('is the day before where the clause is in the past', () => {
    expect(dateFindings(page('The clinic went to the district on Thursday.', '診所上週四到訪該區。')).filter((f) => !f.startsWith('info'))).toEqual([]);
  });
});
