import { describe, expect, it } from 'vitest';
import { align } from '../../src/index.js';
import type { Block, Finding } from '../../src/types.js';
import { check } from '../../src/pipeline/check.js';
import { extractFacts } from '../../src/pipeline/extract.js';
import { readingContext } from '../../src/pipeline/dateline.js';
import { extractEntities } from '../../src/pipeline/entities.js';
import { LineIndex } from '../../src/pipeline/position.js';
import { periodPhrases, speakingYears } from '../../src/checks/period-phrases.js';

const MISMATCH = ['number-mismatch', 'money-mismatch', 'date-mismatch', 'entity-mismatch'];

/**
 * The warnings and errors of the mismatch rules on a document of paragraph pairs (English, then
 * its Chinese), read with the real extractors; `head` is a line before them (a dateline).
 */
function findings(pairs: [string, string][], head?: string): Finding[] {
  const pieces = [...(head ? [head] : []), ...pairs.flat()];
  const text = pieces.join('\n\n');
  const lines = new LineIndex(text);
  const blocks: Block[] = [];
  let at = 0;
  pieces.forEach((piece, i) => {
    const lang = head && i === 0 ? 'und' : (i - (head ? 1 : 0)) % 2 === 0 ? 'en' : 'zh';
    blocks.push({ id: `b${i + 1}`, index: i, lang, text: piece, ...lines.span(at, at + piece.length) });
    at += piece.length + 2;
  });
  const offset = head ? 1 : 0;
  const pairList = pairs.map((_, k) => ({ id: `p${k + 1}`, en: [`b${offset + 2 * k + 1}`], zh: [`b${offset + 2 * k + 2}`], score: 1 }));
  const facts = extractFacts(blocks, () => lines, readingContext(blocks), (block) =>
    block.lang === 'und' ? [] : extractEntities(block.text, block.lang, {}));
  return check({ blocks, pairs: pairList, facts }).filter((f) => f.severity !== 'info' && MISMATCH.includes(f.ruleId));
}

