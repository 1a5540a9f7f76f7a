import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const alarms = (en: string, zh: string, rule: string, dateline = '') => align(`${dateline ? `${dateline}\n\n` : ''}${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const people = (text: string) => extractEntities(text, 'zh').filter((e) => e.type === 'person').map((e) => text.slice(e.start, e.end));
const orgs = (text: string) => extractEntities(text, 'zh').filter((e) => e.type === 'org').map((e) => text.slice(e.start, e.end));

describe('two universities each named by a word of pinyin', () => {
  it('are two bodies where no syllable is shared, the city the English names apart aside', () => {
    expect(alarms('Costs are higher, said Professor Zhou Lin of Tongji University in Shanghai.', '上海复旦大学周林教授表示，成本更高。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "Tongji University" .* vs ZH "上海复旦大学" .*different organizations of one kind/)]);
  });

  it('one body in either order of its city', () => {
    expect(alarms('Costs are higher, said Professor Zhou Lin of Tongji University in Shanghai.', '上海同济大学周林教授表示，成本更高。', 'entity-mismatch')).toEqual([]);
  });
});

describe('a conjunction before a body\'s name', () => {
  it('is no part of it (`但上海复旦大学`)', () => {
    expect(orgs('但上海复旦大学的学者表示反对。')).toEqual(['上海复旦大学']);
  });
});

describe('a word the Chinese name of a body leaves as pinyin', () => {
  it('against an English word no romanization spells tells nothing', () => {
    expect(alarms('said a researcher at the Institute of Hydrobiology, Chinese Academy of Sciences.', '中国科学院水生生物研究所的研究员说。', 'entity-mismatch')).toEqual([]);
  });

  it('a romanized name against it is still weighed', () => {
    expect(alarms('said a professor at Tsinghua University.', '复旦大学教授说。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning EN "Tsinghua University" .* vs ZH "复旦大学" .*different organizations of one kind/)]);
  });
});

describe('a Chinese name before a bracket', () => {
  it('is read (`辜成允（71歲）`, `林志明（Peter Lam）`)', () => {
    expect(people('董事長辜成允（71歲）表示，業績回穩。')).toEqual(['辜成允']);
    expect(people('董事长张安平（右）说，订单增加。')).toEqual(['张安平']);
  });

  it('so an English name of another surname beside it is another person', () => {
    expect(alarms('said chairman Albert Chang, 71.', '董事長辜成允（71歲）說。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error EN "Albert Chang" .* vs ZH "辜成允" .*different persons/)]);
  });

  it('a person and a place holding values told in another order trade nothing', () => {
    expect(alarms('Captain Zhou Kai, 24, said the team trained for up to 10 hours a day in Chengdu for three months.', '队长周凯（24岁）表示，赛前三个月，队伍在成都每天训练长达10小时。', 'swapped-values')).toEqual([]);
  });
});

describe('a date counted back from the reference day', () => {
  it('is weighed by its length, whatever number of the other side shares its day', () => {
    expect(alarms('Of the 30 calves, 18 survived, against 40 percent a decade ago.', '在这30头幼崽中，有18头存活，而二十年前这一比例为40%。', 'date-mismatch', 'Updated: 2024-09-18 10:32'))
      .toEqual([expect.stringMatching(/^warning EN "a decade ago" .* vs ZH "二十年前" .*10 years against 20 years/)]);
  });

  it('the same length on both sides is one', () => {
    expect(alarms('Of the 30 calves, 18 survived, against 40 percent a decade ago.', '在这30头幼崽中，有18头存活，而十年前这一比例为40%。', 'date-mismatch', 'Updated: 2024-09-18 10:32')).toEqual([]);
  });
});
