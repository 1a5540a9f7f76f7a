import { describe, expect, it } from 'vitest';
import { align, extractEntities, loadLexicon } from '../../src/index.js';

const findings = (en: string, zh: string, rule: string) => align(`${en}\n\n${zh}\n`).findings
  .filter((f) => f.ruleId === rule && f.severity !== 'info').map((f) => `${f.severity} ${f.message}`);
const facts = (text: string, lang: 'en' | 'zh') => align(lang === 'en' ? `${text}\n\n你好。\n` : `Hello there.\n\n${text}\n`).facts
  .filter((f) => f.lang === lang).map((f) => `${f.raw} ${String(f.value)}`);
const longestWord = (text: string, from: number, to: number) => loadLexicon().longestWord?.(text, from, to) ?? 0;
const people = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));
const places = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'place').map((c) => text.slice(c.start, c.end));

describe('musicians and legislators by their titles', () => {
  it.each([
    ['巡演由首席指挥周文博率领。', '周文博'],
    ['指挥家周文博表示，乐团明年将再访欧洲。', '周文博'],
    ['钢琴家马思远在音乐会上演奏。', '马思远'],
    ['立委陈美玲表示，此事须彻查。', '陈美玲'],
  ])('reads the name after the title in %s', (text, name) => {
    expect(people(text)).toEqual([name]);
  });

  it('reads no name where 指挥 is a verb', () => {
    expect(people('他负责指挥交通。')).toEqual([]);
  });

  it('tells another conductor', () => {
    expect(findings('The tour was led by chief conductor Zhou Wenbo.', '巡演由首席指挥刘家明率领。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error .*different persons/)]);
    expect(findings('The tour was led by chief conductor Zhou Wenbo.', '巡演由首席指挥周文博率领。', 'entity-mismatch')).toEqual([]);
  });
});

describe('unions and professional bodies named by their members', () => {
  it('are bodies after a place', () => {
    const orgs = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'org').map((c) => text.slice(c.start, c.end));
    expect(orgs('澳洲护士工会周三表示，谈判破裂。')).toEqual(['澳洲护士工会']);
    expect(orgs('他是一名教师，也是工会会员。')).toEqual([]);
  });

  it('of other members are another body', () => {
    expect(findings('The Nurses\' Union said on Wednesday that talks had collapsed.', '澳洲医生工会周三表示，谈判破裂。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*different organizations of one kind/)]);
    expect(findings('The Nurses\' Union said on Wednesday that talks had collapsed.', '澳洲护士工会周三表示，谈判破裂。', 'entity-mismatch')).toEqual([]);
  });
});

describe('four characters before a verb of speech', () => {
  it('are a name after a Japanese surname CC-CEDICT marks, though the last two are a word', () => {
    expect(people('社长铃木爱子表示，利润将增加。')).toEqual(['铃木爱子']);
  });

  it('are no name where they are two words of the lexicon, the first no surname', () => {
    expect(people('英国演员工会警告称，罢工可能延长。')).toEqual([]);
    expect(people('董事长欧阳伟华表示，利润将增加。')).toEqual(['欧阳伟华']);
  });
});

describe('a short form of Taiwan as an item of a list of places', () => {
  it('is read though a word runs out of it into the join', () => {
    expect(places('工廠分布在桃園、台中和高雄。')).toEqual(['桃園', '台中', '高雄']);
    expect(findings('The plants are in Taoyuan, Hsinchu and Kaohsiung.', '工廠分布在桃園、台中和高雄。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error .*Hsinchu.*台中.*different places/)]);
  });

  it('is not read outside a list', () => {
    expect(places('比賽、台中場休息')).toEqual([]);
  });
});

describe('a city abroad inside a run of transliteration', () => {
  it('opens no city that is also a word (Milan\'s La Scala: no Reims, no Kara)', () => {
    expect(places('乐团在米兰斯卡拉歌剧院演出。')).toEqual([]);
    expect(findings('The orchestra played at Milan\'s Teatro alla Scala.', '乐团在米兰斯卡拉歌剧院演出。', 'entity-mismatch')).toEqual([]);
  });

  it('still reads one after a country', () => {
    expect(places('德国汉堡')).toEqual(['德国', '汉堡']);
  });
});

describe('within a length', () => {
  it('is an upper bound as 不到 and 以内 are', () => {
    expect(findings('The forest park is within a three-hour drive of Chengdu.', '森林公园距成都不到三小时车程。', 'number-mismatch')).toEqual([]);
    expect(findings('The forest park is within a three-hour drive of Chengdu.', '森林公园距成都三小时车程以内。', 'number-mismatch')).toEqual([]);
  });

  it('against a lower bound, or a bound where the English gives none, is still told', () => {
    expect(findings('The forest park is within a three-hour drive of Chengdu.', '森林公园距成都超过三小时车程。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*lower bound/)]);
    expect(findings('The forest park is a three-hour drive from Chengdu.', '森林公园距成都不到三小时车程。', 'number-mismatch'))
      .toEqual([expect.stringMatching(/^warning .*upper bound/)]);
  });
});

describe('decades', () => {
  it('written with a Chinese numeral are years written, weighed against the English decade', () => {
    expect(findings('Most of the pines were planted in the 1950s.', '这些松树大多种植于上世纪六十年代。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error .*the 1950s.*上世纪六十年代.*year differs/)]);
    expect(findings('Most of the pines were planted in the 1960s.', '这些松树大多种植于上世纪六十年代。', 'date-mismatch')).toEqual([]);
  });

  it('two that share one 年代 are one range, which the English may give as its decades', () => {
    expect(facts('这些松树大多种植于1950至1970年代。', 'zh')).toEqual(['1950至1970年代 1950/1979']);
    expect(facts('这些松树大多种植于20世纪50到70年代。', 'zh')).toEqual(['20世纪50到70年代 1950/1979']);
    expect(findings('Most of the pines were planted in the 1950s, 1960s and 1970s.', '这些松树大多种植于1950至1970年代。', 'date-mismatch')).toEqual([]);
    expect(findings('Most of the pines were planted from the 1950s to the 1970s.', '这些松树大多种植于1950至1970年代。', 'date-mismatch')).toEqual([]);
    expect(findings('Most of the pines were planted from the 1950s to the 1970s.', '这些松树大多种植于1950至1980年代。', 'date-mismatch'))
      .toEqual([expect.stringMatching(/^error /)]);
  });
});

describe('Taiwan names of hyphened syllables', () => {
  it('tells a given name whose pinyin syllable differs', () => {
    expect(findings('Legislator Chen Mei-hua said the matter must be investigated.', '立委陈美玲表示，此事须彻查。', 'entity-mismatch'))
      .toEqual([expect.stringMatching(/^error .*Chen Mei-hua.*different persons/)]);
    expect(findings('Legislator Chen Mei-hua said the matter must be investigated.', '立委陈美华表示，此事须彻查。', 'entity-mismatch')).toEqual([]);
  });

  it('keeps a spelling of the person\'s own, which no system writes, and Wade-Giles', () => {
    expect(findings('Chairman Chen Kuo-dow said the matter must be investigated.', '董事長陳國道表示，此事須徹查。', 'entity-mismatch')).toEqual([]);
    expect(findings('Chairman Chen Kuo-hsiung said the matter must be investigated.', '董事長陳國雄表示，此事須徹查。', 'entity-mismatch')).toEqual([]);
  });
});
