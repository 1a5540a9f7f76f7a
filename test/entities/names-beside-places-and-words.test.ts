import { describe, expect, it } from 'vitest';
import { align, extractEntities } from '../../src/index.js';

const entities = (text: string, lang: 'en' | 'zh') => extractEntities(text, lang).map((e) => `${e.type} ${text.slice(e.start, e.end)}`);

describe('three syllables apart in a southern spelling after a preposition of place', () => {
  it.each([
    'The clinic in Tai Wai Kok opens next month.',
    'Staff at Lam Tei Wai were moved.',
    'A flat in Wong Chuk Hang costs more.',
  ])('are no person in %s', (text) => {
    expect(entities(text, 'en').filter((e) => e.startsWith('person'))).toEqual([]);
  });

  it.each([
    ['Chan Ka Yan opened the clinic.', 'person Chan Ka Yan'],
    ["In Chan Ka Yan's view the clinic is too small.", 'person Chan Ka Yan'],
    ['A post for Ng Wei Kai was created.', 'person Ng Wei Kai'],
    ['Confidence in Li Qiang rose.', 'person Li Qiang'],
  ])('leave a person elsewhere, someone\'s name, and a name in pinyin: %s', (text, want) => {
    expect(entities(text, 'en')).toContain(want);
  });
});

describe('a run of transliteration that is the end of one word and a whole other', () => {
  it.each(['该集团的信托基金已拨出5亿元。', '慈善信託基金已撥款3億元。'])('is no foreign name in %s', (text) => {
    const result = align(`The fund paid.\n\n${text}\n`);
    expect(result.facts.filter((f) => f.lang === 'zh' && f.type === 'person')).toEqual([]);
  });

  it.each([
    ['他和约翰逊表示同意。', 'person 约翰逊'],
    ['美国总统约翰逊表示同意。', 'person 约翰逊'],
  ])('leaves a name a word only runs into: %s', (text, want) => {
    const result = align(`He agreed.\n\n${text}\n`);
    expect(result.facts.filter((f) => f.lang === 'zh' && f.kind === 'entity').map((f) => `${f.type} ${f.raw}`)).toContain(want);
  });

  it('lets a fund and a district of Hong Kong pass as no people', () => {
    const result = align('The trust fund approved HK$300 million for a care home in Tai Wai Kok.\n\n信託基金已批出3億港元，資助大圍角一所安老院。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });
});

describe('a surname that is a function word as often, after a title', () => {
  const people = (text: string) => align(`He spoke.\n\n${text}\n`).facts.filter((f) => f.lang === 'zh' && f.type === 'person').map((f) => `${f.raw} ${String(f.value)}`);

  it.each([
    ['行政總裁應家輝表示，計劃將於明年推行。', '應家輝 ying jiahui'],
    ['协会会长于文海表示同意。', '于文海 yu wenhai'],
  ])('opens a name before a cue: %s', (text, want) => {
    expect(people(text)).toEqual([want]);
  });

  it.each(['主席应邀出席了会议。', '院长和副院长表示同意。', '部长于是宣布休会。'])('opens none where a word opens on it: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('tells another person the English names', () => {
    const result = align('Chairman Peter Wong said the plan would start next year.\n\n行政總裁應家輝表示，計劃將於明年推行。\n');
    expect(result.findings.filter((f) => f.ruleId === 'entity-mismatch').map((f) => f.severity)).toEqual(['error']);
  });
});

describe('a league after a word that is also a title', () => {
  it.each([
    'Clubs in the Premier League earned more than ever.',
    'Wu Lei scored twice in the Chinese Super League.',
  ])('is no person in %s', (text) => {
    expect(entities(text, 'en').filter((e) => e.startsWith('person') && e.includes('League'))).toEqual([]);
  });
});

describe('a name set off by commas after its title', () => {
  it.each([
    ['The chairman, Peter Wong, said the plan would go ahead.', 'person Peter Wong'],
    ['Its chief executive, Peter Tsang, agreed on Monday.', 'person Peter Tsang'],
  ])('is the title\'s holder: %s', (text, want) => {
    expect(entities(text, 'en')).toContain(want);
  });

  it.each([
    'In the capital, Grand Park, opened on Monday.',
    'As chairman, Reading United lost.',
  ])('leaves words after a word that is no title alone: %s', (text) => {
    expect(entities(text, 'en').filter((e) => e.startsWith('person'))).toEqual([]);
  });
});

describe('a name right after a word of when or where its person speaks', () => {
  const zhPeople = (text: string) => align(`Someone spoke.\n\n${text}\n`).facts.filter((f) => f.lang === 'zh' && f.type === 'person').map((f) => f.raw);
  it.each([
    ['昨天孟晓川表示，工程进展顺利。', '孟晓川'],
    ['会上韩子墨说，明年将扩大招生。', '韩子墨'],
    ['以下是在立法会会议上邹志坚议员的提问。', '邹志坚'],
    ['项目总设计师欧阳立仁介绍，卫星将于明年发射。', '欧阳立仁'],
  ])('%s', (text, want) => {
    expect(zhPeople(text)).toContain(want);
  });

  it('leaves a word after another word alone', () => {
    expect(zhPeople('今天方便面销量表示增长。')).toEqual([]);
    expect(zhPeople('设计师品牌亮相展会。')).toEqual([]);
  });
});

describe('the Hon before a member\'s name', () => {
  it('is a style, no word of the name', () => {
    expect(entities('A question by the Hon Lau Fei and a reply by the Secretary.', 'en')).toContain('person Lau Fei');
    expect(entities('Hon Wai-man said the plan works.', 'en')).toContain('person Hon Wai-man');
  });
});

describe('an English given name before a Hong Kong surname', () => {
  it('is the person of that surname in Chinese', () => {
    const same = align('The Executive Director, Mr Dane Leung, said visitors rose 8%.\n\n总干事梁德基表示，旅客增加8%。\n');
    expect(same.findings.filter((f) => f.ruleId === 'entity-mismatch')).toEqual([]);
  });

  it('tells another surname, and a pinyin name after its own surname', () => {
    const other = align('The Executive Director, Mr Dane Leung, said visitors rose 8%.\n\n总干事林德基表示，旅客增加8%。\n');
    expect(other.findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity === 'error')).toHaveLength(1);
    const pinyin = align('Director Wang Liang said visitors rose 8%.\n\n局长梁德基表示，旅客增加8%。\n');
    expect(pinyin.findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity === 'error')).toHaveLength(1);
  });
});