describe('a rough Chinese amount covers only its own span', () => {
  it.each([
    ['About 680 people attended the hearing.', '500多人出席了听证会。'],
    ['Twenty villages lost power in the storm.', '暴风雨中十几个村庄停电。'],
    ['The fire destroyed 14 houses.', '大火烧毁了十几栋房屋。'],
  ])('%s / %s: an error', (en, zh) => {
    expect(findings([[en, zh]]).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('a bound one side states and the other drops', () => {
  it.each([
    ['Ethnic minorities make up more than 8 percent of the population.', '少数民族占人口的8%。'],
    ['At least 300 people were evacuated from the valley.', '山谷中有300人被疏散。'],
    ['Fewer than 40 schools reopened on Monday.', '周一有40所学校复课。'],
    ['Nearly 700 workers lost their jobs.', '700名工人失去了工作。'],
    ['The fund raised more than $5 million last year.', '该基金去年筹集了500万美元。'],
    ['The hall seats 1,200 people.', '大厅可容纳超过1200人。'],
    ['More than 500 people attended the hearing.', '不到500人出席了听证会。'],
    ['You need to deposit at least NT$1,000.', '至少要开户，存入新台币一千元。'],
  ])('%s / %s: a warning', (en, zh) => {
    const found = findings([[en, zh]]);
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });

  it.each([
    ['Ethnic minorities make up more than 8 percent of the population.', '少数民族占人口的8%以上。'],
    ['Ethnic minorities make up more than 8 percent of the population.', '少数民族占人口的超过8%。'],
    ['About 500 people attended the hearing.', '500人出席了听证会。'],
    ['Some 500 people attended the hearing.', '约500人出席了听证会。'],
    ['A £6 million-plus expansion is planned.', '计划投资600万英镑进行扩建。'],
    ['More than 500 people attended the hearing.', '500多人出席了听证会。'],
    ['Nearly 700 workers lost their jobs.', '近700名工人失去了工作。'],
    ['The hall seats 1,200 people.', '大厅可容纳1200人。'],
    ['You need to deposit at least NT$1,000.', '您至少需要存入新台幣一千元。'],
    ['Each team may send at most 12 players.', '每队最多可以派出12名球员。'],
    ['A dozen villages lost power in the storm.', '暴风雨中十几个村庄停电。'],
    ['Drivers were stuck for up to nine hours.', '司机被困长达9小时。'],
    ['As many as 400 flights were cancelled.', '多达400个航班被取消。'],
    ['About 580 people attended the hearing.', '500多人出席了听证会。'],
    ['The plant employs some 130,000 people.', '该厂雇用了十多万人。'],
  ])('%s / %s: nothing', (en, zh) => {
    expect(findings([[en, zh]])).toEqual([]);
  });
});

describe('a period without digits against a year', () => {
  const DATELINE = 'BEIJING, March 3, 2023';

  it('reads the end of the decade and the middle of the century from the year a text speaks from', () => {
    expect(periodPhrases('Output will double by the end of the decade.', 'en', [2023, 2023])).toMatchObject([{ from: 2029, to: 2030 }]);
    expect(periodPhrases('到本世纪中叶建成', 'zh', [2023, 2023])).toMatchObject([{ from: 2040, to: 2060 }]);
    expect(periodPhrases('by the end of the century', 'en', [2001, 2003])).toMatchObject([{ from: 2099, to: 2100 }]);
    expect(periodPhrases('The decade ended badly.', 'en', [2023, 2023])).toEqual([]);
  });

  it('takes the dateline, else the latest year a text names as past', () => {
    const block = (text: string, lang: 'en' | 'zh' | 'und'): Block => ({ id: 'b', index: 0, lang, text, start: 0, end: text.length, line: 1, column: 1 });
    expect(speakingYears([block('Sales rose 5 percent in 2021, and will double by 2030.', 'en')])).toBeUndefined();
    expect(speakingYears([block('Sales rose 5 percent in 2021. They will double by 2030.', 'en')])).toEqual([2021, 2023]);
    expect(speakingYears([block('No year here.', 'en')])).toBeUndefined();
    // Stops one after another, blanks after a stop, full-width digits and Chinese stops.
    expect(speakingYears([block('Output fell in 2019... Exports?!  They will rise by 2031. Imports rose in 2020', 'en')])).toEqual([2020, 2022]);
    expect(speakingYears([block('２０１８年产量下降。\u3000预计2030年翻番！2017年起', 'zh')])).toEqual([2018, 2020]);
    expect(speakingYears([block('Plans for 2040.2041 was the year.', 'en')])).toEqual([2041, 2043]);
  });

  it.each([
    ['The city plans to double its bus fleet by the end of the decade.', '该市计划到2040年将公交车队规模扩大一倍。'],
    ['Officials expect the line to open later this decade.', '官员们预计这条线路将在2036年之前开通。'],
  ])('%s / %s: a warning', (en, zh) => {
    expect(findings([[en, zh]], DATELINE).map((f) => [f.ruleId, f.severity])).toEqual([['date-mismatch', 'warning']]);
  });

  it('against the Chinese period: a warning', () => {
    const found = findings([['The country aims to become carbon neutral by 2080.', '该国力争在本世纪中叶实现碳中和。']], DATELINE);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['date-mismatch', 'warning']]);
  });

  it.each([
    ['The city plans to double its bus fleet by the end of the decade.', '该市计划到2030年将公交车队规模扩大一倍。'],
    ['The city plans to double its bus fleet by the end of the decade.', '该市计划在本十年末将公交车队规模扩大一倍。'],
    ['The country aims to become carbon neutral by 2050.', '该国力争在本世纪中叶实现碳中和。'],
    ['Ridership doubled in 2040 scenarios, and will grow by the end of the decade.', '在2040年的情景中客流量翻番，并将在十年末继续增长。'],
  ])('%s / %s: nothing', (en, zh) => {
    expect(findings([[en, zh]], DATELINE)).toEqual([]);
  });

  it('without a year to speak from, says nothing', () => {
    expect(findings([['The city plans to double its bus fleet by the end of the decade.', '该市计划到2040年将公交车队规模扩大一倍。']])).toEqual([]);
  });

  it('without a dateline, from the latest year named as past', () => {
    const found = findings([
      ['Bus ridership grew 4 percent in 2021.', '2021年公交客流量增长了4%。'],
      ['The city plans to double its bus fleet by the end of the decade.', '该市计划到2040年将公交车队规模扩大一倍。'],
    ]);
    expect(found.map((f) => [f.ruleId, f.severity, f.pair])).toEqual([['date-mismatch', 'warning', 'p2']]);
  });
});

describe('the other slips real pages show, at error', () => {
  it.each([
    ['10x', 'The new plant cost 3 billion yuan to build.', '新工厂耗资30亿元建成。', '新工厂耗资3亿元建成。'],
    ['transposed digits', 'The company hired 1,250 workers this year.', '该公司今年雇用了1250名工人。', '该公司今年雇用了1520名工人。'],
    ['a wrong ordinal', 'The city ranks fifth among the country’s ports.', '该市在全国港口中排名第五。', '该市在全国港口中排名第四。'],
  ])('%s', (_, en, good, bad) => {
    expect(findings([[en, good]])).toEqual([]);
    expect(findings([[en, bad]]).map((f) => f.severity)).toContain('error');
  });
});

describe('a foreign name put in for another', () => {
  it.each([
    ['German Chancellor Olaf Scholz met the delegation on Tuesday.', '德国总理奥拉夫·默克尔周二会见了代表团。'],
    ['Foreign Minister Sergei Lavrov spoke to reporters.', '外长谢尔盖·佩斯科夫对记者发表了讲话。'],
    ['Spanish Prime Minister Pedro Sánchez chaired the talks.', '西班牙首相佩德罗·特鲁多主持了会谈。'],
  ])('%s / %s: an error', (en, zh) => {
    expect(findings([[en, zh]]).map((f) => [f.ruleId, f.severity])).toEqual([['entity-mismatch', 'error']]);
  });

  it.each([
    ['German Chancellor Olaf Scholz met the delegation on Tuesday.', '德国总理奥拉夫·肖尔茨周二会见了代表团。'],
    ['Foreign Minister Sergei Lavrov spoke to reporters.', '外长谢尔盖·拉夫罗夫对记者发表了讲话。'],
    ['Spanish Prime Minister Pedro Sánchez chaired the talks.', '西班牙首相佩德罗·桑切斯主持了会谈。'],
    ['Former Australian prime minister Paul Keating spoke first.', '澳大利亚前总理保罗·基廷首先发言。'],
  ])('%s / %s: nothing', (en, zh) => {
    expect(findings([[en, zh]])).toEqual([]);
  });
});

describe('a surname put in where the English rules find no person', () => {
  it('the first name anchors the English name', () => {
    const found = findings([['Boris Johnson arrived in Kyiv on Monday.', '鲍里斯·加西亚周一抵达基辅。']]);
    expect(found.map((f) => [f.ruleId, f.severity])).toEqual([['entity-mismatch', 'error']]);
  });

  it.each([
    ['Boris Johnson arrived in Kyiv on Monday.', '鲍里斯·约翰逊周一抵达基辅。'],
    ['Chris Johnson, the group’s chief executive, said sales rose.', '该集团首席执行官克里斯·约翰逊表示，销售额有所增长。'],
    ['Sales rose in Boris County, the report said.', '报告称，鲍里斯县的销售额有所增长。'],
    ['The talks in Geneva went on.', '鲍里斯·加西亚说，日内瓦的会谈仍在继续。'],
  ])('%s / %s: nothing', (en, zh) => {
    expect(findings([[en, zh]])).toEqual([]);
  });
});

describe('a period phrase read from the reference date', () => {
  const text = 'The city plans to double its bus fleet by the end of the decade.\n\n该市计划到2040年将公交车队规模扩大一倍。';
  const periods = (options: { referenceDate?: string }) =>
    align(text, options).findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity === 'warning');

  it('takes the year of referenceDate when the text has no dateline', () => {
    expect(periods({})).toEqual([]);
    expect(periods({ referenceDate: '2023-05-04' })).toHaveLength(1);
  });

  it('finds nothing to say when the target year is inside the period it names', () => {
    expect(periods({ referenceDate: '2033-05-04' })).toEqual([]);
  });
});
