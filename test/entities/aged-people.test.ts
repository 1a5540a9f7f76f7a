import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/pipeline/entities.js';
import { loadLexicon } from '../../src/lexicon/load.js';

const longestWord = (text: string, from: number, to: number): number => loadLexicon().longestWord?.(text, from, to) ?? 0;
const people = (text: string, lexicon = true): string[] => extractEntities(text, 'zh', lexicon ? { longestWord } : {})
  .filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));

describe('a Chinese name right after an age', () => {
  it('is a person, as court and police news introduce one', () => {
    expect(people('法院判处52岁的郑国华有期徒刑6年。')).toEqual(['郑国华']);
    expect(people('29歲的梁志明入獄3年。')).toEqual(['梁志明']);
  });

  it('gives a word that opens on the second character of the given name its own (以前, before)', () => {
    expect(people('33岁的周敏以前在工厂做装配工。')).toEqual(['周敏']);
  });

  it('is no person where the surname opens a word (an age, a citizen, a weekend)', () => {
    expect(people('老人已是90岁的高龄。')).toEqual([]);
    expect(people('年满18岁的公民均可投票。')).toEqual([]);
    expect(people('一名45岁的男子被捕。')).toEqual([]);
  });

  it('is no person where a place follows the age (where the person is from or works)', () => {
    expect(people('31岁的广州白领李娜在网上买房。')).toEqual([]);
    expect(people('24歲的蘇州工程師已找到工作。')).toEqual([]);
  });

  it('is read only where the lexicon says what a word is', () => {
    expect(people('老人已是90岁的高龄了。', false)).toEqual([]);
  });
});

describe('a name before the head of a unit', () => {
  it('is no person where the two characters are the unit\'s field, a word of the lexicon', () => {
    expect(people('勞動部長陳明德出席了會議。')).toEqual(['陳明德']);
    expect(people('教育局长今天宣布新措施。')).toEqual([]);
  });

  it('is a person where they are a name', () => {
    expect(people('会上，王毅部长发表讲话。')).toEqual(['王毅']);
  });
});

describe('a person named by surname alone', () => {
  it('is read in Chinese from a withheld name or from 姓, keyed by the surname', () => {
    const found = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'person').map((c) => `${text.slice(c.start, c.end)}=${String(c.value)}`);
    expect(found('警方拘捕了廣東籍男子郭某。')).toEqual(['郭某=guo']);
    expect(found('被告人黄某某当庭认罪。')).toEqual(['黄某某=huang']);
    expect(found('一名邓姓司机受轻伤。')).toEqual(['邓姓=deng']);
    // Hong Kong writes 姓 before the surname, the person after it
    expect(found('警方拘捕一名姓鄧男子。')).toEqual(['鄧=deng']);
    expect(found('一名姓周（45歲）女子送院。')).toEqual(['周=zhou']);
  });

  it('is no person where 某 opens a word or 姓 is of another word', () => {
    const found = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'person');
    for (const text of ['于某日凌晨发生火灾。', '请在表格中填写姓名。', '老百姓的生活有所改善。', '张某人', '老百姓周末休息。', '他姓王，是本地人。']) expect(found(text), text).toEqual([]);
  });

  it('is read in English after `surnamed` or `whose surname is`', () => {
    const found = (text: string) => extractEntities(text, 'en').filter((c) => c.type === 'person').map((c) => String(c.value));
    expect(found('A 52-year-old woman surnamed Kwok was taken to hospital.')).toEqual(['kwok']);
    expect(found('The driver, whose surname is Deng, was unhurt.')).toEqual(['deng']);
  });
});

describe('a Chinese name before a title after it, behind an occupation', () => {
  it('is a person', () => {
    const found = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));
    expect(found('病毒學家黎振邦醫生表示，疫苗安全。')).toEqual(['黎振邦']);
    expect(found('经济学家认为医生不足。')).toEqual([]);
  });
});

describe('a name before 说', () => {
  it('is no name where the given name and 说 make a word (小说, 传说)', () => {
    const found = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));
    expect(found('作家金海小说的译本销量翻倍。')).not.toContain('金海小');
    expect(found('金海说，新书明年出版。')).toEqual(['金海']);
  });
});

describe('names in a film\'s credits', () => {
  const found = (text: string) => extractEntities(text, 'zh', { longestWord }).filter((c) => c.type === 'person').map((c) => text.slice(c.start, c.end));

  it('are read before a verb of the credits, after 由, and joined by 和', () => {
    expect(found('新片由李安执导，周迅和张震主演。')).toEqual(['李安', '周迅', '张震']);
  });

  it('are not read after 由 that opens a word', () => {
    expect(found('由于天气原因，演出取消。')).toEqual([]);
  });
});

describe('names in a list', () => {
  it('are people where each item opens with a surname and is no word', () => {
    expect(people('获奖选手是林小雨、郑浩然和许文博。')).toEqual(['林小雨', '郑浩然', '许文博']);
    expect(people('评委包括唐明、邱志远及韩雪。')).toEqual(['唐明', '邱志远', '韩雪']);
  });

  it('are no people where an item is a word, a place or a thing', () => {
    for (const text of ['目标是高速、高效和安全。', '景点包括黄山、泰山和华山。', '主要产品有钢材、水泥和玻璃。', '他们分别是黄、白、蓝三色。']) {
      expect(people(text), text).toEqual([]);
    }
  });

  it('are read only with the lexicon', () => {
    expect(people('获奖选手是林小雨、郑浩然和许文博。', false)).toEqual([]);
  });
});

describe('names after 医师 and before 及', () => {
  it('reads a physician named after the title, and a name closed by 及', () => {
    expect(people('衞生署醫師陳家豪表示，疫苗安全。')).toEqual(['陳家豪']);
    expect(people('出席者包括局長黃志成及副局長馮美玲。')).toEqual(['黃志成', '馮美玲']);
  });
});

describe('a Chinese name right after the head word of a body, before a title', () => {
  it('is a person of that body', () => {
    expect(people('位于厦门的海洋研究院附属大学林建国教授获任首席科学家。')).toEqual(['林建国']);
    expect(people('市第一人民医院周文华医生说，病人已出院。')).toEqual(['周文华']);
  });

  it('is no person where no title follows', () => {
    expect(people('该大学学生会将于周五开会。')).toEqual([]);
  });
});

describe('an adverb between a subject and its verb', () => {
  it('ends no given name (荣耀还宣布: the brand also announced)', () => {
    expect(people('华耀还宣布与运营商达成合作。')).toEqual([]);
    expect(people('华耀已宣布推出新款手机。')).toEqual([]);
  });
  it('leaves a name before the verb a person', () => {
    expect(people('董事长王建国宣布，公司将扩产。')).toEqual(['王建国']);
  });
});