describe('the words after 等 that close a list of bodies', () => {
  it('name their kind, no body', () => {
    const result = align('Funds go to two universities.\n\n资金将拨给北方理工大学和南港大学等自主大学。\n');
    expect(result.facts.filter((f) => f.lang === 'zh' && f.type === 'org').map((f) => f.raw)).not.toContain('自主大学');
  });
});

describe('a byline of two reporters, each with a place', () => {
  it('reads both names on each side', () => {
    expect(entities('Nora Lee in Beijing and Peter Wong in Hong Kong', 'en').filter((e) => e.startsWith('person'))).toEqual(['person Nora Lee', 'person Peter Wong']);
    const zhPeople = align('Nora Lee in Beijing and Peter Wong in Hong Kong\n\n李诺 北京、黄伟健 香港报道\n').facts
      .filter((f) => f.lang === 'zh' && f.type === 'person').map((f) => f.raw);
    expect(zhPeople).toEqual(['李诺', '黄伟健']);
  });

  it('reads a given name that is also a word only before a Chinese surname', () => {
    expect(entities('Shanghai and Heather Kwok signed it.', 'en')).toContain('person Heather Kwok');
    expect(entities('Shanghai and Heather Farm signed it.', 'en').filter((e) => e.startsWith('person'))).toEqual([]);
    expect(entities('Analysts and Joanne Tsang Mei-kei said so.', 'en')).toContain('person Joanne Tsang Mei-kei');
  });
});

describe('a Chinese name a foreigner takes', () => {
  const page = (zhName: string) => [
    'Port traffic rises again',
    '港口吞吐量再度上升',
    '',
    'Ryan Holt in Shanghai and Wang Lin in Beijing',
    `${zhName} 上海、王林 北京报道`,
    '',
    'Container traffic at the port rose 6% in May from a year earlier.',
    '5月港口集装箱吞吐量同比增长6%。',
    '',
  ].join('\n');
  const personFindings = (text: string) => align(text).findings.filter((f) => f.ruleId === 'entity-mismatch' && f.severity !== 'info');

  it('is the person whose given name it sounds like', () => {
    expect(personFindings(page('马瑞安'))).toEqual([]);
  });

  it('is another person where the given name sounds otherwise', () => {
    expect(personFindings(page('马克斯'))).toHaveLength(1);
  });
});

describe('players named in a result', () => {
  const zhPeople = (text: string) => align(`Lin won.\n\n${text}\n`).facts.filter((f) => f.lang === 'zh' && f.type === 'person').map((f) => f.raw);
  it('reads a name before its score, and a Japanese name of four characters after 日本 and a title', () => {
    expect(zhPeople('林子豪以4比1击败日本选手中村雅人。')).toEqual(['林子豪', '中村雅人']);
    expect(zhPeople('中国选手林子豪以3比0战胜对手。')).toEqual(['林子豪']);
  });

  it('leaves words before a score alone', () => {
    expect(zhPeople('他们以2比1获胜。')).toEqual([]);
  });
});

describe('a transliterated run as a whole item of a list of places', () => {
  it.each([
    '航线挂靠新加坡、鹿特丹、安特卫普和勒阿弗尔。',
    '游客多来自悉尼、墨尔本和阿德莱德等城市。',
  ])('is no person in %s', (text) => {
    expect(entities(text, 'zh').filter((e) => e.startsWith('person'))).toEqual([]);
  });

  it.each([
    ['出席者有约翰逊、马克龙和朔尔茨。', 3],
    ['他在伦敦和约翰逊会面。', 1],
  ])('is still a person in a list of people, or after 和 as `with`: %s', (text, people) => {
    expect(entities(text, 'zh').filter((e) => e.startsWith('person'))).toHaveLength(people);
  });
});
