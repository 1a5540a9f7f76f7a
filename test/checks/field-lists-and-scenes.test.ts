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
