import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';

/** Date findings above info of a pair written on Monday 2 June 2025. */
const alarms = (en: string, zh: string) => align(`${en}\n\n${zh}\n`, { entities: false, referenceDate: '2025-06-02' }).findings
  .filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);

describe('dates both sides tell alike', () => {
  it.each([
    // a weekday alone on each side, whichever way each side's tense placed it
    ['The squad flew in on Tuesday and will train until the final.', '球队周二飞抵，将一直训练到决赛。'],
    ['Fans queued for taxis after Sunday\'s final.', '周日决赛后，球迷排队等候的士。'],
    // a bounded wait before a time is a length, not the time
    ['The wait is usually under 20 minutes before 11 a.m.', '上午11点前通常排队不到20分钟。'],
    // 两月 is two months, not February
    ['Prices have fallen for the past two months.', '过去两月楼价持续下跌。'],
    // a range of years told as its two years
    ['Four more kilns were found in 2018 and 2019.', '2018年和2019年又发现了四座窑址。'],
  ])('%s', (en, zh) => {
    expect(alarms(en, zh)).toEqual([]);
  });

  it.each([
    ['The squad flew in on Tuesday.', '球队周三飞抵。'],
    ['The squad flew in last Tuesday.', '球队下周二飞抵。'],
    ['Four more kilns were found in 2018 and 2020.', '2018年和2019年又发现了四座窑址。'],
  ])('%s against %s is still told', (en, zh) => {
    expect(alarms(en, zh).length).toBeGreaterThan(0);
  });
});
