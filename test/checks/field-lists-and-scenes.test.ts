import { describe, expect, it } from 'vitest';
import { align, extractEntities, loadLexicon } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const longestWord = (text: string, from: number, to: number) => loadLexicon().longestWord?.(text, from, to) ?? 0;
const zh = (text: string, type: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === type).map((c) => text.slice(c.start, c.end));
const en = (text: string, type: string) => extractEntities(text, 'en').filter((c) => c.type === type).map((c) => text.slice(c.start, c.end));

describe('a ministry or a department named by a list of its fields', () => {
  it('is one name in English, the commas and `and` inside it', () => {
    expect(en('Grants came from the Department for Energy, Climate and Transport last year.', 'org')).toEqual(['Department for Energy, Climate and Transport']);
    expect(en('Officials of the Ministry of Land, Infrastructure and Tourism met on Friday.', 'org')).toEqual(['Ministry of Land, Infrastructure and Tourism']);
  });

  it('is not where a body of its own follows the comma', () => {
    expect(en('the Ministry of Finance, Commerce Ministry and Central Bank met', 'org')).toEqual(['Ministry of Finance', 'Commerce Ministry']);
  });

  it('is one name in Chinese, its fields set apart by 、 and joined by 和, after a preposition', () => {
    expect(zh('资金通过文化、媒体和体育部拨付。', 'org')).toEqual(['文化、媒体和体育部']);
    expect(zh('教育部、科技部和财政部联合发文。', 'org')).toEqual(['教育部', '科技部', '财政部']);
    expect(findings('The money is paid through the Department for Culture, Media and Sport.', '资金通过文化、媒体和体育部拨付。', 'entity-mismatch')).toEqual([]);
  });
});

describe('a bare 元 after a country of dollars', () => {
  it('is that country\'s dollar', () => {
    expect(findings('The loon appears on Canada\'s one-dollar coin.', '这种潜鸟出现在加拿大1元硬币上。', 'money-mismatch')).toEqual([]);
    expect(findings('The loon appears on Canada\'s one-dollar coin.', '这种潜鸟出现在加拿大2元硬币上。', 'money-mismatch'))
      .toEqual([expect.stringMatching(/^error .*amounts differ/)]);
  });
});

describe('a cap with several words between it and `at`', () => {
  it('bounds the value as 不超过 does', () => {
    expect(findings('The reserve caps kayak trips on the upper Lijiang River at 800 people a day.', '保护区规定漓江上游皮划艇每日游客不超过800人。', 'number-mismatch')).toEqual([]);
  });
});

describe('a new area right after its city', () => {
  it('is a place, the city\'s 市 left out', () => {
    expect(zh('工厂位于重庆两江新区。', 'place')).toEqual(['重庆', '两江新区']);
  });
});

describe('a speaker with the scene before the verb', () => {
  it('is read (张瑞敏在仪式上表示)', () => {
    expect(zh('“这是新的起点，”刘志远在仪式上表示。', 'person')).toEqual(['刘志远']);
    expect(zh('“这是新的起点，”他在仪式上表示。', 'person')).toEqual([]);
  });
});

describe('bounds of 超出 and 上限分别为', () => {
  it('read as 超过 and 上限为 are', () => {
    expect(findings('Buyers pay duty on the portion exceeding 500 euros.', '买家须就超出500欧元的部分缴税。', 'money-mismatch')).toEqual([]);
    expect(findings('Fares are capped at 30 yuan and 50 yuan respectively.', '票价上限分别为30元和50元。', 'money-mismatch')).toEqual([]);
  });
});

