import { describe, expect, it } from 'vitest';
import { align, extractCandidates, split } from '../../src/index.js';
import { told, toldPair } from '../helpers.js';
import { datelineDate } from '../../src/pipeline/dateline.js';

const warnings = (text: string, rule?: string) => told(text, rule, {});
const pair = (en: string, zh: string, rule?: string) => toldPair(en, zh, rule, {});
const names = (text: string, lang: 'en' | 'zh') => align(lang === 'en' ? `${text}\n\n你好。\n` : `Hello there.\n\n${text}\n`).facts
  .filter((f) => f.kind === 'entity' && f.lang === lang).map((f) => `${f.type}:${f.raw}`);

describe('the page\'s date', () => {
  it('is a day in the head over a month a title names', () => {
    const blocks = split('Port throughput figures for March 2025\n\nStatement | Marine Department | Thursday, April 17, 2025\n\nText.\n');
    expect(datelineDate(blocks)).toEqual({ year: 2025, month: 4, day: 17 });
    expect(datelineDate(split('Port throughput figures for March 2025\n\nText of the statement follows.\n'))).toEqual({ year: 2025, month: 3 });
  });

  it('dates a day written without its year and its weekday', () => {
    const page = (zhDay: string) => warnings(`Port figures for March 2025\n\nStatement | Thursday, April 17, 2025\n\n`
      + 'Throughput fell 2.1 percent in March 2025, the department said today (April 17, Thursday).\n\n'
      + `海事处今日（四月十七日，${zhDay}）表示，2025年3月吞吐量较2024年同月下跌2.1%。\n`, 'date-mismatch');
    expect(page('星期四')).toEqual([]);
    expect(page('星期二')).toEqual([expect.stringContaining('weekday differs')]);
  });
});

describe('page furniture', () => {
  it('reads a holder before 版权所有 as a copyright line', () => {
    const text = 'Ferry timetable changes from May\n\n渡轮班次五月起调整\n\nFerries to the outlying islands will run every 20 minutes from May 1.\n\n'
      + '离岛渡轮将由5月1日起每20分钟一班。\n\nCopyright © Harbour Post. Reproduction without permission is prohibited. 海港报版权所有，未经授权不得转载。\n';
    expect(warnings(text, 'missing-translation')).toEqual([]);
  });

  it('reads a press office named in lower-case words as a contact\'s name', () => {
    const text = 'Trade fair opens with 3,000 exhibitors\n\nThe fair opened on Monday with 3,000 exhibitors.\n\n'
      + 'Press contact: Expo Bureau media office, +86 21 5555 0101, press@expo.example.org\n\n交易会开幕 参展商3000家\n\n交易会周一开幕，参展商达3000家。\n';
    expect(warnings(text, 'missing-translation')).toEqual([]);
  });
});

describe('bodies and places', () => {
  it('reads a foreign city before a dotted name as the city (`布达佩斯李斯特·费伦茨国际机场`)', () => {
    expect(names('新航线将连接重庆与布达佩斯李斯特·费伦茨国际机场。', 'zh')).toContain('place:布达佩斯');
    expect(names('维多利亚·贝克汉姆出席活动。', 'zh')).toEqual(['person:维多利亚·贝克汉姆']);
  });

  it('reads districts listed before the 区 they share (`宝安、龙华两区`), though bare they are parts of other words', () => {
    expect(names('暴雨期间，福田、龙华两区多处水浸。', 'zh')).toEqual(['place:福田', 'place:龙华']);
    expect(names('龙华寺游人如织。', 'zh')).toEqual([]);
    expect(pair('Streets in Futian and Longgang districts flooded.', '暴雨期间，福田、龙华两区多处水浸。', 'entity-mismatch')).toHaveLength(1);
  });

  it('reads a head word before the place a body serves as one name (`Airport Authority Hong Kong`)', () => {
    expect(names('Airport Authority Hong Kong said cargo rose.', 'en')).toEqual(['org:Airport Authority Hong Kong']);
  });

  it('tells two bodies of one kind named by two cities', () => {
    expect(pair('Wuhan Metro Group said ridership hit a record.', '长沙地铁集团表示客流创新高。', 'entity-mismatch')).toHaveLength(1);
    expect(pair('Wuhan Metro Group said ridership hit a record.', '武汉地铁集团表示客流创新高。')).toEqual([]);
  });
});

describe('a weekday an `until` opens', () => {
  it('takes the tense of the clause its verb stands in', () => {
    const days = (text: string) => extractCandidates(text, 'zh', { referenceDate: '2025-07-15' }).filter((c) => c.kind === 'date').map((c) => c.value);
    expect(days('气象台表示，至少到周五，气温仍将维持在36℃以上。')).toEqual(['2025-07-18']);
    expect(days('到周五，气温已经回落。')).toEqual(['2025-07-11']);
  });
});
