import { describe, expect, it } from 'vitest';
import { peopleIn } from './people.js';
import { sameEntity } from '../../src/entities/index.js';
import { extractEntities as englishEntities } from '../../src/locales/en/entities.js';
import { extractEntities as chineseEntities } from '../../src/locales/zh/entities.js';

const people = (text: string): [string, string][] => peopleIn(text, 'zh');

describe('a time word between a name and its speech verb', () => {
  it.each([
    ['王明昨天表示，项目将延期。', '王明', 'wang ming'],
    ['记者了解到，张立今日指出，票价不变。', '张立', 'zhang li'],
    ['陳怡婷週三表示，颱風將登陸。', '陳怡婷', 'chen yiting'],
    ['，孙文龙当天说', '孙文龙', 'sun wenlong'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toContainEqual([name, key]);
  });

  it.each(['他昨天表示同意。', '王明今天的工作很多。', '市民今天表示欢迎。', '公司昨天表示'])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('a time word right after a titled name', () => {
  it.each([
    ['国务院总理李明周二表示，将继续减税。', '李明', 'li ming'],
    ['记者王芳周三报道，', '王芳', 'wang fang'],
    ['市長陳志強昨天表示', '陳志強', 'chen zhiqiang'],
    ['总经理周周说', '周周', 'zhou zhou'],
    ['外交部长王毅下周将出访三国。', '王毅', 'wang yi'],
    ['董事长张伟去年宣布扩产。', '张伟', 'zhang wei'],
    ['市长陈刚本周末将视察码头。', '陈刚', 'chen gang'],
    ['總經理林峰下週將赴美。', '林峰', 'lin feng'],
    ['局长赵强今晚出席晚会。', '赵强', 'zhao qiang'],
    // a month before a verb of speech or 在
    ['部长孙涛3月份表示，预算将增加。', '孙涛', 'sun tao'],
    ['行长高原11月在会上指出', '高原', 'gao yuan'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toEqual([[name, key]]);
  });

  it.each([
    // a two-character given name whose last character starts no time word with the next
    ['院长王晓明年仅四十岁。', '王晓明', 'wang xiaoming'],
    ['主任刘小明说', '刘小明', 'liu xiaoming'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toEqual([[name, key]]);
  });
});

describe('a verb that follows names, right after a titled one-character given name', () => {
  it.each([
    ['应外交部长周明邀请，代表团将来访。', '周明', 'zhou ming'],
    ['校长李华宣布明天开学。', '李华', 'li hua'],
    ['市长王刚会见了来宾。', '王刚', 'wang gang'],
    ['部长张建华出席会议。', '张建华', 'zhang jianhua'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toEqual([[name, key]]);
  });
});

describe('a transliterated name after a title that opens with a surname', () => {
  it.each([
    ['总统杜特尔特将于下月访华。', '杜特尔特'],
    ['主席马卡洛夫表示，合作是优先事项。', '马卡洛夫'],
    // a last character outside the tables, right before an honorific
    ['董事長羅拔嘉道理爵士表示，公司將增加投資。', '羅拔嘉道理'],
  ])('%s', (text, name) => {
    expect(people(text).map(([n]) => n)).toEqual([name]);
  });

  it.each([
    ['部长杜丽娜特别指出，预算不变。', '杜丽娜'],
    ['总统马英九表示欢迎。', '马英九'],
  ])('keeps the Chinese name in %s', (text, name) => {
    expect(people(text).map(([n]) => n)).toEqual([name]);
  });
});

describe('a surname and a term of address', () => {
  it.each([
    ['王先生说他不同意。', '王', 'wang'],
    ['，李女士昨天表示', '李', 'li'],
    ['欧阳女士指出，价格上涨。', '欧阳', 'ouyang'],
    ['陳先生說', '陳', 'chen'],
    // after a title too, as `the port manager, Mr Wang`
    ['港口经理王先生说，每天有三千个集装箱抵达。', '王', 'wang'],
    ['项目经理李女士表示同意。', '李', 'li'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toEqual([[name, key]]);
  });

  it.each(['各位先生，各位女士', '他是一位好先生。'])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('keys 王先生 as Mr Wang, not as Mr Zhang', () => {
    const zh = chineseEntities('王先生说他不同意。')[0]!;
    const [wang] = englishEntities('Mr Wang said he disagreed.');
    const [zhang] = englishEntities('Mr Zhang said he disagreed.');
    expect(sameEntity({ value: zh.value, type: 'person' }, { value: wang!.value, type: 'person' })).toBe(true);
    expect(sameEntity({ value: zh.value, type: 'person' }, { value: zhang!.value, type: 'person' })).toBe(false);
  });
});

describe('a titled name needs a word after it that follows names', () => {
  it.each([
    ['外交部发言人周一高度评价此次会谈。', []],
    ['记者高度关注该项目。', []],
    ['市长王刚视察了港口。', ['王刚']],
    ['部长杜明特别指出，预算不变。', ['杜明']],
    ['局长林强亲自带队。', ['林强']],
  ])('%s', (text, names) => {
    expect(people(text).map(([name]) => name)).toEqual(names);
  });
});

describe('a reporter\'s byline: a name, a place and 报道', () => {
  it.each([
    ['林佩珊 新加坡报道', '林佩珊', 'lin peishan'],
    ['何志强 東京報道，周五', '何志强', 'he zhiqiang'],
    ['吴敏上海报道', '吴敏', 'wu min'],
  ])('%s', (text, name, key) => {
    expect(people(text)).toContainEqual([name, key]);
  });

  it.each(['新加坡报道称', '这篇上海报道引起关注。'])('no person in %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