describe('a county government', () => {
  it('is keyed as its county is named, 县 or County dropped on each side', () => {
    expect(findings('The Penghu County Government said visits rose.', '澎湖縣政府表示，遊客人數上升。', 'entity-mismatch')).toEqual([]);
    expect(findings('The Penghu County Government said visits rose.', '宜蘭縣政府表示，遊客人數上升。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
  });
});

describe('names that are no people', () => {
  it('a firm named by what it makes (`Shanda Games`) is a body', () => {
    expect(en('Analysts said Kunlun Games would list next year.', 'person')).toEqual([]);
    expect(en('Analysts said Kunlun Games would list next year.', 'org')).toEqual(['Kunlun Games']);
  });

  it('a sea or a glacier after a name is a place\'s (`Ross Sea`)', () => {
    expect(en('Ships crossed the Ross Sea in January.', 'person')).toEqual([]);
  });

  it('Macao spells 旭 and 玉 Iok', () => {
    expect(en('Legislator Chan Sun Iok said rents must fall.', 'person')).toEqual(['Chan Sun Iok']);
  });
});

describe('a transliterated name after a country of transliteration', () => {
  it('opens after the country, and a place that opens inside the country is no place', () => {
    expect(zh('科考站分属美国和意大利马里奥·贝尔蒂站。', 'person')).toEqual(['马里奥·贝尔蒂']);
    expect(zh('科考站分属美国和意大利马里奥·贝尔蒂站。', 'place')).toEqual(['美国', '意大利']);
  });
});

describe('multiples and fields', () => {
  it('as high as a multiple is no bound against the English', () => {
    expect(findings('Warming in the region is nearly four times the global average.', '该地区升温高达全球平均的四倍。', 'number-mismatch')).toEqual([]);
  });

  it('the study of a thing renders the thing (Oceanography, 海洋)', () => {
    expect(findings('The Institute of Oceanography led the survey.', '海洋研究所主导了这次调查。', 'entity-mismatch')).toEqual([]);
  });

  it('来自 opens no name of a body', () => {
    expect(zh('研究人员来自复旦大学。', 'org')).toEqual(['复旦大学']);
  });
});

describe('a bound before what a share is of, a figure with a comma between', () => {
  it('bounds the share (不到…2,699元的一半)', () => {
    expect(findings('The shoe sells for less than half the 1,899 yuan price of its rival.', '这款鞋售价不到对手1,899元售价的一半。', 'number-mismatch')).toEqual([]);
  });
});

describe('weekends alone before 到', () => {
  it('open no range (週末到6月中旬都已客滿: weekends, up to mid-June)', () => {
    const r = align('April 26, 2024\n\nWeekends are fully booked until mid-June.\n\n週末到6月中旬都已客滿。\n');
    expect(r.findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info')).toEqual([]);
  });
});

describe('places opened by 于 or closed by 的', () => {
  it('read a Taiwan short form after 于 and a city that is also a word in a list before 的', () => {
    expect(zh('该报1962年创刊于台南。', 'place')).toEqual(['台南']);
    expect(zh('位于惠州和中山的两家工厂', 'place')).toEqual(['惠州', '中山']);
    expect(zh('中山的两家工厂', 'place')).toEqual([]);
  });
});

describe('words of the Chinese no date is read for', () => {
  it('the previous year against 比上一年', () => {
    const r = align('January 3, 2025\n\nAbout 1.2 million people sat the exam for 2025, down 80,000 from the previous year, officials said.\n\n官员表示，2025年约有120万人参加考试，比上一年减少8万人。\n');
    expect(r.findings.filter((f) => f.ruleId === 'date-mismatch' && f.severity !== 'info')).toEqual([]);
  });
});

describe('a country and 大学 alone', () => {
  it('are its universities, no body', () => {
    expect(zh('澳洲大学高度依赖海外学费。', 'org')).toEqual([]);
    expect(zh('香港大学表示', 'org')).toEqual(['香港大学']);
  });
});

describe('a year of school after an age', () => {
  it('is no name (16歲的高二學生)', () => {
    expect(zh('16歲的高二學生陳嘉欣說', 'person')).toEqual([]);
  });
});

describe('the month after a month the paragraph names', () => {
  it('is that month', () => {
    const r = align('June 6, 2024\n\nReserves rose in May. They stood at 3.2 trillion dollars at the end of the month.\n\n你好。\n');
    expect(r.facts.filter((f) => f.raw === 'end of the month').map((f) => String(f.value))).toEqual(['2024-05-16/2024-05-31']);
  });
});
